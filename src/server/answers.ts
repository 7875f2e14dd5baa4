import { freshness } from '../data/freshness.js';

/** The upstream headers a proxied answer carries, unchanged. Content-Type's charset is how legacy feeds decode. */
export const PASSED_HEADERS = ['content-type', 'etag', 'last-modified', 'cache-control'] as const;

/** A feed's answer as the proxy keeps it: the bytes, the headers it passes on and how long they stay fresh. */
export interface Answer {
  status: number;
  /** The passed headers the feed sent, lower-case names. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
  /** When the answer arrived or was last confirmed by a 304, in milliseconds since the epoch. */
  storedAt: number;
  /** Seconds the answer had already spent in caches on the way (its `Age`). */
  age: number;
  /** How long after `storedAt` it may be served without asking the feed again, in milliseconds. */
  freshFor: number;
  /** False for `no-store` and `private` answers and for errors: such answers are never kept. */
  storable: boolean;
}

/**
 * Reads an answer's headers as a shared cache does: `no-store` and `private` keep nothing; `s-maxage` wins over
 * `max-age`; the `Age` already spent is deducted; no freshness stated means none (the feed is asked every time,
 * with its validators when it gave some).
 */
export function sharedFreshness(headers: Headers): { storable: boolean; freshFor: number; age: number } {
  const cacheControl = headers.get('cache-control') ?? '';
  const age = /^\s*\d+\s*$/.test(headers.get('age') ?? '') ? Number(headers.get('age')) : 0;
  const { storable, maxAge } = freshness(headers);
  if (!storable || /(^|,)\s*private\b/i.test(cacheControl)) return { storable: false, freshFor: 0, age };
  const shared = /(^|,)\s*s-maxage\s*=\s*"?(\d+)"?\s*(,|$)/i.exec(cacheControl);
  const freshFor = shared ? Math.max(0, Number(shared[2]) - age) * 1000 : (maxAge ?? 0);
  return { storable: true, freshFor, age };
}

export const isFresh = (answer: Answer, now: number) => now - answer.storedAt < answer.freshFor;

/** Where answers are kept between requests. Both kinds may lose an entry at any time. */
export interface AnswerStore {
  get(key: string): Promise<Answer | undefined>;
  put(key: string, answer: Answer): Promise<void>;
}

/**
 * Answers in memory, at most `capacity` bytes of bodies, the least recently used forgotten first. Stale answers
 * stay while there is room: their validators let the next request ask the feed with `If-None-Match`.
 */
export class MemoryAnswers implements AnswerStore {
  #answers = new Map<string, Answer>();
  #bytes = 0;
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  async get(key: string): Promise<Answer | undefined> {
    const answer = this.#answers.get(key);
    if (answer) {
      // A Map iterates in insertion order: inserting again makes it the most recently used.
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  async put(key: string, answer: Answer): Promise<void> {
    this.#forget(key);
    if (answer.body.byteLength > this.#capacity) return;
    this.#answers.set(key, answer);
    this.#bytes += answer.body.byteLength;
    for (const oldest of this.#answers.keys()) {
      if (this.#bytes <= this.#capacity) break;
      this.#forget(oldest);
    }
  }

  #forget(key: string): void {
    const answer = this.#answers.get(key);
    if (!answer) return;
    this.#answers.delete(key);
    this.#bytes -= answer.body.byteLength;
  }
}

/** The header that carries an answer's bookkeeping inside the Cache API, which stores only responses. */
const RECORD_HEADER = 'x-news-widgets-proxy-answer';

/**
 * Answers in the runtime's Cache API (`caches.open(name)`): in Cloudflare Workers that is the data centre's cache,
 * shared by every isolate there, so one location asks a feed once per freshness lifetime. The stored response's
 * own `Cache-Control` is the time left, which is when Workers drop it; the feed's headers travel in one header of
 * bookkeeping, and runtimes that never expire entries (Deno) are covered by reading `storedAt` and `freshFor`.
 * A cache that fails (one the platform switched off, a full disk) is a cache that misses: readers still get the feed.
 */
export class CacheApiAnswers implements AnswerStore {
  readonly #cache: Promise<Cache>;
  readonly #origin: string;

  /** `origin` is the proxy's own: Cloudflare asks that keys use the Worker's host name. */
  constructor(storage: CacheStorage, name: string, origin: string) {
    this.#cache = storage.open(name);
    this.#origin = origin;
  }

  #key(key: string): string {
    return `${this.#origin}/news-widgets-proxy?url=${encodeURIComponent(key)}`;
  }

  async get(key: string): Promise<Answer | undefined> {
    try {
      const response = await (await this.#cache).match(this.#key(key));
      const record = response?.headers.get(RECORD_HEADER);
      if (!response || !record) return undefined;
      const { headers, storedAt, age, freshFor } = JSON.parse(decodeURIComponent(record)) as Omit<Answer, 'body' | 'status' | 'storable'>;
      return { status: 200, headers, body: new Uint8Array(await response.arrayBuffer()), storedAt, age, freshFor, storable: true };
    } catch {
      return undefined;
    }
  }

  async put(key: string, answer: Answer): Promise<void> {
    const secondsLeft = Math.floor((answer.storedAt + answer.freshFor - Date.now()) / 1000);
    // The Cache API keeps only what has time left; a stale answer is asked for again in full.
    if (secondsLeft <= 0) return;
    const { headers, storedAt, age, freshFor } = answer;
    const record = encodeURIComponent(JSON.stringify({ headers, storedAt, age, freshFor }));
    const stored = new Response(answer.body, { headers: { 'cache-control': `max-age=${secondsLeft}`, [RECORD_HEADER]: record } });
    try {
      await (await this.#cache).put(this.#key(key), stored);
    } catch {
      // Not kept: the next reader asks the feed again.
    }
  }
}
