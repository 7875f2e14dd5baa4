// JSON Feed 1.0 and 1.1, the library's native format, with the `_news` extension for category and views.
import { parseDate } from './dates.js';
import { decodeBody } from './decode.js';
import { pictureInHtml, pictureOf } from './images.js';
import { MAX_ITEMS, finishItem } from './item.js';
import { isObject, parseJson, type JsonObject } from './json.js';
import { parseError } from './parse-error.js';
import { htmlToText, languageTag, plainText } from './text.js';
import type { Feed, FeedItem, ResponseMeta } from './types.js';
import { safeHttpUrl } from './url.js';

// JSON Feed text fields are plain text, but generators often leave character references in them
// (WordPress's &#8217;); those are decoded, while anything that looks like markup stays literal text.
function plain(value: unknown): string {
  return typeof value === 'string' ? plainText(value) : '';
}

function authorName(item: JsonObject): string | null {
  // 1.1 has `authors`, 1.0 has `author`; feeds in the wild send either or both.
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  const names = authors.filter(isObject).map(author => plain(author.name)).filter(Boolean);
  return names.length ? names.join(', ') : null;
}

function readItem(raw: JsonObject, index: number, base: string | null): FeedItem {
  const contentHtml = typeof raw.content_html === 'string' ? raw.content_html : '';
  const url = safeHttpUrl(raw.url, base) ?? safeHttpUrl(raw.external_url, base);
  const extension = isObject(raw._news) ? raw._news : {};
  const views = extension.views;
  return finishItem(
    {
      id: (typeof raw.id === 'string' || typeof raw.id === 'number') && String(raw.id) !== '' ? String(raw.id) : null,
      url,
      title: plain(raw.title),
      summary: () => plain(raw.summary) || plain(raw.content_text),
      contentHtml,
      // Relative addresses in content_html belong to the item's page.
      image: pictureOf(raw.image, base) ?? pictureOf(raw.banner_image, base) ?? pictureInHtml(contentHtml, url ?? base),
      category: plain(extension.category),
      tags: Array.isArray(raw.tags) ? raw.tags.map(plain) : [],
      published: parseDate(raw.date_published),
      updated: parseDate(raw.date_modified),
      author: authorName(raw),
      views: typeof views === 'number' && Number.isInteger(views) && views >= 0 ? views : null,
    },
    index,
  );
}

/**
 * Reads an already parsed JSON Feed. Entries that are not objects are skipped; every other entry is
 * kept, even one with neither title nor link, so the items match the document (displays decide what
 * is worth showing). JSON that is not a feed is a `parse` error.
 */
export function readJsonFeed(document: unknown, url?: string): Feed {
  if (!isObject(document) || !Array.isArray(document.items)) {
    throw parseError(url, 'is not a JSON Feed: it has no "items" list');
  }
  const base = safeHttpUrl(url);
  return {
    title: htmlToText(typeof document.title === 'string' ? document.title : ''),
    url: safeHttpUrl(document.home_page_url, base),
    language: languageTag(document.language),
    items: document.items.slice(0, MAX_ITEMS).flatMap((raw, index) => (isObject(raw) ? [readItem(raw, index, base)] : [])),
  };
}

/**
 * Reads a JSON Feed 1.0 or 1.1 response. A body that is not JSON, or JSON that is not a feed,
 * is a `parse` error.
 */
export function parseJsonFeed(body: ArrayBuffer | string, meta: ResponseMeta): Feed {
  return readJsonFeed(parseJson(decodeBody(body, meta.contentType), meta.url), meta.url);
}
