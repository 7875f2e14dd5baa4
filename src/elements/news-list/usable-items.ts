import type { FeedItem } from '../../data/types.js';

/** Items with neither a title nor a link have nothing a reader could use; a story listed twice is shown once. */
export function usableItems(items: readonly FeedItem[]): FeedItem[] {
  const ids = new Set<string>();
  return items.filter(item => {
    if (!(item.title || item.url) || ids.has(item.id)) return false;
    ids.add(item.id);
    return true;
  });
}
