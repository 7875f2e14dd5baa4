import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { NewsClient, type WatchUpdate } from '../../src/data/client.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import type { Feed } from '../../src/data/types.js';
import { deferred, feedJson, mockNetwork, until } from './support.js';

const FEED_URL = 'https://news.example/feed.json';

const { server, seen } = mockNetwork();

function answerWith(...bodies: (string[] | number)[]): void {
  let index = 0;
  server.use(
    http.get(FEED_URL, () => {
      const body = bodies[Math.min(index++, bodies.length - 1)];
      return typeof body === 'number' ? new HttpResponse(null, { status: body }) : new HttpResponse(feedJson(...body), { headers: { 'content-type': 'application/feed+json' } });
    }),
  );
}

/** Every update a watch gave, as the titles shown and the kind of the error beside them. */
function record(): { updates: { titles: string[] | null; error: string | null }[]; listener: (update: WatchUpdate<Feed>) => void } {
  const updates: { titles: string[] | null; error: string | null }[] = [];
  return {
    updates,
    listener: ({ value, error }) => updates.push({ titles: value ? value.items.map(item => item.title) : null, error: error?.kind ?? null }),
  };
}

describe('NewsClient.watch', () => {
  it('tells the data, then what another caller of the address brought', async () => {
    answerWith(['Morning'], ['Morning', 'Noon']);
    const client = new NewsClient({ retries: 0 });
    const { updates, listener } = record();
    client.watch(FEED_URL, parseJsonFeed, listener);
    await until(() => updates.length === 1, 'the first answer');
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    await until(() => updates.length === 2, 'the second answer');
    expect(updates).toEqual([
      { titles: ['Morning'], error: null },
      { titles: ['Morning', 'Noon'], error: null },
    ]);
  });

  it('keeps the last good data beside a failed refresh, and drops the error when a refresh works again', async () => {
    answerWith(['Morning'], 503, ['Morning', 'Noon']);
    const client = new NewsClient({ retries: 0 });
    const { updates, listener } = record();
    client.watch(FEED_URL, parseJsonFeed, listener);
    await until(() => updates.length === 1, 'the first answer');
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
    await until(() => updates.length === 2, 'the failed refresh');
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    await until(() => updates.length === 3, 'the refresh that worked');
    expect(updates).toEqual([
      { titles: ['Morning'], error: null },
      { titles: ['Morning'], error: 'http' },
      { titles: ['Morning', 'Noon'], error: null },
    ]);
  });

  it('tells a first failure without data', async () => {
    answerWith(404);
    const { updates, listener } = record();
    new NewsClient({ retries: 0 }).watch(FEED_URL, parseJsonFeed, listener);
    await until(() => updates.length === 1, 'the failure');
    expect(updates).toEqual([{ titles: null, error: 'http' }]);
  });

  it('asks the server before the parser has arrived', async () => {
    answerWith(['Morning']);
    const parser = deferred<typeof parseJsonFeed>();
    const { updates, listener } = record();
    new NewsClient({ retries: 0 }).watch(FEED_URL, parser.promise, listener);
    await until(() => seen.length === 1, 'the request');
    expect(updates).toEqual([]);
    parser.resolve(parseJsonFeed);
    await until(() => updates.length === 1, 'the answer');
    expect(updates[0].titles).toEqual(['Morning']);
  });

  it('tells nothing more once its signal aborts', async () => {
    answerWith(['Morning'], ['Morning', 'Noon']);
    const client = new NewsClient({ retries: 0 });
    const stop = new AbortController();
    const { updates, listener } = record();
    client.watch(FEED_URL, parseJsonFeed, listener, { signal: stop.signal });
    await until(() => updates.length === 1, 'the first answer');
    stop.abort();
    const after = record();
    client.watch(FEED_URL, parseJsonFeed, after.listener);
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    await until(() => after.updates.length === 2, 'the other watch hearing of the new data');
    expect(updates).toHaveLength(1);
  });
});
