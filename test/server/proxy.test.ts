// createFeedProxy in Node, against a feed server on this machine: what it refuses, what it passes on and how often
// it asks the feed.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { feedParser, NewsClient, parseFeed } from '../../src/data/index.js';
import { createFeedProxy, type FeedProxyOptions } from '../../src/server/index.js';
import { corpusDirectory, corpusFound } from '../../scripts/corpus.mjs';
import { deferred } from '../data/support.js';
import { ALLOWED, HOSTS, REDIRECTS, REFUSED, through } from './cases.js';
import { answer, redirect, rss, startUpstream, type Upstream } from './upstream.js';

let upstream: Upstream;
beforeAll(async () => {
  upstream = await startUpstream();
});
afterEach(() => upstream.reset());
afterAll(() => upstream.close());

const proxyWith = (options: Partial<FeedProxyOptions> = {}) => createFeedProxy({ hosts: HOSTS, fetch: upstream.fetch, ...options });
const ask = (proxy: ReturnType<typeof proxyWith>, address: string | null, init?: RequestInit) => proxy(new Request(through(address), init));

/** Windows-1251 bytes of a Russian text (Ё, ё and the letters А to я). */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, char => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === 'Ё') return 0xa8;
    if (char === 'ё') return 0xb8;
    throw new Error(`${char} is not in this test's windows-1251 table`);
  });
}

