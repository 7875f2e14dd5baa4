import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { configure, getClient, NewsClient, setClient, type CacheChange } from '../../src/data/client.js';
import { FeedError } from '../../src/data/errors.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import { STORE_PREFIX } from '../../src/data/store.js';
import type { Feed } from '../../src/data/types.js';
import { collectReportedErrors, deferred, failureOf, feedJson, MemoryStorage, mockNetwork, until } from './support.js';

const FEED_URL = 'https://news.example/feed.json';
const OTHER_URL = 'https://news.example/other.json';

const { server, seen } = mockNetwork();

type Answer = () => Response | Promise<Response>;

/** Answers requests for `url` with `answers` in turn, repeating the last. */
function answer(url: string, ...answers: Answer[]): void {
  let index = 0;
  server.use(http.get(url, () => answers[Math.min(index++, answers.length - 1)]()));
}

const feed =
  (titles: string[], headers: Record<string, string> = {}): Answer =>
  () =>
    new HttpResponse(feedJson(...titles), { headers: { 'content-type': 'application/feed+json', ...headers } });

const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  () =>
    new HttpResponse(null, { status: code, headers });

const held = (gate: Promise<void>, then: Answer): Answer => async () => {
  await gate;
  return then();
};

const titles = (value: Feed) => value.items.map(item => item.title);

/** Fakes the clock and the timers the client uses; msw keeps its real event loop. Returns the delays of every timer set. */
function fakeTime(): () => number[] {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse('2026-11-27T12:00:00Z') });
  const timers = vi.spyOn(globalThis, 'setTimeout');
  return () => timers.mock.calls.map(call => call[1] ?? 0);
}

function listen(client: NewsClient, url = FEED_URL): CacheChange[] {
  const changes: CacheChange[] = [];
  client.subscribe(url, change => changes.push(change));
  return changes;
}

describe('NewsClient.get loads', () => {
  it('a feed, parsed against the response address', async () => {
    answer(FEED_URL, feed(['Hello']));
    const result = await new NewsClient().get(FEED_URL, parseJsonFeed);
    expect(result.items[0]).toMatchObject({ title: 'Hello', url: 'https://news.example/story/0' });
  });

  it('and reports an HTTP failure as an http error with the status, the address and a sentence', async () => {
    answer(FEED_URL, status(404));
    const error = await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ kind: 'http', status: 404, url: FEED_URL, message: `${FEED_URL} responded with a status of 404.` });
  });

  it('and reports a body that is not a feed as a parse error', async () => {
    answer(FEED_URL, () => HttpResponse.text('{"items": ['));
    expect(await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'parse' });
  });

  it('and, with retries off, reports an unreachable server as a network error at once', async () => {
    answer(FEED_URL, () => HttpResponse.error());
    expect(await failureOf(new NewsClient({ retries: 0 }).get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'network' });
    expect(seen).toHaveLength(1);
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'not a url'])('nothing for %j: a config error without a request', async src => {
    expect(await failureOf(new NewsClient().get(src, parseJsonFeed))).toMatchObject({ kind: 'config' });
    expect(seen).toHaveLength(0);
  });

  it('through the fetch hook it is given', async () => {
    const asked: string[] = [];
    const client = new NewsClient({
      fetch: async url => {
        asked.push(url);
        return new Response(feedJson('Hooked'));
      },
    });
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Hooked']);
    expect(asked).toEqual([FEED_URL]);
    expect(seen).toHaveLength(0);
  });

  it('cross-origin feeds through the proxy template, with links resolved against the feed, not the proxy', async () => {
    let proxiedFor: string | null = null;
    server.use(
      http.get('https://proxy.example/fetch', ({ request }) => {
        proxiedFor = new URL(request.url).searchParams.get('url');
        return new HttpResponse(feedJson('Far away'));
      }),
    );
    const client = new NewsClient({ proxy: 'https://proxy.example/fetch?url={url}' });
    const result = await client.get('https://other.example/feeds/main.json?lang=ru&n=5', parseJsonFeed);
    expect(proxiedFor).toBe('https://other.example/feeds/main.json?lang=ru&n=5');
    expect(seen[0].url).toBe('https://proxy.example/fetch?url=https%3A%2F%2Fother.example%2Ffeeds%2Fmain.json%3Flang%3Dru%26n%3D5');
    expect(result.items[0].url).toBe('https://other.example/story/0');
  });
});

