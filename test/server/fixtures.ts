// A feed server for the server-rendering tests in Node and Chromium, on a free port of its own (feeds.ts answers).
import { createServer, type Server, type ServerResponse } from 'node:http';
import { answerFeed } from './feeds.js';

export { ARTICLE, pageMarkup, STORIES, WEATHER } from './feeds.js';

/** Every request the server answered, by path. */
export interface FeedServer {
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

/** Starts a server on a free port of 127.0.0.1; `page` answers what is not a feed (or returns false). */
export async function startFeedServer(page?: (path: string, response: ServerResponse) => Promise<boolean>): Promise<FeedServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(path);
    if (page && !path.startsWith('/feeds/') && !path.startsWith('/xss/') && (await page(path, response))) return;
    const { status, type, body } = answerFeed(path);
    response.writeHead(status, { 'content-type': type, 'cache-control': 'max-age=300', 'access-control-allow-origin': '*' });
    response.end(body);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The feed server has no port.');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}