describe('refusals', () => {
  it.each(REFUSED.map(row => [row.name, row] as const))('refuses %s with its status and a one-line reason, asking no feed', async (_name, row) => {
    for (const [path, location] of Object.entries(REDIRECTS)) upstream.route(path, redirect(location));
    upstream.route('/feed.xml', answer(rss('Fine')));
    const response = await ask(proxyWith(), row.address);
    const reason = await response.text();
    expect(response.status).toBe(row.status);
    expect(reason).toContain(row.reason);
    expect(reason.trimEnd().split('\n')).toHaveLength(1);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    // A redirect row asks only the listed feed that redirected; no row ever reaches a refused address.
    expect(upstream.received.every(({ host }) => host === 'news.example')).toBe(true);
  });

  it('the table holds at least 30 refused addresses', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
  });

  it('refuses a method other than GET and HEAD with 405 and the methods it takes', async () => {
    const response = await ask(proxyWith(), 'https://news.example/feed.xml', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.text()).toBe('POST is not proxied, only GET and HEAD.\n');
    expect(upstream.received).toHaveLength(0);
  });

  it('answers 502 with the host named when the feed cannot be reached', async () => {
    const proxy = createFeedProxy({ hosts: HOSTS, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const response = await ask(proxy, 'https://news.example/feed.xml');
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('news.example could not be reached.\n');
  });

  it.each([
    ['no options', undefined, 'options with a list of hosts'],
    ['an empty list', { hosts: [] }, 'an empty list would proxy nothing'],
    ['a bare *', { hosts: ['*'] }, '"*" in hosts is neither a host name'],
    ['a URL instead of a name', { hosts: ['https://news.example/'] }, 'neither a host name'],
    ['a loopback address', { hosts: ['127.0.0.1'] }, 'is a loopback address, which is never proxied'],
    ['localhost', { hosts: ['localhost:8080'] }, 'the machine itself'],
    ['a private range by pattern', { hosts: ['*.localhost'] }, 'the machine itself'],
    ['an origin with a path', { hosts: ['news.example'], origins: ['https://portal.example/page'] }, 'is not an origin'],
    ['a size of 0', { hosts: ['news.example'], maxBytes: 0 }, 'maxBytes must be a positive number'],
  ])('refuses to start with %s', (_name, options, message) => {
    expect(() => createFeedProxy(options as FeedProxyOptions)).toThrow(message);
  });
});

describe('what is asked', () => {
  it.each(ALLOWED.map(row => [row.name, row] as const))('asks for %s', async (_name, row) => {
    for (const [path, location] of Object.entries(REDIRECTS)) upstream.route(path, redirect(location));
    upstream.route('/feed.xml', answer(rss('Fine')));
    const response = await ask(proxyWith(), row.address);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(rss('Fine'));
    expect(upstream.received.map(({ host }) => host)).toContain(row.host);
  });

  it('asks for the feed with its query and without its fragment', async () => {
    upstream.route('/feed.xml?b=2&a=1', answer(rss('Query kept')));
    const response = await ask(proxyWith(), 'https://news.example/feed.xml?b=2&a=1#top');
    expect(await response.text()).toBe(rss('Query kept'));
  });

  it('sends the feed neither the reader\'s cookies nor their credentials', async () => {
    upstream.route('/feed.xml', answer(rss('Plain')));
    await ask(proxyWith(), 'https://news.example/feed.xml', { headers: { cookie: 'session=1', authorization: 'Bearer x', referer: 'https://portal.example/' } });
    const [{ headers }] = upstream.received;
    expect([headers.cookie, headers.authorization, headers.referer]).toEqual([undefined, undefined, undefined]);
    expect(headers.accept).toContain('application/rss+xml');
  });
});

describe('what is passed on', () => {
  it('passes Content-Type unchanged with ETag, Last-Modified and Cache-Control, and nothing else of the feed\'s', async () => {
    const headers = {
      'content-type': 'text/xml;charset=Windows-1251',
      etag: 'W/"v7"',
      'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT',
      'cache-control': 'public, max-age=120',
      'set-cookie': 'tracking=1',
      'x-powered-by': 'Feeds 1.0',
    };
    upstream.route('/feed.xml', answer(rss('Headers'), headers));
    const response = await ask(proxyWith(), 'https://news.example/feed.xml');
    expect(response.headers.get('content-type')).toBe('text/xml;charset=Windows-1251');
    expect(response.headers.get('etag')).toBe('W/"v7"');
    expect(response.headers.get('last-modified')).toBe('Tue, 01 Dec 2026 10:00:00 GMT');
    expect(response.headers.get('cache-control')).toBe('public, max-age=120');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Someone else's bytes on the proxy's origin must never run as a page of it.
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('passes an error status of the feed with its body', async () => {
    upstream.route('/gone.xml', answer('Gone for good', { 'content-type': 'text/plain' }, 410));
    const response = await ask(proxyWith(), 'https://news.example/gone.xml');
    expect(response.status).toBe(410);
    expect(await response.text()).toBe('Gone for good');
  });

  it('answers HEAD with the headers and no body', async () => {
    upstream.route('/feed.xml', answer(rss('Head'), { etag: '"h"' }));
    const response = await ask(proxyWith(), 'https://news.example/feed.xml', { method: 'HEAD' });
    expect([response.status, response.headers.get('etag'), await response.text()]).toEqual([200, '"h"', '']);
  });

  describe('a windows-1251 feed reads right through the proxy', () => {
    // Capitals only: in windows-1251 they sit where KOI8-R keeps its lower case, so without the charset the
    // parser's guess would read the bytes as KOI8-R. Only the Content-Type passed through can set it right.
    const title = 'ТРАМВАЙ ИДЁТ ПО НОВОМУ МАРШРУТУ';
    const bytes = windows1251(`<?xml version="1.0"?><rss version="2.0"><channel><title>Лента</title><item><title>${title}</title><link>https://news.example/1</link></item></channel></rss>`);

    it('a feed of our own, whose charset only its Content-Type states', async () => {
      upstream.route('/ru.xml', answer(bytes, { 'content-type': 'application/rss+xml; charset=windows-1251' }));
      const client = new NewsClient({ proxy: 'https://proxy.test/?url={url}', fetch: (url, init) => proxyWith()(new Request(url, init)), retries: 0 });
      const feed = await client.get('https://news.example/ru.xml', feedParser());
      expect(feed.items[0].title).toBe(title);
      // The same bytes without the header read otherwise: the test would see a proxy that drops it.
      expect(parseFeed(bytes.slice().buffer, { contentType: 'application/rss+xml' }).items[0].title).not.toBe(title);
    });

    it.skipIf(!corpusFound)('a real one from the shared corpus (oren.ru), byte for byte', async () => {
      const file = await readFile(`${corpusDirectory}/rss/node-feedparser-oren-ru-windows-1251.xml`);
      const expected = JSON.parse(await readFile(`${corpusDirectory}/expected.json`, 'utf8')).files['rss/node-feedparser-oren-ru-windows-1251.xml'];
      upstream.route('/oren.xml', answer(file, { 'content-type': 'text/xml; charset=windows-1251' }));
      const response = await ask(proxyWith(), 'https://news.example/oren.xml');
      const body = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.compare(body, file)).toBe(0);
      const feed = parseFeed(body.buffer, { contentType: response.headers.get('content-type') ?? '', url: 'https://news.example/oren.xml' });
      expect(feed.items).toHaveLength(expected.item_count);
      expect(feed.items[0].title).toBe(expected.first_item.title);
    });
    if (!corpusFound) console.warn('../shared/corpus is absent: the proxy test of its windows-1251 feed is skipped.');
  });
});

describe('limits', () => {
  it('cuts off a feed longer than maxBytes and answers 502', async () => {
    upstream.route('/big.xml', (_request, response) => {
      // Sent in pieces without a Content-Length: the proxy must count what arrives.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      for (let piece = 0; piece < 20; piece++) response.write('x'.repeat(100));
      response.end();
    });
    const response = await ask(proxyWith({ maxBytes: 1000 }), 'https://news.example/big.xml');
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('news.example sent more than 1000 bytes, the most this proxy passes on.\n');
  });

  it('refuses a feed whose Content-Length is over maxBytes without reading it', async () => {
    upstream.route('/declared.xml', answer('x'.repeat(2000)));
    const response = await ask(proxyWith({ maxBytes: 1000 }), 'https://news.example/declared.xml');
    expect(response.status).toBe(502);
  });

  it('passes a feed of exactly maxBytes', async () => {
    upstream.route('/exact.xml', answer('x'.repeat(1000)));
    const response = await ask(proxyWith({ maxBytes: 1000 }), 'https://news.example/exact.xml');
    expect([response.status, (await response.text()).length]).toEqual([200, 1000]);
  });

  it('answers 504 when the feed never answers, and lets the feed go', async () => {
    const closed = deferred<void>();
    upstream.route('/silent.xml', request => request.on('close', () => closed.resolve()));
    const response = await ask(proxyWith({ timeout: 50 }), 'https://news.example/silent.xml');
    expect(response.status).toBe(504);
    expect(await response.text()).toBe('news.example did not answer within 0.05 s.\n');
    await closed.promise;
  });

  it('answers 504 when the body stops halfway', async () => {
    upstream.route('/stalled.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.write('<rss><channel>');
    });
    const response = await ask(proxyWith({ timeout: 50 }), 'https://news.example/stalled.xml');
    expect(response.status).toBe(504);
  });
});

describe('conditional requests', () => {
  const validated = answer(rss('Validated'), { etag: '"abc"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT', 'cache-control': 'max-age=60' });

  it.each([
    ['a matching If-None-Match', 304, { 'if-none-match': '"abc"' }],
    ['a weak If-None-Match among others', 304, { 'if-none-match': '"x", W/"abc"' }],
    ['If-None-Match: *', 304, { 'if-none-match': '*' }],
    ['another ETag', 200, { 'if-none-match': '"old"' }],
    ['If-Modified-Since at the last change', 304, { 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' }],
    ['If-Modified-Since before it', 200, { 'if-modified-since': 'Tue, 01 Dec 2026 09:59:59 GMT' }],
    ['an ETag that does not match, whatever If-Modified-Since says', 200, { 'if-none-match': '"old"', 'if-modified-since': 'Tue, 01 Dec 2026 10:00:00 GMT' }],
  ])('answers %s with %i', async (_name, status, headers) => {
    upstream.route('/feed.xml', validated);
    const response = await ask(proxyWith(), 'https://news.example/feed.xml', { headers });
    expect(response.status).toBe(status);
    expect(response.headers.get('etag')).toBe('"abc"');
    expect((await response.text()).length > 0).toBe(status === 200);
  });
});

describe('CORS', () => {
  it('allows a listed page origin, and only that one, to read the answer', async () => {
    upstream.route('/feed.xml', answer(rss('Shared')));
    const proxy = proxyWith({ origins: ['https://portal.example'] });
    const listed = await ask(proxy, 'https://news.example/feed.xml', { headers: { origin: 'https://portal.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(listed.headers.get('access-control-expose-headers')).toBe('etag, age');
    expect(listed.headers.get('vary')).toBe('origin');
    const other = await ask(proxy, 'https://news.example/feed.xml', { headers: { origin: 'https://thief.example' } });
    expect(other.status).toBe(403);
    expect(await other.text()).toBe('Pages of https://thief.example may not use this proxy.\n');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows every page with origins: "*"', async () => {
    upstream.route('/feed.xml', answer(rss('Open to pages')));
    const response = await ask(proxyWith({ origins: '*' }), 'https://news.example/feed.xml', { headers: { origin: 'https://anyone.example' } });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
  });

  it('serves pages of its own origin without a list', async () => {
    upstream.route('/feed.xml', answer(rss('Same origin')));
    const response = await ask(proxyWith(), 'https://news.example/feed.xml', { headers: { origin: 'https://proxy.test' } });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([200, null]);
  });

  it('answers a preflight for a listed origin with the methods and validators it takes', async () => {
    const response = await ask(proxyWith({ origins: ['https://portal.example'] }), 'https://news.example/feed.xml', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    expect(response.headers.get('access-control-allow-headers')).toBe('if-none-match, if-modified-since');
    expect(upstream.received).toHaveLength(0);
  });

  it('gives refusals the CORS headers too, so a listed page can read why', async () => {
    const response = await ask(proxyWith({ origins: ['https://portal.example'] }), 'http://127.0.0.1/feed.xml', { headers: { origin: 'https://portal.example' } });
    expect([response.status, response.headers.get('access-control-allow-origin')]).toEqual([403, 'https://portal.example']);
  });
});

describe('caching', () => {
  it('asks the feed once for 50 readers arriving together, and answers them all', async () => {
    const release = deferred<void>();
    upstream.route('/busy.xml', (_request, response) => {
      void release.promise.then(() => answer(rss('Everyone'), { 'cache-control': 'max-age=300' })(_request, response));
    });
    const proxy = proxyWith();
    const readers = Array.from({ length: 50 }, () => ask(proxy, 'https://news.example/busy.xml'));
    await upstream.receivedWhen(() => true);
    release.resolve();
    const answers = await Promise.all(readers);
    expect(answers.map(response => response.status)).toEqual(Array(50).fill(200));
    expect(new Set(await Promise.all(answers.map(response => response.text())))).toEqual(new Set([rss('Everyone')]));
    expect(upstream.received).toHaveLength(1);
    // A reader after them finds the answer kept.
    await ask(proxy, 'https://news.example/busy.xml');
    expect(upstream.received).toHaveLength(1);
  });

  it('serves a fresh answer from the cache with its Age, even when the feed has gone down since', async () => {
    upstream.route('/fresh.xml', answer(rss('Kept'), { 'cache-control': 'max-age=300', etag: '"k"' }));
    const proxy = proxyWith();
    await ask(proxy, 'https://news.example/fresh.xml');
    upstream.route('/fresh.xml', answer('down', {}, 503));
    const again = await ask(proxy, 'https://news.example/fresh.xml');
    expect([again.status, await again.text(), again.headers.get('cache-control')]).toEqual([200, rss('Kept'), 'max-age=300']);
    expect(Number(again.headers.get('age'))).toBeGreaterThanOrEqual(0);
    expect(upstream.received).toHaveLength(1);
  });

  /** How many times the feed is asked when two readers come one after the other for an answer with `headers`. */
  async function askedForTwoReaders(headers: Record<string, string>, options: Partial<FeedProxyOptions> = {}): Promise<number> {
    upstream.route('/feed.xml', answer(rss('Twice?'), headers));
    const proxy = proxyWith(options);
    await ask(proxy, 'https://news.example/feed.xml');
    await ask(proxy, 'https://news.example/feed.xml');
    return upstream.received.length;
  }

  it.each([
    ['no-store', 'no-store, max-age=300'],
    ['private', 'private, max-age=300'],
    ['max-age=0', 'max-age=0'],
  ])('asks the feed every time for an answer with %s', async (_name, cacheControl) => {
    expect(await askedForTwoReaders({ 'cache-control': cacheControl })).toBe(2);
  });

  it('asks the feed every time for an answer that states no freshness', async () => {
    expect(await askedForTwoReaders({})).toBe(2);
  });

  it('keeps an answer for its s-maxage, which a shared cache reads before max-age', async () => {
    expect(await askedForTwoReaders({ 'cache-control': 'max-age=0, s-maxage=300' })).toBe(1);
  });

  it('keeps nothing with cache: "none"', async () => {
    expect(await askedForTwoReaders({ 'cache-control': 'max-age=300' }, { cache: 'none' })).toBe(2);
  });

  it('serves the feed when the runtime\'s Cache API fails, as a cache that misses', async () => {
    vi.stubGlobal('caches', { open: () => Promise.reject(new Error('The Cache API is switched off here.')) });
    try {
      expect(await askedForTwoReaders({ 'cache-control': 'max-age=300' })).toBe(2);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('lets a reader leave without cancelling the feed for the others, and lets the feed go when the last one leaves', async () => {
    const release = deferred<void>();
    upstream.route('/slow.xml', (request, response) => {
      void release.promise.then(() => answer(rss('Worth the wait'))(request, response));
    });
    const proxy = proxyWith();
    const leaving = new AbortController();
    const left = ask(proxy, 'https://news.example/slow.xml', { signal: leaving.signal });
    const staying = ask(proxy, 'https://news.example/slow.xml');
    await upstream.receivedWhen(() => true);
    leaving.abort();
    await left;
    release.resolve();
    const response = await staying;
    expect([response.status, await response.text()]).toEqual([200, rss('Worth the wait')]);

    const alone = new AbortController();
    const gone = deferred<void>();
    upstream.route('/never.xml', request => request.on('close', () => gone.resolve()));
    const lonely = ask(proxy, 'https://news.example/never.xml', { signal: alone.signal });
    await upstream.receivedWhen(path => path === '/never.xml');
    alone.abort();
    await lonely;
    await gone.promise;
  });

  it('forgets the least recently used answers beyond cacheBytes', async () => {
    for (const name of ['a', 'b', 'c']) upstream.route(`/${name}.xml`, answer('x'.repeat(400), { 'cache-control': 'max-age=300' }));
    const proxy = proxyWith({ cacheBytes: 1000 });
    for (const name of ['a', 'b', 'a', 'c', 'a', 'b']) await ask(proxy, `https://news.example/${name}.xml`);
    // a, b kept; a read; c pushes out b, the least recently used; a is kept, b asked again.
    expect(upstream.received.map(({ path }) => path)).toEqual(['/a.xml', '/b.xml', '/c.xml', '/b.xml']);
  });

  describe('after its freshness', () => {
    afterEach(() => vi.useRealTimers());

    it('asks the feed again with its validators, and a 304 renews the kept answer', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      upstream.route('/feed.xml', answer(rss('Renewed'), { etag: '"r1"', 'cache-control': 'max-age=60' }));
      const proxy = proxyWith();
      await ask(proxy, 'https://news.example/feed.xml');
      vi.setSystemTime(Date.now() + 61_000);
      upstream.route('/feed.xml', (request, response) => {
        response.writeHead(request.headers['if-none-match'] === '"r1"' ? 304 : 500, { 'cache-control': 'max-age=120' }).end();
      });
      const renewed = await ask(proxy, 'https://news.example/feed.xml');
      expect([renewed.status, await renewed.text(), renewed.headers.get('cache-control')]).toEqual([200, rss('Renewed'), 'max-age=120']);
      vi.setSystemTime(Date.now() + 100_000);
      await ask(proxy, 'https://news.example/feed.xml');
      expect(upstream.received).toHaveLength(2);
    });
  });
});
