// Helpers every element test file shares: the msw worker, mounting with clean-up, waiting on what a widget shows,
// and clocks the test controls.
import { setupWorker } from 'msw/browser';
import type { RefreshScheduler } from '../../src/data/scheduler.js';

// The page's own timer functions, kept before any test fakes them: the guard of `until` runs on real time.
const pageSetTimeout = globalThis.setTimeout;
const pageClearTimeout = globalThis.clearTimeout;

/** Starts an msw worker for this test file; `requests` lists the requests for which `isCounted` holds. */
export function startWorker(isCounted: (url: URL) => boolean) {
  const worker = setupWorker();
  const seen: URL[] = [];
  worker.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (!isCounted(url)) return;
    seen.push(url);
    lookAgain();
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

/** Events after which `until` looks again: what they report (an error, an impression, focus) changes no node. */
const WAKING_EVENTS = ['news-load', 'news-error', 'news-select', 'news-impression', 'focusin', 'focusout'];

const looks = new Set<() => void>();

/**
 * Makes every pending `until` look again. For what a test records that neither changes a node nor fires an event
 * on the element: the requests `startWorker` counts, the timers `fakeTimeouts` holds, the scheduler's schedules.
 */
export function lookAgain(): void {
  for (const look of [...looks]) look();
}

/**
 * Resolves once `check` holds for the element, or rejects after `timeout` ms with what `describe` says instead.
 * It looks again at every change of the element and its shadow root, after each of the WAKING_EVENTS the element
 * fires, and whenever `lookAgain` is called; it never polls, so anything else a check reads must call `lookAgain`.
 * The timeout is a guard against a wait that never ends, not a wait: it is generous, and it runs on the real clock
 * even while a test fakes the page's timers.
 */
export function until(element: Element, check: () => boolean, describe: () => string, timeout = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const options = { attributes: true, subtree: true, childList: true, characterData: true };
    const stop = () => {
      observer.disconnect();
      looks.delete(look);
      for (const type of WAKING_EVENTS) element.removeEventListener(type, lookSoon);
      pageClearTimeout(timer);
    };
    const look = () => {
      if (!check()) return;
      stop();
      resolve();
    };
    // The test's own listener of the same event may run after this one: look once every listener has.
    const lookSoon = () => queueMicrotask(look);
    const observer = new MutationObserver(look);
    const timer = pageSetTimeout(() => {
      stop();
      reject(new Error(describe()));
    }, timeout);
    observer.observe(element, options);
    if (element.shadowRoot) observer.observe(element.shadowRoot, options);
    for (const type of WAKING_EVENTS) element.addEventListener(type, lookSoon);
    looks.add(look);
  });
}

/**
 * Makes `until` look again whenever `scheduler` starts or stops a schedule, for the tests of this file: the
 * scheduler is a chunk of its own that arrives after the first data, and nothing on the page announces it.
 */
export function watchSchedules(scheduler: RefreshScheduler): void {
  const every = scheduler.every;
  before(() => {
    scheduler.every = (...args) => {
      const stop = every.apply(scheduler, args);
      lookAgain();
      return () => {
        stop();
        lookAgain();
      };
    };
  });
  after(() => {
    scheduler.every = every;
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

/** The page's `setTimeout`, faked: nothing runs until the test moves the clock. */
export interface FakeTimeouts {
  /** Milliseconds the faked clock has moved since `fakeTimeouts()`. */
  readonly now: number;
  /** The delays, as asked for, of the timers still waiting. */
  pending(): number[];
  /** Moves the faked clock `milliseconds` ahead, running in order every timer that falls due, also those they set. */
  tick(milliseconds: number): void;
  /** Gives the page its own `setTimeout` and `clearTimeout` back; timers still waiting are dropped. */
  restore(): void;
}

/**
 * Replaces the page's `setTimeout` and `clearTimeout` until `restore()`, for a test that must show what a wait of
 * the element does (or does not do) without waiting for it. Every change of the waiting timers calls `lookAgain`,
 * so `until(element, () => timeouts.pending().length === 3, ...)` waits for the element to set them. Mocha keeps
 * timers of its own, and `until` too, so test timeouts and guards still run.
 */
export function fakeTimeouts(): FakeTimeouts {
  interface Timer {
    due: number;
    delay: number;
    run(): void;
  }
  const timers = new Map<number, Timer>();
  // Ids of their own range, so that a page clearing one after restore() cannot clear a real timer.
  let lastId = 1_000_000_000;
  let now = 0;
  const fakeSetTimeout = (handler: TimerHandler, delay = 0, ...args: unknown[]): number => {
    if (typeof handler !== 'function') throw new Error('fakeTimeouts runs functions only');
    const id = ++lastId;
    const wait = Math.max(0, Number(delay) || 0);
    timers.set(id, { due: now + wait, delay: wait, run: () => (handler as (...args: unknown[]) => void)(...args) });
    lookAgain();
    return id;
  };
  // A timer set before the fake is the page's own, and the page's to clear.
  const fakeClearTimeout = (id?: number): void => {
    if (id === undefined) return;
    if (timers.delete(id)) lookAgain();
    else pageClearTimeout(id);
  };
  globalThis.setTimeout = fakeSetTimeout as typeof setTimeout;
  globalThis.clearTimeout = fakeClearTimeout as typeof clearTimeout;
  return {
    get now() {
      return now;
    },
    pending: () => [...timers.values()].sort((a, b) => a.due - b.due).map(timer => timer.delay),
    tick(milliseconds) {
      const target = now + milliseconds;
      for (;;) {
        let next: [number, Timer] | undefined;
        for (const entry of timers) if (entry[1].due <= target && (!next || entry[1].due < next[1].due)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].due;
        next[1].run();
      }
      now = target;
      lookAgain();
    },
    restore() {
      timers.clear();
      globalThis.setTimeout = pageSetTimeout;
      globalThis.clearTimeout = pageClearTimeout;
    },
  };
}

/** Resolves after the page has drawn two more frames: what waits for rendering (autofocus, layout) has happened. */
export function nextFrames(): Promise<void> {
  return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Resolves once an intersection observer made now has reported on `element`. The page works out every observer's
 * intersections in the same rendering step, so by then the element's own observers (lazy loading, impressions)
 * have been told where it is.
 */
export function untilObserved(element: Element): Promise<void> {
  return new Promise(resolve => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
}

/**
 * Resolves once a request made now has been answered. Requests reach msw in the order the page makes them, so by
 * then every request the page started before is in the `requests` of `startWorker`: the way to show one was not made.
 */
export async function roundTrip(): Promise<void> {
  await fetch(`/test/elements/page-defaults.ts?round-trip=${Math.random()}`, { cache: 'no-store' });
}
