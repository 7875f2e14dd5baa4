/** Why loading failed. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'config';

export interface FeedErrorOptions {
  url?: string;
  status?: number;
  cause?: unknown;
}

/**
 * The only error the data layer reports. `message` is a sentence for developers;
 * elements show their own localized text chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url?: string;
  readonly status?: number;

  constructor(kind: FeedErrorKind, message: string, options: FeedErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.url = options.url;
    this.status = options.status;
  }
}

/** True for the rejection an aborted fetch or task produces; such a rejection is never an error to show. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