describe('NewsClient.get shares one request per URL', () => {
  it('two callers of one URL make one request and get the same value', async () => {
    const gate = deferred<void>();
    answer(FEED_URL, held(gate.promise, feed(['Shared'])));
    const client = new NewsClient();
    const both = Promise.all([client.get(FEED_URL, parseJsonFeed), client.get(`${FEED_URL}#second-spelling`, parseJsonFeed)]);
    await until(() => seen.length === 1, 'the request');
    gate.resolve();
    const [first, second] = await both;
    expect(titles(first)).toEqual(['Shared']);
    expect(second).toBe(first);
    expect(seen).toHaveLength(1);
  });

  it('twenty callers parse the body once', async () => {
    answer(FEED_URL, feed(['Once']));
    const parse = vi.fn(parseJsonFeed);
    const client = new NewsClient();
    await Promise.all(Array.from({ length: 20 }, () => client.get(FEED_URL, parse)));
    expect(seen).toHaveLength(1);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('one caller aborting leaves the other served', async () => {
    const gate = deferred<void>();
    answer(FEED_URL, held(gate.promise, feed(['Still here'])));
    const client = new NewsClient();
    const leaving = new AbortController();
    const left = failureOf(client.get(FEED_URL, parseJsonFeed, { signal: leaving.signal }));
    const staying = client.get(FEED_URL, parseJsonFeed, { signal: new AbortController().signal });
    await until(() => seen.length === 1, 'the request');
    leaving.abort();
    const error = await left;
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(error).not.toBeInstanceOf(FeedError);
    expect(seen[0].signal.aborted).toBe(false);
    gate.resolve();
    expect(titles(await staying)).toEqual(['Still here']);
    expect(seen).toHaveLength(1);
  });

  it('the request is aborted when its last caller leaves, and the next caller makes a new one', async () => {
    const never = new Promise<void>(() => {});
    answer(FEED_URL, held(never, feed(['Never'])), feed(['Fresh start']));
    const client = new NewsClient();
    const only = new AbortController();
    const left = failureOf(client.get(FEED_URL, parseJsonFeed, { signal: only.signal }));
    await until(() => seen.length === 1, 'the first request');
    only.abort();
    expect(await left).toMatchObject({ name: 'AbortError' });
    await until(() => seen[0].signal.aborted, 'the abort of the first request');
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Fresh start']);
    expect(seen).toHaveLength(2);
  });

  it('a caller whose signal is already aborted gets an AbortError and makes no request', async () => {
    const error = await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(seen).toHaveLength(0);
  });
});

describe('NewsClient.get keeps data fresh', () => {
  it('serves fresh data (max-age) from memory without a request', async () => {
    answer(FEED_URL, feed(['Cached'], { 'cache-control': 'max-age=60' }));
    const client = new NewsClient();
    const first = await client.get(FEED_URL, parseJsonFeed);
    expect(await client.get(FEED_URL, parseJsonFeed)).toBe(first);
    expect(seen).toHaveLength(1);
  });

  it('returns stale data at once, revalidates it in the background and tells subscribers the new value', async () => {
    fakeTime();
    const gate = deferred<void>();
    answer(FEED_URL, feed(['Old'], { 'cache-control': 'max-age=60' }), held(gate.promise, feed(['New'])));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    const changes = listen(client);
    vi.advanceTimersByTime(60_000);
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Old']);
    await until(() => seen.length === 2, 'the revalidation');
    expect(changes).toEqual([]);
    gate.resolve();
    await until(() => changes.length === 1, 'the change notice');
    expect(changes[0]).toEqual({ url: FEED_URL, updated: true, error: null });
    expect(titles(client.peek(FEED_URL, parseJsonFeed)!.value)).toEqual(['New']);
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['New']);
    expect(seen).toHaveLength(2);
  });

  it('uses the client ttl (60 s) when the response has no max-age, and a per-call ttl over it', async () => {
    fakeTime();
    answer(FEED_URL, feed(['Headerless']));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    vi.advanceTimersByTime(59_999);
    await client.get(FEED_URL, parseJsonFeed);
    expect(seen).toHaveLength(1);
    await client.get(FEED_URL, parseJsonFeed, { ttl: 30_000 });
    await until(() => seen.length === 2, 'the revalidation for the shorter ttl');
  });

  it('lets the response max-age win over a per-call ttl', async () => {
    fakeTime();
    answer(FEED_URL, feed(['Long-lived'], { 'cache-control': 'max-age=600' }));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    vi.advanceTimersByTime(300_000);
    await client.get(FEED_URL, parseJsonFeed, { ttl: 1000 });
    expect(seen).toHaveLength(1);
  });

  it('keeps no no-store response, so the next call asks again', async () => {
    answer(FEED_URL, feed(['Private'], { 'cache-control': 'no-store' }));
    const client = new NewsClient({ persist: new MemoryStorage() });
    await client.get(FEED_URL, parseJsonFeed);
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    await client.get(FEED_URL, parseJsonFeed);
    expect(seen).toHaveLength(2);
  });

  it('tells no subscriber about a revalidation that brought the same bytes', async () => {
    fakeTime();
    answer(FEED_URL, feed(['Same'], { 'cache-control': 'max-age=60' }));
    const client = new NewsClient();
    const first = await client.get(FEED_URL, parseJsonFeed);
    const changes = listen(client);
    vi.advanceTimersByTime(60_000);
    await client.get(FEED_URL, parseJsonFeed);
    await until(() => seen.length === 2, 'the revalidation');
    await until(() => client.peek(FEED_URL, parseJsonFeed)?.expired === false, 'the renewed freshness');
    expect(changes).toEqual([]);
    expect(await client.get(FEED_URL, parseJsonFeed)).toBe(first);
  });

  it('revalidates with If-None-Match and If-Modified-Since, and a 304 keeps the data, renews it and tells nobody', async () => {
    fakeTime();
    const validators = { etag: '"v1"', 'last-modified': 'Fri, 27 Nov 2026 10:00:00 GMT', 'cache-control': 'max-age=60' };
    answer(FEED_URL, feed(['Kept'], validators), status(304, { 'cache-control': 'max-age=120' }));
    const parse = vi.fn(parseJsonFeed);
    const client = new NewsClient();
    const first = await client.get(FEED_URL, parse);
    const changes = listen(client);
    vi.advanceTimersByTime(60_000);
    await client.get(FEED_URL, parse);
    await until(() => client.peek(FEED_URL, parse)?.expired === false, 'the renewed freshness');
    expect(seen[1].headers.get('if-none-match')).toBe('"v1"');
    expect(seen[1].headers.get('if-modified-since')).toBe('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(await client.get(FEED_URL, parse)).toBe(first);
    expect(changes).toEqual([]);
    expect(parse).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(119_999);
    await client.get(FEED_URL, parse);
    expect(seen).toHaveLength(2);
  });

  it('with cache: no-cache asks the server before it answers', async () => {
    answer(FEED_URL, feed(['First'], { 'cache-control': 'max-age=600' }), feed(['Second']));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    expect(titles(await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }))).toEqual(['Second']);
    expect(seen).toHaveLength(2);
  });
});

