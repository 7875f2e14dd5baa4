// The proxy and the server-rendered page as a Cloudflare Worker: examples/worker/worker.js, built with
// news-widgets/server from src/ (worker-build.ts), run in
// workerd through miniflare. The Worker's own fetch goes out through miniflare's outbound service to the same feed
// server on this machine as the Node tests.
import { readFile } from 'node:fs/promises';
import { Miniflare } from 'miniflare';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/index.js';
import { corpusDirectory, corpusFound } from '../../scripts/corpus.mjs';
import { deferred } from '../data/support.js';
import { ALLOWED, HOSTS, REDIRECTS, REFUSED } from './cases.js';
import { answer, redirect, rss, startUpstream, type Upstream } from './upstream.js';
import { buildWorker } from './worker-build.js';

const PROXY = 'https://proxy.test/feed';
const MAX_BYTES = 100_000;

let upstream: Upstream;
let workerd: Miniflare;
/** Requests of the Worker that the feed server never answers, let go at the end. */
const silent = deferred<void>();

beforeAll(async () => {
  upstream = await startUpstream();
  const script = await buildWorker();
  const outboundService = async (request: Request) => {
    if (new URL(request.url).pathname === '/silent.xml') await silent.promise;
    return upstream.fetch(request.url, { method: request.method, headers: Object.fromEntries(request.headers), redirect: 'manual' });
  };
  const worker = (name: string, bindings: Record<string, string>) => ({
    name,
    modules: true,
    script,
    compatibilityDate: '2026-07-01',
    bindings: { FEED_HOSTS: HOSTS.join(', '), PAGE_ORIGINS: 'https://portal.example', FEED_MAX_BYTES: String(MAX_BYTES), ...bindings },
    outboundService,
  });
  // Two Workers in one workerd, as two isolates of one data centre: the second waits only 100 ms for a feed.
  workerd = new Miniflare({ workers: [worker('proxy', { PAGE_FEED: 'https://news.example/front.xml' }), worker('impatient', { FEED_TIMEOUT: '100' })] });
  await workerd.ready;
});
afterEach(() => upstream.reset());
afterAll(async () => {
  silent.resolve();
  await workerd?.dispose();
  await upstream?.close();
});

const through = (address: string | null) => (address === null ? PROXY : `${PROXY}?url=${encodeURIComponent(address)}`);
/**
 * Asks a Worker as a reader's browser would, and reads the answer's body at once. The first Worker is asked the way
 * miniflare serves pages; the second through its handle, which refuses an Origin header (a guard of miniflare's).
 */
async function ask(address: string | null, init: RequestInit = {}, worker: 'proxy' | 'impatient' = 'proxy') {
  const url = through(address);
  // miniflare's types of workerd's objects are not the DOM's; the objects behave as the standard says.
  const dispatch = worker === 'proxy' ? workerd.dispatchFetch.bind(workerd) : ((await workerd.getWorker(worker)) as unknown as { fetch: typeof workerd.dispatchFetch }).fetch;
  const response = await dispatch(url, init as never);
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, text: new TextDecoder().decode(body) };
}

describe('refusals in workerd', () => {
  it.each(REFUSED.map(row => [row.name, row] as const))('refuses %s with its status and a one-line reason', async (_name, row) => {
    for (const [path, location] of Object.entries(REDIRECTS)) upstream.route(path, redirect(location));
    upstream.route('/feed.xml', answer(rss('Fine')));
    const { status, text } = await ask(row.address);
    expect(status).toBe(row.status);
    expect(text).toContain(row.reason);
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(upstream.received.every(({ host }) => host === 'news.example')).toBe(true);
  });

  it('refuses a page of an origin not listed', async () => {
    const { status, text } = await ask('https://news.example/feed.xml', { headers: { origin: 'https://thief.example' } });
    expect([status, text]).toEqual([403, 'Pages of https://thief.example may not use this proxy.\n']);
  });
});

