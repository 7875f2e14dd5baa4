// Answers a client's requests from memory, so what the benchmarks measure is the elements, not a network, and the
// tests that assert the same figures need no service worker.
import type { FetchLike } from '../../src/data/request.js';

interface Answer {
  body: string;
  contentType: string;
  /** Milliseconds before the answer arrives; Infinity holds it until the caller aborts. */
  delay: number;
}

/** A fake origin: every path answers what it was given, and every request is counted. */
export class MemoryServer {
  #answers = new Map<string, Answer>();

  /** The paths asked for, one entry per request. */
  readonly requests: string[] = [];

  /** Makes `path` answer `body` (JSON when it is not a string), after `delay` milliseconds. */
  answer(path: string, body: unknown, { delay = 0, contentType = 'application/feed+json' } = {}): void {
    this.#answers.set(path, { body: typeof body === 'string' ? body : JSON.stringify(body), contentType, delay });
  }

  /** Makes `path` never answer: an element waiting on it shows its skeleton for as long as it is there. */
  hold(path: string): void {
    this.answer(path, '', { delay: Infinity });
  }

  /** How many requests asked for `path`. */
  count(path: string): number {
    return this.requests.filter(asked => asked === path).length;
  }

  /** The fetch hook to give a `NewsClient`. */
  readonly fetch: FetchLike = (input, init) => {
    const path = new URL(input).pathname;
    this.requests.push(path);
    const answer = this.#answers.get(path);
    const respond = () =>
      answer
        ? new Response(answer.body, { headers: { 'content-type': answer.contentType, 'cache-control': 'max-age=86400' } })
        : new Response('not here', { status: 404 });
    if (!answer?.delay) return Promise.resolve(respond());
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const timer = answer.delay === Infinity ? undefined : setTimeout(() => resolve(respond()), answer.delay);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  };
}

/** Where the fake origin lives; any address outside the page's origin would do, as the fetch hook answers all. */
export const ORIGIN = 'https://bench.example';
