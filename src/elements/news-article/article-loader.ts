// What <news-article> does with its src, in the article chunk (see article-chunk.ts): lists and the weather
// badge never pay for reading single items or for the sanitizer.
import { findArticle } from '../../data/article.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { safeHttpUrl } from '../../data/url.js';
import { sanitizeArticleHtml } from './article-body.js';

/** An article ready to render: the normalized item and its body as sanitized nodes. */
export interface LoadedArticle {
  item: FeedItem;
  body: HTMLElement;
}

/**
 * Picks the item of a parsed source (`itemId`, else the first) and sanitizes its body. An item without HTML
 * shows its summary as one paragraph of text. Every call gives a new item object, so that a body, which can be
 * in one place only, belongs to one element.
 *
 * @throws {FeedError} of kind `config` when the item is missing.
 */
export async function presentArticle(feed: Feed, src: string, itemId: string): Promise<LoadedArticle> {
  const sourceUrl = new URL(src, document.baseURI).href;
  const found = findArticle(feed, itemId, sourceUrl);
  // The readers keep only http(s) addresses; checked again here, as every address that reaches the page is.
  const item: FeedItem = { ...found, url: safeHttpUrl(found.url), image: found.image && safeHttpUrl(found.image.url) ? found.image : null };
  let body: HTMLElement;
  if (item.contentHtml.trim()) {
    body = await sanitizeArticleHtml(item.contentHtml, { base: item.url ?? sourceUrl, leadImage: item.image?.url });
  } else {
    body = document.createElement('div');
    if (item.summary) body.append(Object.assign(document.createElement('p'), { textContent: item.summary }));
  }
  return { item, body };
}
