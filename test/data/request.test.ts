import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { request } from '../../src/data/request.js';
import { failureOf, mockNetwork, until } from './support.js';

const URL = 'https://news.example/feed.json';
const { server, seen } = mockNetwork();

const text = (body: ArrayBuffer) => new TextDecoder().decode(body);

describe('request', () => {
  it('returns the raw body with the final address, the content type and the headers', async () => {
    server.use(http.get(URL, () => new HttpResponse('{"items":[]}', { headers: { 'content-type': 'application/feed+json', etag: '"1"' } })));
    const result = await request(URL, { timeout: 10_000 });
    expect(text(result.body)).toBe('{"items":[]}');
    expect(result).toMatchObject({ notModified: false, url: URL, contentType: 'application/feed+json' });
    expect(result.headers.get('etag')).toBe('"1"');
  });

  it('asks for feed types and sends no validators it was not given', async () => {
    server.use(http.get(URL, () => HttpResponse.json({})));
    await request(URL, { timeout: 10_000 });
    expect(seen[0].headers.get('accept')).toContain('application/feed+json');
    expect(seen[0].headers.has('if-none-match') || seen[0].headers.has('if-modified-since')).toBe(false);
  });

  it('sends the validators it is given, and reports a 304 as not modified', async () => {
    server.use(http.get(URL, () => new HttpResponse(null, { status: 304 })));
    const result = await request(URL, { timeout: 10_000, validators: { etag: '"abc"', lastModified: 'Fri, 27 Nov 2026 10:00:00 GMT' } });
    expect(seen[0].headers.get('if-none-match')).toBe('"abc"');
    expect(seen[0].headers.get('if-modified-since')).toBe('Fri, 27 Nov 2026 10:00:00 GMT');
    expect(result.notModified).toBe(true);
    expect(result.body.byteLength).toBe(0);
  });

  it('takes a 304 it did not ask for as an http error', async () => {
    server.use(http.get(URL, () => new HttpResponse(null, { status: 304 })));
    expect(await failureOf(request(URL, { timeout: 10_000 }))).toMatchObject({ kind: 'http', status: 304 });
  });

  it('has the browser revalidate its own cache when asked to revalidate without validators', async () => {
    const inits: (RequestInit | undefined)[] = [];
    const fetch = async (_: string, init?: RequestInit) => {
      inits.push(init);
      return new Response('{}');
    };
    await request(URL, { timeout: 10_000, fetch, revalidate: true });
    await request(URL, { timeout: 10_000, fetch, revalidate: true, validators: { etag: '"1"', lastModified: null } });
    await request(URL, { timeout: 10_000, fetch });
    expect(inits.map(init => init?.cache)).toEqual(['no-cache', undefined, undefined]);
  });

  it('reports an error status as an http error with the status, the address and a sentence', async () => {
    server.use(http.get(URL, () => new HttpResponse('Not here', { status: 404 })));
    const error = await failureOf(request(URL, { timeout: 10_000 }));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ kind: 'http', status: 404, url: URL, message: `${URL} responded with a status of 404.` });
  });

  it('reads Retry-After of an error answer, in seconds or as a date', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-27T12:00:00Z') });
    server.use(http.get(URL, () => new HttpResponse(null, { status: 429, headers: { 'retry-after': '2' } })));
    expect(await failureOf(request(URL, { timeout: 10_000 }))).toMatchObject({ status: 429, retryAfter: 2000 });
    server.use(http.get(URL, () => new HttpResponse(null, { status: 503, headers: { 'retry-after': 'Fri, 27 Nov 2026 12:00:07 GMT' } })));
    expect(await failureOf(request(URL, { timeout: 10_000 }))).toMatchObject({ status: 503, retryAfter: 7000 });
  });

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get(URL, () => HttpResponse.error()));
    expect(await failureOf(request(URL, { timeout: 10_000 }))).toMatchObject({ kind: 'network', message: `Could not reach ${URL}: the network request failed.` });
  });

  it('reports a body cut short as a network error', async () => {
    server.use(
      http.get(URL, () => {
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"items": ['));
            controller.error(new Error('connection reset'));
          },
        });
        return new HttpResponse(stream, { headers: { 'content-type': 'application/json' } });
      }),
    );
    expect(await failureOf(request(URL, { timeout: 10_000 }))).toMatchObject({ kind: 'network', message: `The response from ${URL} ended before it was complete.` });
  });

  it('fails as a timeout when no answer comes in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get(URL, () => new Promise<Response>(() => {})));
    let settled = false;
    const failure = failureOf(request(URL, { timeout: 10_000 })).finally(() => (settled = true));
    await until(() => seen.length === 1, 'the request');
    await vi.advanceTimersByTimeAsync(9_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await failure).toMatchObject({ kind: 'timeout', url: URL, message: `${URL} did not answer within 10 seconds.` });
  });

  it('times out even through a fetch hook that ignores its signal', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const failure = failureOf(request(URL, { timeout: 500, fetch: () => new Promise<Response>(() => {}) }));
    await vi.advanceTimersByTimeAsync(500);
    expect(await failure).toMatchObject({ kind: 'timeout' });
  });

  it('rejects with an AbortError, never a FeedError, when its signal aborts', async () => {
    server.use(http.get(URL, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const failure = failureOf(request(URL, { timeout: 10_000, signal: controller.signal }));
    controller.abort();
    const error = await failure;
    expect(error).not.toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get(URL, () => HttpResponse.json({})));
    await request(URL, { timeout: 10_000 });
    server.use(http.get(URL, () => new HttpResponse(null, { status: 500 })));
    await failureOf(request(URL, { timeout: 10_000 }));
    expect(vi.getTimerCount()).toBe(0);
  });
});
