import { abortError, FeedError, isAbortError } from './errors.js';
import { parseRetryAfter } from './retry-after.js';

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

/**
 * What a feed request accepts: every format the parser reads, feeds first. Kept under 128 characters and free of
 * the bytes CORS deems unsafe, so the header never adds a preflight.
 */
export const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';

const EMPTY = new ArrayBuffer(0);

/**
 * Makes one attempt at `url` and turns every failure into a `FeedError`: `network`, `timeout` or `http`
 * (with the status and any `Retry-After`). An abort by the caller rejects with an `AbortError`, never wrapped.
 */
export async function request(url: string, options: RequestOptions): Promise<HttpResult> {
  if (options.signal?.aborted) throw abortError();
  const attempt = new Attempt(url, options);
  try {
    const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
    const init = requestInit(options, attempt.signal);
    const response = await attempt.settle(() => fetchImpl(url, init), `Could not reach ${url}: the network request failed.`);
    return await readResponse(response, url, options.validators, attempt);
  } finally {
    attempt.end();
  }
}

/** The feed types asked for, the validators given, and the cache mode of a revalidation. */
function requestInit({ validators, revalidate }: RequestOptions, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = { accept: ACCEPT };
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  const init: RequestInit = { signal, headers };
  if (revalidate && !validators) init.cache = 'no-cache';
  return init;
}

/** The result of an answer: not modified (only when validators were sent), an `http` error, or the body read in full. */
async function readResponse(response: Response, url: string, validators: Validators | null | undefined, attempt: Attempt): Promise<HttpResult> {
  const base = { url: response.url || url, contentType: response.headers.get('content-type') ?? '', headers: response.headers };
  if (response.status === 304 && validators) {
    return { notModified: true, body: EMPTY, ...base };
  }
  if (!response.ok) throw httpError(response, url);
  const body = await attempt.settle(() => response.arrayBuffer(), `The response from ${url} ended before it was complete.`);
  return { notModified: false, body, ...base };
}

function httpError(response: Response, url: string): FeedError {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), Date.now()) ?? undefined;
  // The body of an error page is of no use; cancelling it frees the connection.
  response.body?.cancel().catch(() => {});
  return new FeedError('http', `${url} responded with a status of ${response.status}.`, { url, status: response.status, retryAfter });
}

/**
 * The life of one attempt: its signal aborts at the timeout or when the caller's signal does, and a failure
 * while it runs is told apart as the caller's abort, a `timeout` or a `network` error.
 */
class Attempt {
  readonly #url: string;
  readonly #timeout: number;
  readonly #callerSignal: AbortSignal | undefined;
  readonly #controller = new AbortController();
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #forward = () => this.#controller.abort();
  #timedOut = false;

  constructor(url: string, { timeout, signal }: RequestOptions) {
    this.#url = url;
    this.#timeout = timeout;
    this.#callerSignal = signal;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#controller.abort();
    }, timeout);
    signal?.addEventListener('abort', this.#forward, { once: true });
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Runs one step of the attempt until it settles or the attempt aborts; a failure says `failed` when it is the network's. */
  async settle<T>(step: () => Promise<T>, failed: string): Promise<T> {
    try {
      return await untilAborted(step(), this.signal);
    } catch (cause) {
      throw this.#failure(cause, failed);
    }
  }

  /** Stops the timer and lets go of the caller's signal. */
  end(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener('abort', this.#forward);
  }

  #failure(cause: unknown, failed: string): unknown {
    const url = this.#url;
    if (this.#callerSignal?.aborted) return abortError();
    if (this.#timedOut) return new FeedError('timeout', `${url} did not answer within ${this.#timeout / 1000} seconds.`, { url, cause });
    if (isAbortError(cause)) return cause;
    return new FeedError('network', failed, { url, cause });
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
