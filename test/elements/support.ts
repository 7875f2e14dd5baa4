// Helpers every element test file shares: the msw worker, mounting with clean-up, and waiting on what a widget shows.
import { setupWorker } from 'msw/browser';

/** Starts an msw worker for this test file; `requests` counts the requests whose path starts with `countPrefix`. */
export function startWorker(isCounted: (url: URL) => boolean) {
  const worker = setupWorker();
  const seen: URL[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (isCounted(url)) seen.push(url);
  });
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => {
    worker.resetHandlers();
    seen.length = 0;
  });
  return { worker, requests: seen };
}

const mounted: Element[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Creates `tag` with `attributes` in `parent` (the body by default); it is removed after the test. */
export function mount<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, parent: HTMLElement = document.body): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  if (parent !== document.body && !parent.isConnected) document.body.append(parent);
  mounted.push(parent === document.body ? element : parent);
  return element;
}

/** A JSON Feed 1.1 whose items have these titles and links to news.example. */
export function jsonFeed(titles: string[]): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test',
    items: titles.map((title, index) => ({ id: String(index), title, url: `https://news.example/${index}` })),
  };
}

/**
 * Resolves once `check` holds for the element, or rejects after `timeout` ms with what `describe` says instead.
 * It looks again at every change of the element and its shadow root, and every 50 ms for what changes no node
 * (events received, requests made).
 */
export function until(element: Element, check: () => boolean, describe: () => string, timeout = 3000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const options = { attributes: true, subtree: true, childList: true, characterData: true };
    const look = () => {
      if (!check()) return;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(look);
    const poll = setInterval(look, 50);
    const timer = setTimeout(() => {
      observer.disconnect();
      clearInterval(poll);
      reject(new Error(describe()));
    }, timeout);
    observer.observe(element, options);
    if (element.shadowRoot) observer.observe(element.shadowRoot, options);
  });
}

/** Resolves once the element's `state` attribute is `state`. */
export function untilState(element: Element, state: string, timeout?: number): Promise<void> {
  return until(element, () => element.getAttribute('state') === state, () => `expected state ${state}, still ${element.getAttribute('state')}`, timeout);
}

/** Makes `new Date()` and `Date.now()` read `now` until the returned function is called. */
export function freezeClock(now: Date): () => void {
  const RealDate = Date;
  class FrozenDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length) super(...(args as [number]));
      else super(now.getTime());
    }

    static override now(): number {
      return now.getTime();
    }
  }
  globalThis.Date = FrozenDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
