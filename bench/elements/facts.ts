// Figures about the elements that are exact, not timings: what a refresh creates in the DOM, how many requests
// widgets sharing an address make, how far the page moves while data arrives, and what mounting and unmounting
// leaves behind. `npm run bench` reports them and test/elements/bench-facts.test.ts asserts them, both through
// these functions.
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { feedParser } from '../../src/data/parse-feed.js';
import { getScheduler } from '../../src/data/scheduler.js';
import '../../src/elements/news-article/define.js';
import '../../src/elements/news-list/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import '../../src/elements/related-news/define.js';
import { minuteTimers } from '../../src/elements/shared/clock.js';
import '../../src/elements/weather-badge/define.js';
import { MemoryServer, ORIGIN } from './memory-server.js';
import { ARTICLE, FORECAST, storyFeed } from './stories.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; state: string };

const frames = (count = 2) =>
  new Promise<void>(resolve => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : setTimeout(resolve));
    next(count);
  });

/** Runs `work` with a fresh page-wide client whose requests `server` answers, then puts the page's client back. */
async function withServer<T>(work: (server: MemoryServer, client: NewsClient) => Promise<T>): Promise<T> {
  const server = new MemoryServer();
  const pageClient = getClient();
  const client = new NewsClient({ fetch: server.fetch, retries: 0 });
  setClient(client);
  try {
    return await work(server, client);
  } finally {
    setClient(pageClient);
  }
}

/** Resolves when `widget` has shown data (news-load and the update after it); rejects on news-error. */
function shown(widget: Widget): Promise<void> {
  return new Promise((resolve, reject) => {
    const onLoad = () => {
      widget.removeEventListener('news-error', onError);
      // news-load comes just before the update that draws the data is requested.
      void Promise.resolve().then(() => widget.updateComplete).then(() => resolve());
    };
    const onError = (event: Event) => {
      widget.removeEventListener('news-load', onLoad);
      reject(new Error(`<${widget.localName}> failed: ${(event as CustomEvent<{ error: Error }>).detail.error.message}`));
    };
    widget.addEventListener('news-load', onLoad, { once: true });
    widget.addEventListener('news-error', onError, { once: true });
  });
}

function create(tag: string, attributes: Record<string, string>): Widget {
  const widget = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  return widget;
}

/** Nodes in the subtree of `node`, itself included: all of them, and the elements among them. */
function subtree(node: Node): { nodes: number; elements: number } {
  const walker = document.createTreeWalker(node);
  let nodes = 0;
  let elements = 0;
  for (let current: Node | null = walker.currentNode; current; current = walker.nextNode()) {
    nodes++;
    if (current.nodeType === Node.ELEMENT_NODE) elements++;
  }
  return { nodes, elements };
}

export interface RefreshMutations {
  /** Nodes inserted into the shadow root by the refresh, counting whole inserted subtrees (text and comments too). */
  createdNodes: number;
  createdElements: number;
  removedNodes: number;
  removedElements: number;
  /** Elements of the new story's row, which is what the refresh should create and nothing else. */
  storyElements: number;
  /** Elements created anywhere but in the new story's row. */
  createdElsewhere: number;
}

/**
 * A news-list of 8 stories (limit 10) that nobody is looking at, so a refresh is shown at once rather than held
 * behind the new-stories button, gets a feed with one more story at the top. A MutationObserver on its shadow
 * root counts what the refresh inserts and removes.
 */
