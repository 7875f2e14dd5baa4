import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NewsClient } from '../../src/data/client.js';
import { FeedError } from '../../src/data/errors.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';

const FEED_URL = 'https://news.example/feed.json';
const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'Example', items: [{ id: '1', title: 'Hello', url: '/hello' }] };

let requests = 0;
const server = setupServer();
server.events.on('request:start', () => {
  requests += 1;
});

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests = 0;
});
afterAll(() => server.close());

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('NewsClient.get', () => {
  it('fetches a feed and parses it against the response address', async () => {
    server.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
    const result = await new NewsClient().get(FEED_URL, parseJsonFeed);
    expect(result.items[0]).toMatchObject({ title: 'Hello', url: 'https://news.example/hello' });
  });

  it('reports an HTTP failure as an http error with the status and address', async () => {
    server.use(http.get(FEED_URL, () => new HttpResponse('boom', { status: 500 })));
    const error = await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed));
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ kind: 'http', status: 500, url: FEED_URL });
    expect((error as Error).message).toBe(`${FEED_URL} responded with a status of 500.`);
  });

  it('reports a body that is not a feed as a parse error', async () => {
    server.use(http.get(FEED_URL, () => HttpResponse.text('{"items": [')));
    expect(await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'parse' });
  });

  it('reports an unreachable server as a network error', async () => {
    server.use(http.get(FEED_URL, () => HttpResponse.error()));
    expect(await failureOf(new NewsClient().get(FEED_URL, parseJsonFeed))).toMatchObject({ kind: 'network' });
  });

  it('rejects an aborted request with an AbortError, never a FeedError', async () => {
    server.use(http.get(FEED_URL, () => new Promise<Response>(() => {})));
    const controller = new AbortController();
    const pending = new NewsClient().get(FEED_URL, parseJsonFeed, { signal: controller.signal });
    controller.abort();
    const error = await failureOf(pending);
    expect(error).not.toBeInstanceOf(FeedError);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'not a url'])('refuses %j as a config error without a request', async src => {
    const error = await failureOf(new NewsClient().get(src, parseJsonFeed));
    expect(error).toMatchObject({ kind: 'config' });
    expect(requests).toBe(0);
  });

  it('uses the fetch hook it is given', async () => {
    const seen: string[] = [];
    const client = new NewsClient({
      fetch: async url => {
        seen.push(url);
        return Response.json(feed);
      },
    });
    await client.get(FEED_URL, parseJsonFeed);
    expect(seen).toEqual([FEED_URL]);
    expect(requests).toBe(0);
  });
});
