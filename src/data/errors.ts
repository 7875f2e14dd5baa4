/**
 * Why loading failed: `network` (the request did not complete), `timeout` (no answer in time), `http` (the server
 * answered with an error status), `parse` (the answer is not what the parser reads) or `config` (the page asked for
 * something that can never be fetched).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'config';

export interface FeedErrorOptions {
  url?: string;
  status?: number;
  /** How long the server asked callers to wait (`Retry-After`), in milliseconds. */
  retryAfter?: number;
  cause?: unknown;
}

/**
 * The only error the data layer reports. `message` is a sentence for developers;
 * elements show their own localized text chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  /** The address that failed, when there is one. */
  readonly url?: string;
  /** The HTTP status of an `http` error. */
  readonly status?: number;
  /** The wait the server asked for with `Retry-After`, in milliseconds, when it sent one. */
  readonly retryAfter?: number;

  constructor(kind: FeedErrorKind, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
    this.retryAfter = options.retryAfter;
  }
}

/** True for the rejection an aborted fetch or task produces; such a rejection is never an error to show. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** The rejection a caller gets when its own signal aborted, whatever reason the signal carries. */
export function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}