describe('feeds through workerd', () => {
  it.each(ALLOWED.map(row => [row.name, row] as const))('asks for %s', async (_name, row) => {
    for (const [path, location] of Object.entries(REDIRECTS)) upstream.route(path, redirect(location));
    upstream.route('/feed.xml', answer(rss('Fine')));
    const { status, text } = await ask(row.address);
    expect([status, text]).toEqual([200, rss('Fine')]);
    expect(upstream.received.map(({ host }) => host)).toContain(row.host);
  });

  it('passes Content-Type, ETag, Last-Modified and Cache-Control unchanged, with CORS for a listed page', async () => {
    const headers = { 'content-type': 'text/xml; charset=windows-1251', etag: '"w1"', 'last-modified': 'Tue, 01 Dec 2026 10:00:00 GMT', 'cache-control': 'no-cache' };
    upstream.route('/feed.xml', answer(rss('Headers'), { ...headers, 'set-cookie': 'tracking=1' }));
    const response = await ask('https://news.example/feed.xml', { headers: { origin: 'https://portal.example' } });
    for (const [name, value] of Object.entries(headers)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
  });

  it.skipIf(!corpusFound)('reads a windows-1251 feed of the shared corpus right, byte for byte', async () => {
    const file = await readFile(`${corpusDirectory}/rss/node-feedparser-oren-ru-windows-1251.xml`);
    upstream.route('/oren.xml', answer(file, { 'content-type': 'text/xml; charset=windows-1251' }));
    const { body, headers } = await ask('https://news.example/oren.xml');
    expect(Buffer.compare(body, file)).toBe(0);
    const feed = parseFeed(body.buffer, { contentType: headers.get('content-type') ?? '' });
    expect(feed.items[0].title).toBe('В Бузулуке главные стройплощадки – детсад и Ледовый дворец');
  });
  if (!corpusFound) console.warn('../shared/corpus is absent: the workerd test of its windows-1251 feed is skipped.');

  it('cuts off a feed longer than its maxBytes and answers 502', async () => {
    upstream.route('/big.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      for (let piece = 0; piece < 20; piece++) response.write('x'.repeat(MAX_BYTES / 10));
      response.end();
    });
    const { status, text } = await ask('https://news.example/big.xml');
    expect([status, text]).toEqual([502, 'news.example sent more than 100000 bytes, the most this proxy passes on.\n']);
  });

  it('answers 504 when the feed never answers', async () => {
    const { status, text } = await ask('https://news.example/silent.xml', {}, 'impatient');
    expect([status, text]).toEqual([504, 'news.example did not answer within 0.1 s.\n']);
  });

  it('answers a conditional request with 304', async () => {
    upstream.route('/feed.xml', answer(rss('Validated'), { etag: '"v"' }));
    const { status, body } = await ask('https://news.example/feed.xml', { headers: { 'if-none-match': '"v"' } });
    expect([status, body.length]).toEqual([304, 0]);
  });
});

describe('caching in workerd', () => {
  it('asks the feed once for 50 readers arriving together', async () => {
    const release = deferred<void>();
    // Told by the feed server itself: workerd is another process, so no number of turns of this one is enough.
    const asked = deferred<void>();
    upstream.route('/busy.xml', (request, response) => {
      asked.resolve();
      void release.promise.then(() => answer(rss('Everyone'), { 'cache-control': 'max-age=300' })(request, response));
    });
    const readers = Array.from({ length: 50 }, () => ask('https://news.example/busy.xml'));
    await asked.promise;
    release.resolve();
    const answers = await Promise.all(readers);
    expect(answers.map(({ status }) => status)).toEqual(Array(50).fill(200));
    expect(new Set(answers.map(({ text }) => text))).toEqual(new Set([rss('Everyone')]));
    expect(upstream.received).toHaveLength(1);
  });

  it('keeps a fresh answer in the Cache API, where another isolate of the same place finds it', async () => {
    upstream.route('/kept.xml', answer(rss('Kept'), { 'cache-control': 'max-age=300', etag: '"k"' }));
    await ask('https://news.example/kept.xml');
    const cache = await ((await workerd.getCaches()) as unknown as CacheStorage).open('news-widgets-proxy');
    const stored = await cache.match(`https://proxy.test/news-widgets-proxy?url=${encodeURIComponent('https://news.example/kept.xml')}`);
    expect(await stored?.text()).toBe(rss('Kept'));
    const other = await ask('https://news.example/kept.xml', {}, 'impatient');
    expect([other.status, other.text, other.headers.get('cache-control'), other.headers.get('etag')]).toEqual([200, rss('Kept'), 'max-age=300', '"k"']);
    expect(upstream.received).toHaveLength(1);
  });

  it('asks the feed every time for an answer with no-store', async () => {
    upstream.route('/private.xml', answer(rss('Not kept'), { 'cache-control': 'no-store' }));
    await ask('https://news.example/private.xml');
    await ask('https://news.example/private.xml');
    expect(upstream.received).toHaveLength(2);
  });
});

describe('the page of the Worker', () => {
  it('draws its headlines on the server from a feed read through its own proxy, whose cache then answers readers', async () => {
    const titles = ['Trams return to the river line', 'Bakers of the old town share one oven'];
    upstream.route('/front.xml', answer(rss(...titles), { 'cache-control': 'max-age=300' }));
    const response = await workerd.dispatchFetch('https://proxy.test/');
    const html = await response.text();
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html).toContain('<news-list src="/feed?url=https%3A%2F%2Fnews.example%2Ffront.xml" limit="8" heading="Headlines" state="ready"><template shadowrootmode="open">');
    for (const title of titles) expect(html).toContain(title);
    expect(html).toContain('<script type="application/json" id="news-widgets-data">');
    expect(upstream.received.map(({ path }) => path)).toEqual(['/front.xml']);
    // A reader's browser asking the proxy for the same feed gets the answer the page was drawn from, from the cache.
    const reader = await ask('https://news.example/front.xml');
    expect([reader.status, reader.text]).toEqual([200, rss(...titles)]);
    expect(upstream.received).toHaveLength(1);
  });

  it('serves no page without a PAGE_FEED, only the proxy', async () => {
    const response = await ((await workerd.getWorker('impatient')) as unknown as { fetch: typeof workerd.dispatchFetch }).fetch('https://proxy.test/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('/feed?url=');
  });
});
