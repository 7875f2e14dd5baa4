// The last step every format shares: raw fields in, one normalized item out.
import { cutText, htmlToText, truncateWords } from './text.js';
import type { FeedImage, FeedItem } from './types.js';

/** Length of the title made from the summary when an item has none. */
const DERIVED_TITLE_LENGTH = 80;

/** The most characters of a title kept: a list shows one or two lines of it. */
export const TITLE_LIMIT = 2048;

/** The most items read from one document: no widget shows more, and each one costs time on the page. */
export const MAX_ITEMS = 1000;

/** What a format reader found in one entry, before the shared rules are applied. */
export interface ItemFields {
  id?: string | null;
  url: string | null;
  /** Plain text. */
  title: string;
  /** Plain text; made from the start of `contentHtml` when empty. */
  summary: string;
  contentHtml: string;
  image: FeedImage | null;
  /** An explicit category; the first tag otherwise. */
  category?: string | null;
  tags: string[];
  published: Date | null;
  updated: Date | null;
  author: string | null;
  views?: number | null;
}

/**
 * The base that relative addresses inside an entry's HTML resolve against: `base`, the one in scope, when an
 * `xml:base` made it differ from the document's address; otherwise the article page the HTML was written for,
 * and `base` again when the entry links to no page.
 */
export function htmlBaseOf(base: string | null, documentUrl: string | null, articleUrl: string | null): string | null {
  return base !== documentUrl ? base : (articleUrl ?? base);
}

/**
 * Applies the rules that hold for every format: a title is kept to `TITLE_LIMIT` characters, a titleless item
 * takes the first words of its summary,
 * the image's alt text defaults to the title, the category defaults to the first tag, tags are unique,
 * and the id falls back to the link, then to the item's position.
 */
export function finishItem(fields: ItemFields, index: number): FeedItem {
  // htmlToText reads only the start of the HTML: a summary is a few lines, whatever the article's length.
  const summary = fields.summary || htmlToText(fields.contentHtml);
  const title = cutText(fields.title, TITLE_LIMIT) || truncateWords(summary, DERIVED_TITLE_LENGTH);
  const tags = [...new Set(fields.tags.filter(Boolean))];
  const image = fields.image && (fields.image.alt || !title ? fields.image : { ...fields.image, alt: title });
  return {
    id: fields.id || fields.url || `item-${index}`,
    url: fields.url,
    title,
    summary,
    contentHtml: fields.contentHtml,
    image,
    category: fields.category || tags[0] || null,
    tags,
    published: fields.published,
    updated: fields.updated,
    author: fields.author || null,
    views: fields.views ?? null,
  };
}
