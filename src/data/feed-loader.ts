import type { Parser } from './client.js';
import type { FeedFormat } from './detect.js';
import type { Feed } from './types.js';

let parserModule: Promise<typeof import('./parse-feed.js')> | undefined;

/**
 * The feed parser for `format`, fetched as its own chunk the first time any element needs it:
 * pages with only a weather badge never download the RSS, Atom and WordPress readers.
 */
export async function loadFeedParser(format: FeedFormat = 'auto'): Promise<Parser<Feed>> {
  parserModule ??= import('./parse-feed.js');
  try {
    return (await parserModule).feedParser(format);
  } catch (error) {
    // A chunk that failed to arrive (offline, deploy in progress) is fetched again next time.
    parserModule = undefined;
    throw error;
  }
}
