import { FeedError, isAbortError } from './errors.js';
import type { ResponseMeta } from './types.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface RequestOptions {
  signal?: AbortSignal;
  fetch?: FetchLike;
}

export interface BodyResponse extends ResponseMeta {
  /** The raw bytes: only the parser knows how a feed declares its encoding. */
  body: ArrayBuffer;
}

/**
 * Fetches `url` and reads its body, turning every failure into a `FeedError`.
 * An abort is rethrown as the `AbortError` it is, never wrapped.
 */
export async function requestBody(url: string, options: RequestOptions = {}): Promise<BodyResponse> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(url, { signal: options.signal, headers: { accept: 'application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' } });
  } catch (cause) {
    if (isAbortError(cause)) throw cause;
    throw new FeedError('network', `Could not reach ${url}: the network request failed.`, { url, cause });
  }
  if (!response.ok) {
    throw new FeedError('http', `${url} responded with a status of ${response.status}.`, { url, status: response.status });
  }
  try {
    const body = await response.arrayBuffer();
    return { body, url: response.url || url, contentType: response.headers.get('content-type') ?? '' };
  } catch (cause) {
    if (isAbortError(cause)) throw cause;
    throw new FeedError('network', `The response from ${url} ended before it was complete.`, { url, cause });
  }
}