describe('NewsClient.get retries', () => {
  it('a 500 then 200 once, one second later', async () => {
    const delays = fakeTime();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    answer(FEED_URL, status(500), feed(['Recovered']));
    const result = new NewsClient().get(FEED_URL, parseJsonFeed);
    await until(() => delays().includes(1000), 'the backoff');
    await vi.advanceTimersByTimeAsync(999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => seen.length === 2, 'the retry');
    expect(titles(await result)).toEqual(['Recovered']);
    expect(seen).toHaveLength(2);
  });

  it('a 429 with Retry-After: 2 after two seconds', async () => {
    const delays = fakeTime();
    answer(FEED_URL, status(429, { 'retry-after': '2' }), feed(['Let in']));
    const result = new NewsClient().get(FEED_URL, parseJsonFeed);
    await until(() => delays().includes(2000), 'the wait');
    await vi.advanceTimersByTimeAsync(1999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(titles(await result)).toEqual(['Let in']);
    expect(seen).toHaveLength(2);
  });

  it('at most three times, about 1, 2 and 4 seconds apart, then reports the failure', async () => {
    const delays = fakeTime();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    answer(FEED_URL, () => HttpResponse.error());
    const failure = failureOf(new NewsClient().get(FEED_URL, parseJsonFeed));
    for (const [retry, wait] of [1000, 2000, 4000].entries()) {
      await until(() => delays().filter(delay => delay === wait).length === 1, `retry ${retry + 1}`);
      await vi.advanceTimersByTimeAsync(wait);
    }
    expect(await failure).toMatchObject({ kind: 'network' });
    expect(seen).toHaveLength(4);
  });

  it('not a 404', async () => {
    fakeTime();
    answer(FEED_URL, status(404), feed(['Never asked']));
    expect(await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'http', status: 404 });
    expect(vi.getTimerCount()).toBe(0);
    expect(seen).toHaveLength(1);
  });

  it('not a parse error, which is not cached either: the next call asks again', async () => {
    fakeTime();
    answer(FEED_URL, () => HttpResponse.text('<html>Maintenance</html>', { headers: { 'cache-control': 'max-age=600' } }), feed(['Back']));
    const client = new NewsClient({ persist: new MemoryStorage() });
    expect(await failureOf(client.get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'parse' });
    expect(vi.getTimerCount()).toBe(0);
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Back']);
    expect(seen).toHaveLength(2);
  });

  it('not a timeout, reported as such after 10 s', async () => {
    const delays = fakeTime();
    answer(FEED_URL, () => new Promise<Response>(() => {}));
    const failure = failureOf(new NewsClient().get(FEED_URL, parseJsonFeed));
    await until(() => delays().includes(10_000), 'the timeout');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await failure).toMatchObject({ kind: 'timeout', url: FEED_URL });
    expect(seen).toHaveLength(1);
  });
});

