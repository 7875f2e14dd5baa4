// The last step every format shares: raw fields in, one normalized item out.
import { cutText, htmlToText, truncateWords } from './text.js';
import type { FeedImage, FeedItem } from './types.js';

/** Length of the title made from the summary when an item has none. */
const DERIVED_TITLE_LENGTH = 80;

/** The most characters of a title kept: a list shows one or two lines of it. */
export const TITLE_LIMIT = 2048;

/**
 * The most characters of a summary made from the article's HTML: a little more than any display shows (a list's
 * excerpt-length stops at 1,000), so a summary costs what is shown, not the article's length.
 */
export const DERIVED_SUMMARY_LIMIT = 1024;

/** The most items read from one document: no widget shows more, and each one costs time on the page. */
export const MAX_ITEMS = 1000;

/** What a format reader found in one entry, before the shared rules are applied. */
export interface ItemFields {
  id?: string | null;
  url: string | null;
  /** Plain text. */
  title: string;
  /**
   * Plain text, or how to read it; made from the start of `contentHtml` when empty. Read when the item's summary
   * is first asked for, so a feed of a thousand items costs the summaries a page shows, not a thousand.
   */
  summary: string | (() => string);
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
 * takes the first words of its summary, the summary is read when first asked for, the image's alt text defaults to the title, the category defaults to the first tag, tags are unique,
 * and the id falls back to the link, then to the item's position.
 */
export function finishItem(fields: ItemFields, index: number): FeedItem {
  let summary: string | undefined;
  // htmlToText reads only the start of the HTML: a summary is a few lines, whatever the article's length.
  const summarize = () =>
    (summary ??= (typeof fields.summary === 'function' ? fields.summary() : fields.summary) || htmlToText(fields.contentHtml, DERIVED_SUMMARY_LIMIT));
  const title = cutText(fields.title, TITLE_LIMIT) || truncateWords(summarize(), DERIVED_TITLE_LENGTH);
  const tags = [...new Set(fields.tags.filter(Boolean))];
  const image = fields.image && (fields.image.alt || !title ? fields.image : { ...fields.image, alt: title });
  return {
    id: fields.id || fields.url || `item-${index}`,
    url: fields.url,
    title,
    // An enumerable getter: spreading, comparing or serializing the item reads it like any other field.
    get summary() {
      return summarize();
    },
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
