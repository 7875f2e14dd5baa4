import { abortError, FeedError, isAbortError } from './errors.js';
import { parseRetryAfter } from './retry.js';

/** The shape of `fetch` the data layer calls; a page may pass its own, for example to add headers. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** What a previous response said about itself, sent back so the server can answer 304 Not Modified. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export interface RequestOptions {
  /** Aborting rejects with an `AbortError`. */
  signal?: AbortSignal;
  fetch?: FetchLike;
  /** Milliseconds until the attempt fails as a `timeout`, body included. */
  timeout: number;
  /** Sent as `If-None-Match` / `If-Modified-Since`; a 304 answer is then accepted. */
  validators?: Validators | null;
  /** Makes the browser check its own HTTP cache with the server instead of trusting it. */
  revalidate?: boolean;
}

/** One HTTP answer: a body, or word that the body the caller has is still current. */
export interface HttpResult {
  notModified: boolean;
  /** The raw bytes (empty when not modified): only the parser knows how a feed declares its encoding. */
  body: ArrayBuffer;
  /** The final address, after redirects. */
  url: string;
  contentType: string;
  headers: Headers;
}

// Kept under 128 characters and free of the bytes CORS deems unsafe, so the header never adds a preflight.
const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';

const EMPTY = new ArrayBuffer(0);

/**
 * Makes one attempt at `url` and turns every failure into a `FeedError`: `network`, `timeout` or `http`
 * (with the status and any `Retry-After`). An abort by the caller rejects with an `AbortError`, never wrapped.
 */
export async function request(url: string, options: RequestOptions): Promise<HttpResult> {
  const { signal, validators } = options;
  if (signal?.aborted) throw abortError();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout);
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });

  const headers: Record<string, string> = { accept: ACCEPT };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  const init: RequestInit = { signal: controller.signal, headers };
  if (options.revalidate && !validators) init.cache = 'no-cache';

  const failure = (cause: unknown, what: string): unknown => {
    if (signal?.aborted) return abortError();
    if (timedOut) return new FeedError('timeout', `${url} did not answer within ${options.timeout / 1000} seconds.`, { url, cause });
    if (isAbortError(cause)) return cause;
    return new FeedError('network', what, { url, cause });
  };

  try {
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await untilAborted(fetchImpl(url, init), controller.signal);
    } catch (cause) {
      throw failure(cause, `Could not reach ${url}: the network request failed.`);
    }
    const base = { url: response.url || url, contentType: response.headers.get('content-type') ?? '', headers: response.headers };
    if (response.status === 304 && validators) {
      return { notModified: true, body: EMPTY, ...base };
    }
    if (!response.ok) {
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now()) ?? undefined;
      // The body of an error page is of no use; cancelling it frees the connection.
      response.body?.cancel().catch(() => {});
      throw new FeedError('http', `${url} responded with a status of ${response.status}.`, { url, status: response.status, retryAfter });
    }
    try {
      return { notModified: false, body: await untilAborted(response.arrayBuffer(), controller.signal), ...base };
    } catch (cause) {
      throw failure(cause, `The response from ${url} ended before it was complete.`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts: a custom fetch hook that ignores its signal
 * must not be able to hold a request past its timeout.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
