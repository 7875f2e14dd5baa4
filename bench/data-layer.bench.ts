// The data layer's own costs, in Node and in Chromium: what a widget pays to read the shared cache, to join a request
// another widget started, and to show persisted data on a reload. No network: a fetch hook answers in memory.
import { NewsClient } from '../src/data/client.js';
import { parseJsonFeed } from '../src/data/jsonfeed.js';
import type { Benchmark } from './harness.js';

const FEED_URL = 'https://news.example/feed.json';

const BODY = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Benchmark',
  items: Array.from({ length: 20 }, (_, index) => ({
    id: String(index),
    url: `https://news.example/story/${index}`,
    title: `Headline number ${index} about something that happened today`,
    summary: 'A sentence or two of summary, as feeds usually carry for every story.',
    date_published: '2026-11-27T10:00:00Z',
  })),
});

const answer = () => new Response(BODY, { headers: { 'content-type': 'application/feed+json', 'cache-control': 'max-age=3600' } });

/** A Web Storage in memory, so the reload benchmark measures the store's work, not a browser's disk. */
class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  [name: string]: unknown;
  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  clear(): void {
    this.#items.clear();
  }
}

let cached: NewsClient;

let joined: NewsClient;
const JOIN_BATCH = 1000;
let gate: Promise<void> = Promise.resolve();

const storage = new MemoryStorage();

const benchmarks: Benchmark[] = [
  {
    name: 'cache hit: await get() of fresh data',
    async setup() {
      cached = new NewsClient({ fetch: async () => answer() });
      await cached.get(FEED_URL, parseJsonFeed);
    },
    async run(iterations) {
      for (let index = 0; index < iterations; index++) await cached.get(FEED_URL, parseJsonFeed);
    },
  },
  {
    name: 'cache hit: peek(), synchronous',
    async setup() {
      cached = new NewsClient({ fetch: async () => answer() });
      await cached.get(FEED_URL, parseJsonFeed);
    },
    run(iterations) {
      for (let index = 0; index < iterations; index++) cached.peek(FEED_URL, parseJsonFeed);
    },
  },
  {
    // Batches of callers join one request held open, which is then answered: the per-caller cost of sharing a
    // request, being served included. Batches of a fixed size keep the live set (and so the garbage collector's
    // share) the same whatever the sample size; the one download and parse per batch add about 1/1000 of their cost.
    name: 'dedup join: get() with its own signal joining a request in flight, until served',
    async setup() {
      joined = new NewsClient({ fetch: () => gate.then(answer) });
      await joined.get(FEED_URL, parseJsonFeed);
    },
    async run(iterations) {
      for (let done = 0; done < iterations; done += JOIN_BATCH) {
        let open!: () => void;
        gate = new Promise(resolve => (open = resolve));
        const callers: Promise<unknown>[] = [];
        // Each caller brings its own signal, as every element's task does.
        for (let index = 0; index < Math.min(JOIN_BATCH, iterations - done); index++) {
          callers.push(joined.get(FEED_URL, parseJsonFeed, { cache: 'no-cache', signal: new AbortController().signal }));
        }
        open();
        await Promise.all(callers);
      }
    },
  },
  {
    name: 'reload: first get() of a new client from persisted data (20 items, parse included)',
    async setup() {
      await new NewsClient({ persist: storage, fetch: async () => answer() }).get(FEED_URL, parseJsonFeed);
    },
    async run(iterations) {
      for (let index = 0; index < iterations; index++) await new NewsClient({ persist: storage, fetch: async () => answer() }).get(FEED_URL, parseJsonFeed);
    },
  },
];

export default benchmarks;