export async function measureRefresh(): Promise<RefreshMutations> {
  return withServer(async (server, client) => {
    const path = '/refresh/stories.json';
    const now = Date.now();
    const before = storyFeed(8, { now });
    server.answer(path, before);
    const place = document.createElement('div');
    // Laid out but off screen: the list applies a refresh at once when the reader cannot see it.
    place.style.cssText = 'position: absolute; top: 0; left: -10000px; width: 720px';
    const list = create('news-list', { src: `${ORIGIN}${path}` }) as unknown as NewsList & Widget;
    place.append(list);
    document.body.append(place);
    try {
      await shown(list);
      await frames();
      const after = storyFeed(8, { now });
      after.items.unshift(storyFeed(1, { prefix: 'new', now }).items[0]);
      server.answer(path, after);
      const records: MutationRecord[] = [];
      const observer = new MutationObserver(found => records.push(...found));
      observer.observe(list.shadowRoot!, { childList: true, subtree: true });
      const refreshed = shown(list);
      await client.get(`${ORIGIN}${path}`, feedParser('auto'), { cache: 'no-cache' });
      await refreshed;
      records.push(...observer.takeRecords());
      observer.disconnect();
      const story = list.shadowRoot!.querySelector<HTMLElement>('.items > .item[data-index="0"]');
      if (!story?.querySelector('a[href$="/new/0"]')) throw new Error('the refresh did not put the new story first');
      const result: RefreshMutations = { createdNodes: 0, createdElements: 0, removedNodes: 0, removedElements: 0, storyElements: subtree(story).elements, createdElsewhere: 0 };
      for (const record of records) {
        for (const node of record.addedNodes) {
          const { nodes, elements } = subtree(node);
          result.createdNodes += nodes;
          result.createdElements += elements;
          if (!story.contains(node)) result.createdElsewhere += elements;
        }
        for (const node of record.removedNodes) {
          const { nodes, elements } = subtree(node);
          result.removedNodes += nodes;
          result.removedElements += elements;
        }
      }
      return result;
    } finally {
      place.remove();
    }
  });
}

export interface SharedRequests {
  widgets: number;
  requests: number;
}

/** Twenty lists of one address, in every layout and both list elements, mounted at once; counts the requests. */
export async function measureSharedRequests(): Promise<SharedRequests> {
  return withServer(async server => {
    const path = '/shared/stories.json';
    server.answer(path, storyFeed(12), { delay: 50 });
    const place = document.createElement('div');
    const widgets: Widget[] = [];
    for (const tag of ['news-list', 'related-news']) {
      for (const layout of ['list', 'grid', 'compact', 'ticker']) {
        for (let copy = 0; copy < (tag === 'news-list' ? 3 : 2); copy++) widgets.push(create(tag, { src: `${ORIGIN}${path}`, layout, limit: String(4 + copy) }));
      }
    }
    place.append(...widgets);
    document.body.append(place);
    try {
      await Promise.all(widgets.map(shown));
      return { widgets: widgets.length, requests: server.count(path) };
    } finally {
      place.remove();
    }
  });
}

export interface SharedSources {
  widgets: number;
  /** Requests per source, by path. */
  requests: Record<string, number>;
}

/** Twenty lists over the same three sources (each list's src names all three), mounted at once; counts the requests. */
export async function measureSharedSources(): Promise<SharedSources> {
  return withServer(async server => {
    const paths = ['/sources/north.json', '/sources/south.json', '/sources/east.json'];
    paths.forEach((path, index) => server.answer(path, storyFeed(6 + index), { delay: 50 }));
    const src = paths.map(path => `${ORIGIN}${path}`).join(' ');
    const place = document.createElement('div');
    const widgets: Widget[] = [];
    for (const tag of ['news-list', 'related-news']) {
      for (const layout of ['list', 'grid', 'compact', 'ticker', 'magazine', 'carousel']) {
        if (widgets.length < 20) widgets.push(create(tag, { src, layout, limit: String(4 + (widgets.length % 3)) }));
      }
    }
    while (widgets.length < 20) widgets.push(create('news-list', { src, layout: 'list', keywords: 'story' }));
    place.append(...widgets);
    document.body.append(place);
    try {
      await Promise.all(widgets.map(shown));
      return { widgets: widgets.length, requests: Object.fromEntries(paths.map(path => [path, server.count(path)])) };
    } finally {
      place.remove();
    }
  });
}

/** An element and its attributes, as a layout-shift case. */
export interface ShiftCase {
  tag: 'news-list' | 'related-news' | 'weather-badge' | 'news-article';
  attributes: Record<string, string>;
}

