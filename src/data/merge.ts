// Several feeds as one list: each story once, each with its source.
import { comparableAddress } from './story-address.js';
import type { Feed, FeedItem, StorySource } from './types.js';
import { fold } from './words.js';

/** A feed and the source it was read from. */
export interface SourcedFeed {
  source: StorySource;
  feed: Feed;
}

const DAY = 86_400_000;

/** A title as two sources of one story write it: case, accents and spacing do not count. */
function comparableTitle(title: string): string {
  return fold(title).replace(/\s+/g, ' ').trim();
}

/**
 * The stories of `feeds` as one feed, in the order of the sources, each source's in its feed's order, each story
 * carrying its `source`. A story two sources list is kept once, as the first source has it: the same address
 * (compared as `comparableAddress` does) or the same title published within a day. Stories with neither a title
 * nor a link are left out, and ids are made unique across sources.
 */
export function mergeFeeds(feeds: readonly SourcedFeed[]): Feed {
  const items: FeedItem[] = [];
  const ids = new Set<string>();
  const addresses = new Set<string>();
  const titles = new Map<string, (Date | null)[]>();
  for (const { source, feed } of feeds) {
    for (const item of feed.items) {
      if (!(item.title || item.url)) continue;
      const address = item.url ? comparableAddress(item.url) : null;
      if (address !== null && addresses.has(address)) continue;
      const title = comparableTitle(item.title);
      const dates = title ? titles.get(title) : undefined;
      if (dates?.some(date => sameDay(date, item.published))) continue;
      if (address !== null) addresses.add(address);
      if (title) titles.set(title, [...(dates ?? []), item.published]);
      // Two feeds may both number their stories from 1.
      const id = ids.has(item.id) ? `${source.url} ${item.id}` : item.id;
      ids.add(id);
      items.push({ ...item, id, source });
    }
  }
  const languages = new Set(feeds.map(({ feed }) => feed.language));
  return { title: feeds.length === 1 ? feeds[0].feed.title : '', url: feeds.length === 1 ? feeds[0].feed.url : null, language: languages.size === 1 ? [...languages][0] : null, items };
}

/** Whether two publication times are within a day of each other; two stories without one count as the same day. */
function sameDay(a: Date | null, b: Date | null): boolean {
  return a && b ? Math.abs(a.getTime() - b.getTime()) <= DAY : !a && !b;
}
