import type { Feed, FeedItem } from '../../data/types.js';
import { usableItems } from '../news-list/feed-list.js';

// Query parameters that say where a reader came from, not which page it is.
const tracking = /^(utm_.*|fbclid|gclid|yclid|mc_eid|_ga)$/i;

/**
 * The form in which two addresses of one story compare equal: scheme, `www.`, fragment, a trailing slash and
 * tracking parameters do not count. Relative addresses count from the page. Null for what is no address.
 */
export function comparableUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), document.baseURI);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  for (const name of [...url.searchParams.keys()]) if (tracking.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

/** The page's canonical address (`<link rel="canonical">`), else its own. */
function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href || location.href;
}

/**
 * The stories of `feed` to show under the article named by `exclude` (an address or an id; by default the page's
 * canonical address): at most `limit`, without that article, and each story once even under two ids.
 */
export function relatedItems(feed: Feed, exclude: string | null, limit: number): FeedItem[] {
  const excludedId = exclude?.trim() || canonicalUrl();
  const excluded = comparableUrl(excludedId);
  const seen = new Set<string>();
  return usableItems(feed)
    .filter(item => {
      if (item.id === excludedId) return false;
      const address = comparableUrl(item.url ?? item.id);
      if (address !== null && (address === excluded || seen.has(address))) return false;
      // The same story under two ids (a feed that lists an update as new) is shown once.
      if (address !== null) seen.add(address);
      return true;
    })
    .slice(0, limit);
}
