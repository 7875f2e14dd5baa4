// Which stories of a list a site wants: by words, by category, by age, and in which order.
import type { FeedItem } from './types.js';
import { fold, words } from './words.js';

/** What a list's attributes ask of its stories. Empty lists and a `maxAgeHours` of 0 ask nothing. */
export interface StoryCriteria {
  /** Keep only stories whose title, summary or category holds one of these words or phrases. */
  keywords: readonly string[];
  /** Leave out stories whose title, summary or category holds one of these. */
  blockKeywords: readonly string[];
  /** Keep only stories of these categories (a story's category or one of its tags). */
  categories: readonly string[];
  /** Leave out stories published longer ago than this many hours; undated ones stay. 0: no limit. */
  maxAgeHours: number;
  /** The clock `maxAgeHours` counts from, in milliseconds since the epoch. */
  now: number;
}

/** The entries of a comma-separated attribute, trimmed, without empty ones. */
export function listAttribute(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map(entry => entry.trim()).filter(Boolean);
}

/** The folded words of `text`, each between spaces, so that a phrase is found as ` one two `. */
function spaced(text: string): string {
  return ` ${words(fold(text)).join(' ')} `;
}

// A feed's stories are the same objects while it is shown: their words are read once, whatever the filters.
const textOf = new WeakMap<FeedItem, string>();

/** A story's searchable text: the words of its title, summary and category, a line apart so no phrase spans two. */
function storyText(item: FeedItem): string {
  let text = textOf.get(item);
  if (text === undefined) textOf.set(item, (text = [item.title, item.summary, item.category ?? ''].map(spaced).join('\n')));
  return text;
}

/**
 * A test of whether a story holds one of `phrases` as whole words, ignoring case, accents and marks and the spelling
 * of the Uzbek apostrophes, in any script (words found as `Intl.Segmenter` finds them); null for no phrases.
 */
export function wordMatcher(phrases: readonly string[]): ((item: FeedItem) => boolean) | null {
  const wanted = phrases.map(spaced).filter(phrase => phrase.trim());
  if (!wanted.length) return null;
  return item => {
    const text = storyText(item);
    return wanted.some(phrase => text.includes(phrase));
  };
}

/** The stories of `items` that `criteria` keep, in their order. */
export function filterStories<T extends FeedItem>(items: readonly T[], criteria: StoryCriteria): T[] {
  const kept = wordMatcher(criteria.keywords);
  const blocked = wordMatcher(criteria.blockKeywords);
  const categories = new Set(criteria.categories.map(category => fold(category).trim()));
  const oldest = criteria.maxAgeHours > 0 ? criteria.now - criteria.maxAgeHours * 3_600_000 : -Infinity;
  return items.filter(
    item =>
      !(item.published && item.published.getTime() < oldest) &&
      !(categories.size && ![item.category, ...item.tags].some(category => category && categories.has(fold(category).trim()))) &&
      !(kept && !kept(item)) &&
      !blocked?.(item),
  );
}

/** `items` newest first; stories without a date keep their order after the dated ones. */
export function newestFirst<T extends FeedItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (b.published?.getTime() ?? -Infinity) - (a.published?.getTime() ?? -Infinity) || 0);
}
