import { comparableAddress } from '../../data/story-address.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { usableItems } from '../news-list/usable-items.js';
import type { SimilarList } from './similar-items.js';

/** `comparableAddress` counted from the page: how the list compares the addresses of stories. */
export function comparableUrl(value: string): string | null {
  return comparableAddress(value, typeof document === 'undefined' ? undefined : document.baseURI);
}

/**
 * What a related list leaves out by default: the stories the page's `<news-article>` elements show (`articles`,
 * from which an article no longer on the page is dropped), the page's canonical address (`<link rel="canonical">`)
 * and the page's own address.
 */
export function storiesBeingRead(articles: Map<Element, FeedItem>): string[] {
  for (const article of [...articles.keys()]) if (!article.isConnected) articles.delete(article);
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"][href]')?.href;
  return [...[...articles.values()].flatMap(story => (story.url ? [story.id, story.url] : [story.id])), ...(canonical ? [canonical] : []), location.href];
}

/** What choosing reads of a `<related-news>`. */
export interface RelatedList extends Element {
  exclude: string | null;
  limit: number;
  order: 'feed' | 'similar';
}

/**
 * The stories `list` shows of `feed`: in the feed's order, or ranked by `similar` (the chunk that ranks, once
 * `order="similar"` has brought it).
 */
export function chooseRelated(list: RelatedList, feed: Feed, articles: Map<Element, FeedItem>, similar?: typeof import('./similar-items.js')): FeedItem[] {
  const excluded = list.exclude?.trim() ? [list.exclude] : storiesBeingRead(articles);
  return list.order === 'similar' && similar ? similar.similarItems(list as RelatedList & SimilarList, feed, excluded, articles) : relatedItems(feed, excluded, list.limit);
}

/**
 * The stories of `feed` to show under the article being read, which `excluded` names by addresses or ids: at
 * most `limit`, without that article, and each story once even under two ids.
 */
export function relatedItems(feed: Feed, excluded: readonly string[], limit: number): FeedItem[] {
  const ids = new Set(excluded.map(value => value.trim()));
  const addresses = new Set(excluded.map(comparableUrl).filter(address => address !== null));
  const seen = new Set<string>();
  return usableItems(feed.items)
    .filter(item => {
      if (ids.has(item.id)) return false;
      const address = comparableUrl(item.url ?? item.id);
      if (address !== null && (addresses.has(address) || seen.has(address))) return false;
      // The same story under two ids (a feed that lists an update as new) is shown once.
      if (address !== null) seen.add(address);
      return true;
    })
    .slice(0, limit);
}
