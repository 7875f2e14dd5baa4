import { FeedError } from './errors.js';

/** A `parse` error whose message names the feed, for the developer reading the console. */
export function parseError(url: string | undefined, problem: string, cause?: unknown): FeedError {
  return new FeedError('parse', `${url ? `The response from ${url}` : 'The feed'} ${problem}.`, { url, cause });
}
