// What an article's `src` may hold: one JSON Feed item on its own, or anything `parseFeed` reads (a JSON
// Feed, WordPress posts or a single post, RSS, Atom), and how one item is picked from it.
import { decodeBody } from './decode.js';
import { syntaxOf } from './detect.js';
import { FeedError } from './errors.js';
import { isObject, parseJson, type JsonObject } from './json.js';
import { readJsonFeed } from './jsonfeed.js';
import { parseFeed } from './parse-feed.js';
import type { Feed, FeedItem, ResponseMeta } from './types.js';
import { resolveUrl } from './url.js';
import { isWordPressPost } from './wordpress.js';

/**
 * True for a JSON Feed item served alone (an article API answering with one item): an object that is
 * neither a feed nor a WordPress post, with the item's content or its id together with a title or link.
 */
export function isJsonFeedItem(value: unknown): value is JsonObject {
  if (!isObject(value) || 'items' in value) return false;
  const wordPress: boolean = isWordPressPost(value);
  if (wordPress) return false;
  if (typeof value.content_html === 'string' || typeof value.content_text === 'string') return true;
  const hasId = typeof value.id === 'string' || typeof value.id === 'number';
  return hasId && (typeof value.title === 'string' || typeof value.url === 'string');
}

/**
 * Reads an article source into a `Feed`: a lone JSON Feed item becomes a feed of that one item; every
 * other body goes to `parseFeed`, so its formats, encodings and errors are the same as a list's.
 *
 * @throws {FeedError} of kind `parse` when the body is neither an item nor a feed.
 */
export function parseArticleSource(body: ArrayBuffer | string, meta: ResponseMeta): Feed {
  const text = decodeBody(body, meta.contentType);
  if (syntaxOf(text, meta.contentType) === 'json') {
    const document = parseJson(text, meta.url);
    if (isJsonFeedItem(document)) return readJsonFeed({ items: [document] }, meta.url);
  }
  return parseFeed(text, { url: meta.url, contentType: meta.contentType });
}

/**
 * The item an article shows: the first one when `itemId` is empty, else the one whose id or link is
 * `itemId`. A relative `itemId` is also tried as a link relative to `sourceUrl`, so `item-id="/2026/11/tram"`
 * finds `https://site.example/2026/11/tram` in that site's feed.
 *
 * @throws {FeedError} of kind `config` when there is no such item: the page asks for an article its source
 *   does not have, which no retry can change.
 */
export function findArticle(feed: Feed, itemId: string, sourceUrl: string): FeedItem {
  const wanted = itemId.trim();
  if (!wanted) {
    if (feed.items[0]) return feed.items[0];
    throw new FeedError('config', `${sourceUrl} has no items, so there is no article to show.`, { url: sourceUrl });
  }
  const asLink = resolveUrl(wanted, sourceUrl);
  const found = feed.items.find(item => item.id === wanted || item.url === wanted || (asLink !== null && (item.url === asLink || item.id === asLink)));
  if (found) return found;
  throw new FeedError('config', `${sourceUrl} has no item whose id or link is "${wanted}" (it has ${feed.items.length}).`, { url: sourceUrl });
}