describe('NewsClient keeps the last good data', () => {
  it('when a revalidation fails: peek shows it with the error, and subscribers hear once', async () => {
    fakeTime();
    answer(FEED_URL, feed(['Good'], { 'cache-control': 'max-age=60' }), status(404));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    const changes = listen(client);
    vi.advanceTimersByTime(60_000);
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Good']);
    await until(() => changes.length === 1, 'the failure notice');
    expect(changes[0]).toMatchObject({ url: FEED_URL, updated: false, error: { kind: 'http', status: 404 } });
    const snapshot = client.peek(FEED_URL, parseJsonFeed)!;
    expect(titles(snapshot.value)).toEqual(['Good']);
    expect(snapshot).toMatchObject({ expired: true, error: { kind: 'http' } });
    await client.get(FEED_URL, parseJsonFeed);
    await until(() => client.peek(FEED_URL, parseJsonFeed)!.error !== snapshot.error, 'the second failure');
    expect(changes).toHaveLength(1);
  });

  it('when a forced refresh fails: the caller gets the error, and can still show the data it has', async () => {
    answer(FEED_URL, feed(['Good']), status(404));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    expect(await failureOf(client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }))).toMatchObject({ kind: 'http' });
    expect(client.peek(FEED_URL, parseJsonFeed)).toMatchObject({ value: { items: [{ title: 'Good' }] }, error: { kind: 'http' } });
  });

  it('and clears the error, telling subscribers, when a later revalidation succeeds, even with the same bytes', async () => {
    answer(FEED_URL, feed(['Good']), status(404), feed(['Good']));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    const changes = listen(client);
    await failureOf(client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }));
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    expect(changes.map(change => [change.updated, change.error?.kind ?? null])).toEqual([
      [false, 'http'],
      [false, null],
    ]);
    expect(client.peek(FEED_URL, parseJsonFeed)?.error).toBeNull();
  });

  it('and keeps it when a revalidation brings a body that does not parse', async () => {
    answer(FEED_URL, feed(['Good']), () => HttpResponse.text('garbage'));
    const client = new NewsClient();
    await client.get(FEED_URL, parseJsonFeed);
    expect(await failureOf(client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' }))).toMatchObject({ kind: 'parse' });
    expect(client.peek(FEED_URL, parseJsonFeed)).toMatchObject({ value: { items: [{ title: 'Good' }] }, error: { kind: 'parse' } });
  });

  it('but never keeps a failure as data: after one, the next call asks again', async () => {
    answer(FEED_URL, status(404), feed(['Found']));
    const client = new NewsClient();
    await failureOf(client.get(FEED_URL, parseJsonFeed));
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Found']);
  });
});

