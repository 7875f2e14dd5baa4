import { FeedError } from './errors.js';
import { collapseWhitespace, htmlToText, truncateWords } from './text.js';
import type { Feed, FeedImage, FeedItem, ResponseMeta } from './types.js';
import { safeHttpUrl } from './url.js';

/** Length of the title made from the summary when an item has none. */
const DERIVED_TITLE_LENGTH = 80;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plain(value: unknown): string {
  return typeof value === 'string' ? collapseWhitespace(value) : '';
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function authorName(item: JsonObject): string | null {
  // 1.1 has `authors`, 1.0 has `author`; feeds in the wild send either or both.
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const names = authors.filter(isObject).map(author => plain(author.name)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function image(item: JsonObject, base: string, title: string): FeedImage | null {
  const url = safeHttpUrl(item.image, base) ?? safeHttpUrl(item.banner_image, base);
  return url ? { url, alt: title } : null;
}

function parseItem(raw: unknown, index: number, base: string): FeedItem | null {
  if (!isObject(raw)) return null;
  const contentHtml = typeof raw.content_html === 'string' ? raw.content_html : '';
  const summary = plain(raw.summary) || plain(raw.content_text) || htmlToText(contentHtml);
  const title = plain(raw.title) || truncateWords(summary, DERIVED_TITLE_LENGTH);
  const url = safeHttpUrl(raw.url, base) ?? safeHttpUrl(raw.external_url, base);
  const tags = Array.isArray(raw.tags) ? raw.tags.map(plain).filter(Boolean) : [];
  const extension = isObject(raw._news) ? raw._news : {};
  const views = extension.views;
  return {
    id: (typeof raw.id === 'string' || typeof raw.id === 'number') && String(raw.id) !== '' ? String(raw.id) : url ?? `item-${index}`,
    url,
    title,
    summary,
    contentHtml,
    image: image(raw, base, title),
    category: plain(extension.category) || tags[0] || null,
    tags,
    published: date(raw.date_published),
    updated: date(raw.date_modified),
    author: authorName(raw),
    views: typeof views === 'number' && Number.isInteger(views) && views >= 0 ? views : null,
  };
}

/**
 * Reads a JSON Feed 1.0 or 1.1 document. Items that are not objects are skipped;
 * a body that is not JSON, or JSON that is not a feed, is a `parse` error.
 */
export function parseJsonFeed(body: ArrayBuffer | string, meta: ResponseMeta): Feed {
  let document: unknown;
  try {
    // JSON is UTF-8 by definition (RFC 8259); TextDecoder also drops a byte order mark.
    document = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
  } catch (cause) {
    throw new FeedError('parse', `The response from ${meta.url} is not valid JSON.`, { url: meta.url, cause });
  }
  if (!isObject(document) || !Array.isArray(document.items)) {
    throw new FeedError('parse', `The response from ${meta.url} is not a JSON Feed: it has no "items" list.`, { url: meta.url });
  }
  const siteUrl = safeHttpUrl(document.home_page_url, meta.url);
  const items = document.items
    .map((raw, index) => parseItem(raw, index, meta.url))
    .filter((item): item is FeedItem => item !== null && (item.title !== '' || item.url !== null));
  return {
    title: htmlToText(typeof document.title === 'string' ? document.title : ''),
    url: siteUrl,
    language: typeof document.language === 'string' ? document.language : null,
    items,
  };
}
