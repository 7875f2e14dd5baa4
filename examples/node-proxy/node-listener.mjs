// Serves a fetch handler, `(request) => Promise<Response>`, with node:http: Node 20 has standard Request and
// Response but no server that speaks them, so this turns each incoming request into a Request and writes the
// Response back. Request bodies are not read: the feed proxy answers only GET, HEAD and OPTIONS.
import { Readable } from 'node:stream';

/**
 * @param {(request: Request) => Promise<Response>} handler
 * @returns {(incoming: import('node:http').IncomingMessage, outgoing: import('node:http').ServerResponse) => Promise<void>}
 */
export function nodeListener(handler) {
  return async (incoming, outgoing) => {
    // A reader who leaves aborts the request's signal; the proxy then stops waiting for them alone.
    const left = new AbortController();
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) left.abort();
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      for (const each of [value ?? []].flat()) headers.append(name, each);
    }
    const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`);
    const response = await handler(new Request(url, { method: incoming.method, headers, signal: left.signal }));
    response.headers.forEach((value, name) => outgoing.setHeader(name, value));
    outgoing.writeHead(response.status);
    if (response.body) Readable.fromWeb(response.body).pipe(outgoing);
    else outgoing.end();
  };
}
