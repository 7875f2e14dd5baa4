import { abortError, FeedError, isAbortError } from './errors.js';
import { MAX_RETRIES } from './retry-after.js';

// Retrying is needed only once a request has failed: the client loads this module then (client.ts), so the code
// of backing off is not part of what every page loads first.
export { MAX_RETRIES, parseRetryAfter } from './retry-after.js';


const BASE_DELAY = 1000;
const MAX_DELAY = 30_000;
/** Spreads the retries of many pages that failed together, so they do not return together. */
const JITTER = 0.2;

/**
 * The longest `Retry-After` a request waits for. A server that asks for more is not asked again by this request:
 * waiting less would ignore it, and waiting longer would hold a widget in its loading state for minutes.
 */
export const MAX_RETRY_AFTER = 30_000;


/**
 * True for failures that another attempt may cure: the network, a 5xx and 429 Too Many Requests.
 * Other 4xx, parse and config errors would fail the same way again, and a timeout has already cost the
 * full wait, so they are reported at once.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  if (error.kind === 'network') return true;
  return error.kind === 'http' && error.status !== undefined && (error.status === 429 || error.status >= 500);
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first) after `error`, or null to give up:
 * the server's `Retry-After` when it sent one (up to `MAX_RETRY_AFTER`), else min(1000 * 2^retry, 30000) ± 20%.
 */
export function retryDelay(retry: number, error: unknown, random: () => number = Math.random): number | null {
  if (!isRetryable(error)) return null;
  const asked = (error as FeedError).retryAfter;
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER ? asked : null;
  const backoff = Math.min(BASE_DELAY * 2 ** retry, MAX_DELAY);
  return Math.round(Math.min(backoff * (1 + JITTER * (2 * random() - 1)), MAX_DELAY));
}

export interface RetryOptions {
  /** Retries after the first attempt, at most `MAX_RETRIES`. */
  retries: number;
  /** Aborting stops the waiting between attempts with an `AbortError`. */
  signal?: AbortSignal;
}

/** Runs `attempt` until it succeeds, fails for good, or the retries run out; the last failure is the one reported. */
export async function withRetry<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    return retryAfter(error, attempt, options);
  }
}

/**
 * Goes on after the first attempt failed with `error`: waits and runs `attempt` again until it succeeds, fails for
 * good, or the retries run out; the last failure is the one reported.
 */
export async function retryAfter<T>(error: unknown, attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const retries = Math.min(options.retries, MAX_RETRIES);
  for (let retry = 0; ; retry++) {
    if (isAbortError(error) || retry >= retries) throw error;
    const delay = retryDelay(retry, error);
    if (delay === null) throw error;
    await sleep(delay, options.signal);
    try {
      return await attempt();
    } catch (next) {
      error = next;
    }
  }
}

function sleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const wake = () => {
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    const timer = setTimeout(wake, milliseconds);
    signal?.addEventListener('abort', stop, { once: true });
  });
}