/** Every element in every layout the contract names. */
export const SHIFT_CASES: ShiftCase[] = [
  ...(['news-list', 'related-news'] as const).flatMap(tag =>
    ['list', 'grid', 'compact', 'ticker'].map(layout => ({ tag, attributes: { src: `${ORIGIN}/shift/stories.json`, layout, limit: '6' } })),
  ),
  { tag: 'weather-badge', attributes: { src: `${ORIGIN}/shift/weather.json`, layout: 'compact' } },
  { tag: 'weather-badge', attributes: { src: `${ORIGIN}/shift/weather.json`, layout: 'card', label: 'Tashkent' } },
  { tag: 'news-article', attributes: { src: `${ORIGIN}/shift/article.json` } },
];

/** How a case is named in reports and tests. */
export function caseName({ tag, attributes }: ShiftCase): string {
  return attributes.layout ? `${tag} ${attributes.layout}` : tag;
}

/** How much a page moved while a widget's data arrived. */
export interface Shift {
  /** Sum of the layout-shift values the page recorded (which count only what moved inside the viewport). */
  value: number;
  /** Pixels the paragraph under the widget moved, wherever it was: the viewport may not reach it under a long list. */
  moved: number;
}

/**
 * How far the page moves while `shiftCase` loads, its data arriving after `delay` ms: from the first frame of a page
 * (heading, widget, paragraph under it, in Russian) to the data drawn, its pictures decoded and two frames painted.
 */
export async function measureLayoutShift(shiftCase: ShiftCase, delay = 1000): Promise<Shift> {
  return withServer(async server => {
    server.answer('/shift/stories.json', storyFeed(8), { delay });
    server.answer('/shift/weather.json', FORECAST, { delay, contentType: 'application/json' });
    server.answer('/shift/article.json', ARTICLE, { delay });
    let total = 0;
    const observer = new PerformanceObserver(entries => {
      for (const entry of entries.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
    });
    const page = document.createElement('article');
    page.lang = 'ru';
    page.style.width = '720px';
    const heading = document.createElement('h1');
    heading.textContent = 'Главная';
    const widget = create(shiftCase.tag, shiftCase.attributes);
    const under = document.createElement('p');
    under.textContent = 'Текст под виджетом, который не должен сдвинуться.';
    page.append(heading, widget, under);
    const ready = shown(widget);
    document.body.prepend(page);
    try {
      // What the reader first sees is the page with the widget's placeholder; whatever moves after that counts.
      // (Putting the page in can move the body itself, through collapsing margins: that is not the widget's doing.)
      await frames(1);
      observer.observe({ type: 'layout-shift' });
      const top = under.getBoundingClientRect().top;
      await ready;
      await Promise.all([...widget.shadowRoot!.querySelectorAll('img')].map(image => image.decode().catch(() => {})));
      await frames();
      observer.takeRecords().forEach(entry => (total += (entry as PerformanceEntry & { value: number }).value));
      return { value: total, moved: Math.abs(under.getBoundingClientRect().top - top) };
    } finally {
      observer.disconnect();
      page.remove();
    }
  });
}

/** Counts the timers and the window and document listeners a page has while it is being watched. */
class LiveCounter {
  timers = new Set<number>();
  listeners: { target: EventTarget; type: string; listener: EventListenerOrEventListenerObject; capture: boolean }[] = [];
  #restore: (() => void)[] = [];

  start(): void {
    const timers = this.timers;
    const { setTimeout, setInterval, clearTimeout, clearInterval } = window;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      const id: number = setTimeout(
        (...args: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') handler(...args);
        },
        timeout,
        ...rest,
      );
      timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      const id = setInterval(handler, timeout, ...rest);
      timers.add(id);
      return id;
    }) as typeof window.setInterval;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      clearTimeout(id);
    }) as typeof window.clearTimeout;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      clearInterval(id);
    }) as typeof window.clearInterval;
    this.#restore.push(() => Object.assign(window, { setTimeout, setInterval, clearTimeout, clearInterval }));
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const capture = (options?: boolean | EventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
      const index = (type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) =>
        this.listeners.findIndex(entry => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture(options));
      target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
        // A listener that removes itself after one call is not something that could pile up.
        if (listener && index(type, listener, options) < 0 && !(typeof options === 'object' && options.once)) {
          this.listeners.push({ target, type, listener, capture: capture(options) });
        }
        add.call(target, type, listener, options);
      };
      target.removeEventListener = (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
        const found = listener ? index(type, listener, options) : -1;
        if (found >= 0) this.listeners.splice(found, 1);
        remove.call(target, type, listener, options);
      };
      this.#restore.push(() => {
        // Deleting the own properties brings back the prototype's methods.
        delete (target as Partial<EventTarget>).addEventListener;
        delete (target as Partial<EventTarget>).removeEventListener;
      });
    }
  }

  stop(): void {
    for (const restore of this.#restore.splice(0)) restore();
  }
}

