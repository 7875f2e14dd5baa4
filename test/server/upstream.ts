// A feed server on this machine for the proxy's tests, and a fetch that takes the listed test host names there.
// The proxy refuses loopback addresses (as it must), so the tests name feeds by public-looking names
// (news.example, a.feeds.example) and this fetch plays the part of DNS, like a deployer's own `fetch` would.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** One request the feed server received: the host name the proxy asked for, the path and the headers. */
export interface Received {
  host: string;
  path: string;
  headers: IncomingMessage['headers'];
}

export interface Upstream {
  /** Every request received, in order. */
  received: Received[];
  /** Answers `path` (with its query) by `route` until `reset()`. */
  route(path: string, route: Route): void;
  reset(): void;
  /** Resolves once a request whose path `matches` has been received (at once if one was). */
  receivedWhen(matches: (path: string) => boolean): Promise<void>;
  /** The proxy's upstream fetch: every host goes to this server, its name kept in a header for `received`. */
  fetch(url: string, init: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export async function startUpstream(): Promise<Upstream> {
  const routes = new Map<string, Route>();
  const received: Received[] = [];
  const waiting = new Set<{ matches: (path: string) => boolean; resolve: () => void }>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    received.push({ host: String(request.headers['x-asked-host']), path, headers: request.headers });
    for (const wait of waiting) {
      if (!wait.matches(path)) continue;
      waiting.delete(wait);
      wait.resolve();
    }
    const route = routes.get(path);
    if (route) route(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('no such feed');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    route: (path, route) => void routes.set(path, route),
    reset() {
      routes.clear();
      received.length = 0;
    },
    receivedWhen: matches =>
      received.some(({ path }) => matches(path)) ? Promise.resolve() : new Promise<void>(resolve => void waiting.add({ matches, resolve })),
    fetch(url, init) {
      const asked = new URL(url);
      const local = new URL(`${asked.pathname}${asked.search}`, `http://127.0.0.1:${port}`);
      return fetch(local, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-asked-host': asked.host } });
    },
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 feed with one item per title. */
export function rss(...titles: string[]): string {
  const items = titles.map((title, index) => `<item><title>${title}</title><link>https://news.example/${index}</link></item>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>${items}</channel></rss>`;
}

/** A route answering `body` with `headers` (a feed's content type unless told otherwise). */
export const answer =
  (body: string | Uint8Array, headers: Record<string, string> = {}, status = 200): Route =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/rss+xml; charset=utf-8', ...headers });
    response.end(body);
  };

/** A route answering with a redirect to `location`. */
export const redirect =
  (location: string, status = 302): Route =>
  (_request, response) => {
    response.writeHead(status, { location }).end();
  };
