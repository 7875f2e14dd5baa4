import { FeedError } from './errors.js';
import { requestBody, type FetchLike } from './request.js';
import type { ResponseMeta } from './types.js';

/** Turns the bytes of a response into data; throws a `FeedError` of kind `parse` when it cannot. */
export type Parser<T> = (body: ArrayBuffer, meta: ResponseMeta) => T;

export interface ClientOptions {
  /** Replaces the global `fetch`, for proxies that need headers or for tests. */
  fetch?: FetchLike;
}

export interface GetOptions {
  /** Aborting detaches this caller; the returned promise rejects with an `AbortError`. */
  signal?: AbortSignal;
}

/** Resolves a feed address against the page, rejecting what can never be fetched. */
function feedUrl(src: string): string {
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new FeedError('config', `"${src}" is not a valid feed address.`, { url: src });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('config', `"${src}" is not an http or https address.`, { url: src });
  }
  return url.href;
}

/** The data layer every element on a page talks to. */
export class NewsClient {
  #fetch?: FetchLike;

  constructor(options: ClientOptions = {}) {
    this.#fetch = options.fetch;
  }

  /** Fetches `src` and parses it. Errors are `FeedError`s; an abort rejects with an `AbortError`. */
  async get<T>(src: string, parse: Parser<T>, options: GetOptions = {}): Promise<T> {
    const url = feedUrl(src);
    const response = await requestBody(url, { signal: options.signal, fetch: this.#fetch });
    try {
      return parse(response.body, response);
    } catch (cause) {
      if (cause instanceof FeedError) throw cause;
      throw new FeedError('parse', `The response from ${url} could not be read.`, { url, cause });
    }
  }
}

let sharedClient = new NewsClient();

/** The client elements use unless told otherwise. */
export function getClient(): NewsClient {
  return sharedClient;
}

/** Replaces the page-wide client, for example with one that uses a custom `fetch`. */
export function setClient(client: NewsClient): void {
  sharedClient = client;
}
