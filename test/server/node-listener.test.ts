// examples/node-proxy: the proxy served by node:http, asked over HTTP as a reader's browser asks it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { nodeListener } from '../../examples/node-proxy/node-listener.mjs';
import { createFeedProxy } from '../../src/server/index.js';
import { HOSTS } from './cases.js';
import { answer, rss, startUpstream, type Upstream } from './upstream.js';

let upstream: Upstream;
let server: Server;
let base: string;

beforeAll(async () => {
  upstream = await startUpstream();
  server = createServer(nodeListener(createFeedProxy({ hosts: HOSTS, origins: ['https://portal.example'], fetch: upstream.fetch })));
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
  await upstream.close();
});

const through = (address: string) => `${base}?url=${encodeURIComponent(address)}`;

it('answers a feed over HTTP with its bytes, its headers and CORS for a listed page', async () => {
  upstream.route('/feed.xml', answer(rss('Over HTTP'), { etag: '"n"', 'cache-control': 'max-age=60' }));
  const response = await fetch(through('https://news.example/feed.xml'), { headers: { origin: 'https://portal.example' } });
  expect(response.status).toBe(200);
  expect(await response.text()).toBe(rss('Over HTTP'));
  expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
  expect(response.headers.get('etag')).toBe('"n"');
  expect(response.headers.get('access-control-allow-origin')).toBe('https://portal.example');
});

it('answers a refusal over HTTP with its status and reason', async () => {
  const response = await fetch(through('http://169.254.169.254/latest/meta-data/'));
  expect([response.status, await response.text()]).toEqual([403, '169.254.169.254 is a link-local address, which this proxy never asks.\n']);
});

it('answers a conditional request over HTTP with 304 and no body', async () => {
  upstream.route('/kept.xml', answer(rss('Kept'), { etag: '"k"', 'cache-control': 'max-age=60' }));
  const response = await fetch(through('https://news.example/kept.xml'), { headers: { 'if-none-match': '"k"' } });
  expect([response.status, await response.text()]).toEqual([304, '']);
});
