// What <news-article> does with its src, in the article chunk (see article-chunk.ts): lists and the weather
// badge never pay for reading single items or for the sanitizer.
import { findArticle } from '../../data/article.js';
import { dimension, pictureInHtml, pictureOf } from '../../data/images.js';
import type { Feed, FeedImage, FeedItem } from '../../data/types.js';
import { safeHttpUrl } from '../../data/url.js';
import { sanitizeArticleHtml } from './article-body.js';

/** An article ready to render: the normalized item and its body as sanitized nodes. */
export interface LoadedArticle {
  item: FeedItem;
  body: HTMLElement;
  /** What its pictures and links tell their hosts of the page, as `configure({ referrerPolicy })` set it. */
  referrerPolicy: 'no-referrer' | 'origin';
}

/**
 * The first picture the sanitized body kept that is a story's picture (no icon, pixel or beacon), marked as the
 * lead's copy; null when there is none.
 */
function keptPicture(body: HTMLElement, title: string): FeedImage | null {
  for (const image of body.querySelectorAll('img')) {
    const alt = image.getAttribute('alt')?.trim() || title;
    const picture = pictureOf(image.getAttribute('src'), null, dimension(image.getAttribute('width')), dimension(image.getAttribute('height')), alt);
    if (picture) {
      (image.closest('figure') ?? image).classList.add('lead-copy');
      return picture;
    }
  }
  return null;
}

/**
 * Picks the item of a parsed source (`itemId`, else the first) and sanitizes its body. An item without HTML
 * shows its summary as one paragraph of text. The lead picture is the feed's own (a Media RSS picture, an
 * enclosure, a featured image) or else the first one the sanitized body kept: never one from markup the sanitizer
 * dropped (a `<noscript>`, a hidden picture, a pixel). Every call gives a new item object, so that a body, which
 * can be in one place only, belongs to one element.
 *
 * `referrerPolicy` is what its pictures and links tell their hosts of the page (the client's setting); the shell
 * passes it, as a static import of the client from this chunk would split the drop-in into two files.
 *
 * @throws {FeedError} of kind `config` when the item is missing.
 */
export async function presentArticle(feed: Feed, src: string, itemId: string, referrerPolicy: LoadedArticle['referrerPolicy'] = 'no-referrer'): Promise<LoadedArticle> {
  const sourceUrl = new URL(src, document.baseURI).href;
  const found = findArticle(feed, itemId, sourceUrl);
  // The readers keep only http(s) addresses; checked again here, as every address that reaches the page is.
  const url = safeHttpUrl(found.url);
  const base = url ?? sourceUrl;
  // The readers take a picture from the HTML when the feed declares none; that one is chosen again below, from
  // what the sanitizer kept.
  const declared = found.image && safeHttpUrl(found.image.url) && pictureInHtml(found.contentHtml, base)?.url !== found.image.url ? found.image : null;
  const item: FeedItem = { ...found, url, image: declared };
  let body: HTMLElement;
  if (item.contentHtml.trim()) {
    body = await sanitizeArticleHtml(item.contentHtml, { base, leadImage: declared?.url, referrerPolicy });
    item.image = declared ?? keptPicture(body, item.title);
  } else {
    body = document.createElement('div');
    if (item.summary) body.append(Object.assign(document.createElement('p'), { textContent: item.summary }));
  }
  return { item, body, referrerPolicy };
}