export interface Leftovers {
  cycles: number;
  /** Live timers and window/document listeners made since counting began, before the cycles and after. */
  timers: { before: number; after: number };
  listeners: { before: number; after: number };
  /** The page's minute timer and refresh schedules after the cycles: both should be 0 with no element mounted. */
  minuteTimers: number;
  schedules: number;
  /** The most of each seen while the elements were mounted, which shows the cycles exercised them. */
  whileMounted: { minuteTimers: number; schedules: number };
  /** Used JS heap in bytes after a full garbage collection, where the page was given `benchHeap` to measure it. */
  heap: { before: number; after: number } | null;
}

/**
 * Mounts all four elements (news-list and the weather badge refreshing on the shared scheduler, related-news, an
 * article), waits until each shows its data, and removes them, `cycles` times; counts what is live before and
 * after. One cycle before counting begins loads the chunks and the language table, which stay by design.
 */
export async function measureLeftovers(cycles: number): Promise<Leftovers> {
  return withServer(async server => {
    server.answer('/cycles/stories.json', storyFeed(10));
    server.answer('/cycles/weather.json', FORECAST, { contentType: 'application/json' });
    server.answer('/cycles/article.json', ARTICLE);
    const place = document.createElement('div');
    document.body.append(place);
    const mounted = { minuteTimers: 0, schedules: 0 };
    const cycle = async () => {
      const widgets = [
        create('news-list', { src: `${ORIGIN}/cycles/stories.json`, refresh: '60', lang: 'ru' }),
        create('related-news', { src: `${ORIGIN}/cycles/stories.json`, layout: 'grid' }),
        create('news-article', { src: `${ORIGIN}/cycles/article.json` }),
        create('weather-badge', { src: `${ORIGIN}/cycles/weather.json` }),
      ];
      place.append(...widgets);
      await Promise.all(widgets.map(shown));
      // The refresh schedules start once the scheduler's chunk has arrived, which this waits for too.
      await import('../../src/data/scheduler.js');
      mounted.minuteTimers = Math.max(mounted.minuteTimers, minuteTimers());
      mounted.schedules = Math.max(mounted.schedules, getScheduler().size);
      for (const widget of widgets) widget.remove();
    };
    // The runner gives the page a way to collect garbage and read the heap (through the DevTools protocol).
    const heap = (window as { benchHeap?: () => Promise<number> }).benchHeap;
    const counter = new LiveCounter();
    counter.start();
    try {
      await cycle();
      await frames();
      const timersBefore = counter.timers.size;
      const listenersBefore = counter.listeners.length;
      const heapBefore = heap ? await heap() : 0;
      for (let done = 0; done < cycles; done++) await cycle();
      // Whatever the last cycle set going on its way out (an import resolving, a frame) settles first.
      await frames();
      return {
        cycles,
        timers: { before: timersBefore, after: counter.timers.size },
        listeners: { before: listenersBefore, after: counter.listeners.length },
        minuteTimers: minuteTimers(),
        schedules: getScheduler().size,
        whileMounted: mounted,
        heap: heap ? { before: heapBefore, after: await heap() } : null,
      };
    } finally {
      counter.stop();
      place.remove();
    }
  });
}