describe('NewsClient memory', () => {
  it('keeps at most cacheSize responses, evicting the least recently used', async () => {
    const urls = ['a', 'b', 'c'].map(name => `https://news.example/${name}.json`);
    for (const url of urls) answer(url, feed([url], { 'cache-control': 'max-age=600' }));
    const client = new NewsClient({ cacheSize: 2 });
    const [a, b, c] = urls;
    await client.get(a, parseJsonFeed);
    await client.get(b, parseJsonFeed);
    await client.get(a, parseJsonFeed);
    await client.get(c, parseJsonFeed);
    expect(seen.map(request => request.url)).toEqual([a, b, c]);
    await client.get(a, parseJsonFeed);
    expect(seen).toHaveLength(3);
    await client.get(b, parseJsonFeed);
    expect(seen.map(request => request.url)).toEqual([a, b, c, b]);
  });

  it('forgets everything on clear()', async () => {
    const storage = new MemoryStorage();
    answer(FEED_URL, feed(['Once'], { 'cache-control': 'max-age=600' }));
    const client = new NewsClient({ persist: storage });
    await client.get(FEED_URL, parseJsonFeed);
    client.clear();
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    expect(storage.length).toBe(0);
  });
});

describe('NewsClient persistence', () => {
  it('lets a reload show the last data before the network answers, then revalidate it', async () => {
    // The entry is stored on the faked clock too: an hour later by that clock, it is stale whatever today's date is.
    fakeTime();
    const storage = new MemoryStorage();
    answer(FEED_URL, feed(['From last visit'], { 'cache-control': 'max-age=60', etag: '"visit-1"' }));
    await new NewsClient({ persist: storage }).get(FEED_URL, parseJsonFeed);
    vi.advanceTimersByTime(3_600_000);

    const gate = deferred<void>();
    answer(FEED_URL, held(gate.promise, feed(['Today'])));
    const reloaded = new NewsClient({ persist: storage });
    const changes = listen(reloaded);
    expect(titles(await reloaded.get(FEED_URL, parseJsonFeed))).toEqual(['From last visit']);
    await until(() => seen.length === 2, 'the revalidation');
    expect(seen[1].headers.get('if-none-match')).toBe('"visit-1"');
    gate.resolve();
    await until(() => changes.length === 1, 'the change notice');
    expect(titles(reloaded.peek(FEED_URL, parseJsonFeed)!.value)).toEqual(['Today']);
    expect(titles(await new NewsClient({ persist: storage }).get(FEED_URL, parseJsonFeed))).toEqual(['Today']);
  });

  it('compares an answer with the persisted one when memory keeps nothing, so the same bytes tell nobody', async () => {
    const storage = new MemoryStorage();
    answer(FEED_URL, feed(['Unchanged']));
    const client = new NewsClient({ persist: storage, cacheSize: 0 });
    await client.get(FEED_URL, parseJsonFeed);
    const changes = listen(client);
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    expect(seen).toHaveLength(2);
    expect(changes).toEqual([]);
  });

  it('makes no request on a reload while the kept data is fresh', async () => {
    const storage = new MemoryStorage();
    answer(FEED_URL, feed(['Fresh enough'], { 'cache-control': 'max-age=600' }));
    await new NewsClient({ persist: storage }).get(FEED_URL, parseJsonFeed);
    expect(titles(await new NewsClient({ persist: storage }).get(FEED_URL, parseJsonFeed))).toEqual(['Fresh enough']);
    expect(seen).toHaveLength(1);
  });

  it('ignores a corrupt persisted entry and replaces it with the next answer', async () => {
    const storage = new MemoryStorage();
    storage.setItem(STORE_PREFIX + FEED_URL, '{"url": "https://news.example/feed.json", "checkedAt": "yesterday"}\n{"items": []}');
    answer(FEED_URL, feed(['Replaced']));
    const client = new NewsClient({ persist: storage });
    await client.ready();
    expect(client.peek(FEED_URL, parseJsonFeed)).toBeNull();
    expect(titles(await client.get(FEED_URL, parseJsonFeed))).toEqual(['Replaced']);
    const reloaded = new NewsClient({ persist: storage });
    await reloaded.ready();
    expect(titles(reloaded.peek(FEED_URL, parseJsonFeed)!.value)).toEqual(['Replaced']);
  });

  it('fetches afresh when a persisted body no longer parses', async () => {
    const storage = new MemoryStorage();
    answer(FEED_URL, () => new HttpResponse('not json at all'));
    await new NewsClient({ persist: storage }).get(FEED_URL, body => new TextDecoder().decode(body));
    answer(FEED_URL, feed(['Parsed']));
    expect(titles(await new NewsClient({ persist: storage }).get(FEED_URL, parseJsonFeed))).toEqual(['Parsed']);
    expect(seen).toHaveLength(2);
  });

  it('is off by default and then writes nothing', async () => {
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    answer(FEED_URL, feed(['Not kept']));
    await new NewsClient().get(FEED_URL, parseJsonFeed);
    expect(storage.length).toBe(0);
    vi.unstubAllGlobals();
  });

  it('with persist: true uses localStorage, and works without one', async () => {
    answer(FEED_URL, feed(['Stored']));
    const storage = new MemoryStorage();
    vi.stubGlobal('localStorage', storage);
    await new NewsClient({ persist: true }).get(FEED_URL, parseJsonFeed);
    expect(storage.getItem(STORE_PREFIX + FEED_URL)).toContain('Stored');
    vi.unstubAllGlobals();
    expect(typeof localStorage).toBe('undefined');
    expect(titles(await new NewsClient({ persist: true }).get(FEED_URL, parseJsonFeed))).toEqual(['Stored']);
  });
});

