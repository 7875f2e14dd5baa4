import type { Parser } from './client.js';
import type { FeedFormat } from './detect.js';
import { onDemand } from './on-demand.js';
import type { Feed } from './types.js';

const parserModule = onDemand(() => import('./parse-feed.js'));

/**
 * The feed parser for `format`, fetched as its own chunk the first time any element needs it:
 * pages with only a weather badge never download the RSS, Atom and WordPress readers.
 */
export async function loadFeedParser(format: FeedFormat = 'auto'): Promise<Parser<Feed>> {
  return (await parserModule()).feedParser(format);
}
