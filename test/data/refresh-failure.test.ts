// A failed refresh is always told: whatever the caching headers of the last good answer (no-store included), a
// watcher keeps that answer and hears the failure once, with its kind, and hears the recovery after it.
import { describe, expect, it } from 'vitest';
import { NewsClient, type WatchUpdate } from '../../src/data/client.js';
import type { FeedErrorKind } from '../../src/data/errors.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import type { Feed } from '../../src/data/types.js';
import { feedJson, until } from './support.js';

const FEED_URL = 'https://no-store.example/feed.json';

const CACHING: Record<string, string | null> = {
  'no-store': 'no-store',
  'no-store, private': 'private, no-store',
  'max-age=0': 'max-age=0',
  'no-cache': 'no-cache',
  'max-age=600': 'max-age=600',
  'no Cache-Control': null,
};

/** What the server says at the refresh, the kind of error the watcher must hear, and the timeout the client needs. */
const FAILURES: { name: string; kind: FeedErrorKind; answer: (signal: AbortSignal) => Promise<Response> }[] = [
  { name: 'a 500', kind: 'http', answer: async () => new Response('Internal Server Error', { status: 500 }) },
  { name: 'a 404', kind: 'http', answer: async () => new Response('Not Found', { status: 404 }) },
  { name: 'garbage', kind: 'parse', answer: async () => new Response('\u0000\u00ff{{{ not a feed', { headers: { 'content-type': 'application/json' } }) },
  { name: 'an HTML page', kind: 'parse', answer: async () => new Response('<!doctype html><title>Sign in</title><form><input name=user></form>', { headers: { 'content-type': 'text/html' } }) },
  { name: 'an empty body', kind: 'parse', answer: async () => new Response('', { headers: { 'content-type': 'application/json' } }) },
  { name: 'a refused connection', kind: 'network', answer: async () => Promise.reject(new TypeError('fetch failed')) },
  {
    name: 'no answer at all',
    kind: 'timeout',
    // The client's own timer ends it: the answer never comes, whatever the machine's speed.
    answer: signal => new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true })),
  },
];

function good(titles: string[], cacheControl: string | null): Response {
  return new Response(feedJson(...titles), { headers: { 'content-type': 'application/feed+json', ...(cacheControl && { 'cache-control': cacheControl }) } });
}

function record(): { updates: { titles: string[] | null; error: FeedErrorKind | null }[]; listener: (update: WatchUpdate<Feed>) => void } {
  const updates: { titles: string[] | null; error: FeedErrorKind | null }[] = [];
  return { updates, listener: ({ value, error }) => updates.push({ titles: value ? value.items.map(item => item.title) : null, error: error?.kind ?? null }) };
}

describe('a failed refresh is told to the watcher', () => {
  for (const [caching, cacheControl] of Object.entries(CACHING)) {
    for (const failure of FAILURES) {
      it(`after an answer with ${caching}, ${failure.name} keeps the last good data with a ${failure.kind} error, and a later answer clears it`, async () => {
        const answers = [() => Promise.resolve(good(['Morning'], cacheControl)), failure.answer, failure.answer, () => Promise.resolve(good(['Morning', 'Noon'], cacheControl))];
        let asked = 0;
        const client = new NewsClient({
          retries: 0,
          timeout: failure.kind === 'timeout' ? 1 : 10_000,
          fetch: (_input, init) => answers[Math.min(asked++, answers.length - 1)](init!.signal!),
        });
        const { updates, listener } = record();
        client.watch(FEED_URL, parseJsonFeed, listener);
        await until(() => updates.length === 1, 'the first answer');

        await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
        await until(() => updates.length === 2, 'the failed refresh');
        // A second failure in a row is the same trouble: told once.
        await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
        await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
        await until(() => updates.length === 3, 'the refresh that worked');
        expect(updates).toEqual([
          { titles: ['Morning'], error: null },
          { titles: ['Morning'], error: failure.kind },
          { titles: ['Morning', 'Noon'], error: null },
        ]);
        expect(asked).toBe(4);
      });
    }
  }

  it('a no-store answer is still never served from the client: the next call asks again', async () => {
    let asked = 0;
    const client = new NewsClient({ retries: 0, fetch: async () => good([`Answer ${++asked}`], 'no-store') });
    const { updates, listener } = record();
    client.watch(FEED_URL, parseJsonFeed, listener);
    await until(() => updates.length === 1, 'the first answer');
    expect((await client.get(FEED_URL, parseJsonFeed)).items[0].title).toBe('Answer 2');
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    await until(() => updates.length === 2, 'the watcher hearing of the second answer');
    expect(updates[1]).toEqual({ titles: ['Answer 2'], error: null });
  });

  it('a no-store answer is forgotten once nobody watches its address', async () => {
    let asked = 0;
    const answers = [() => good(['Morning'], 'no-store'), () => new Response(null, { status: 500 })];
    const client = new NewsClient({ retries: 0, fetch: async () => answers[Math.min(asked++, 1)]() });
    const stop = new AbortController();
    const { updates, listener } = record();
    client.watch(FEED_URL, parseJsonFeed, listener, { signal: stop.signal });
    await until(() => updates.length === 1, 'the first answer');
    stop.abort();
    const heard: unknown[] = [];
    const unsubscribe = client.subscribe(FEED_URL, change => heard.push(change));
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
    unsubscribe();
    // Nothing was kept to mark stale: the failure went to the caller alone.
    expect(heard).toEqual([]);
    expect(updates).toHaveLength(1);
  });
});