describe('NewsClient subscriptions', () => {
  it('stop when unsubscribed', async () => {
    answer(FEED_URL, feed(['One']), feed(['Two']));
    const client = new NewsClient();
    const heard: CacheChange[] = [];
    const unsubscribe = client.subscribe(FEED_URL, change => heard.push(change));
    await client.get(FEED_URL, parseJsonFeed);
    unsubscribe();
    await client.get(FEED_URL, parseJsonFeed, { cache: 'no-cache' });
    expect(heard).toHaveLength(1);
  });

  it('are told apart by address', async () => {
    answer(FEED_URL, feed(['Mine']));
    answer(OTHER_URL, feed(['Theirs']));
    const client = new NewsClient();
    const mine = listen(client, FEED_URL);
    await client.get(OTHER_URL, parseJsonFeed);
    expect(mine).toEqual([]);
  });

  it('keep working when one listener throws, whose error is still reported', async () => {
    answer(FEED_URL, feed(['News']));
    const reported = collectReportedErrors();
    const client = new NewsClient();
    client.subscribe(FEED_URL, () => {
      throw new Error('broken listener');
    });
    const heard = listen(client);
    await client.get(FEED_URL, parseJsonFeed);
    await until(() => reported.length > 0, 'the report');
    expect(heard).toHaveLength(1);
    expect(reported).toEqual([expect.objectContaining({ message: 'broken listener' })]);
  });
});

describe('configure and the shared client', () => {
  it('configure() refuses junk with a config error and keeps the settings it had', () => {
    const client = new NewsClient({ timeout: 5000 });
    expect(() => client.configure({ timeout: -1, retries: 1 })).toThrow(expect.objectContaining({ kind: 'config' }));
    expect(client.settings).toMatchObject({ timeout: 5000, retries: 3 });
  });

  it('getClient() is one page-wide client that configure() sets up and setClient() replaces', async () => {
    const shared = getClient();
    expect(getClient()).toBe(shared);
    const asked: string[] = [];
    configure({ fetch: async url => (asked.push(url), new Response(feedJson('Configured'))) });
    try {
      expect(titles(await getClient().get(FEED_URL, parseJsonFeed))).toEqual(['Configured']);
      expect(asked).toEqual([FEED_URL]);
      const replacement = new NewsClient();
      setClient(replacement);
      expect(getClient()).toBe(replacement);
    } finally {
      setClient(shared);
      configure({ fetch: null });
    }
  });
});
