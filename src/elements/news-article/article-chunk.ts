// The part of <news-article> that arrives as one chunk when the first article loads: reading single items,
// the sanitizer glue, the template and the typography. The drop-in carries only the element's shell and
// skeleton, so pages with lists and weather alone never download any of it.
import type { ReactiveElement } from 'lit';
import type { Feed, FeedItem } from '../../data/types.js';
import { presentArticle } from './article-loader.js';
import { adoptArticleStyles, bodies } from './article-view.js';

export { parseArticleSource } from '../../data/article.js';
export { isEmptyArticle, renderArticle, type ArticleDisplay } from './article-view.js';

/**
 * Prepares the article `host` shows from its parsed source: gives the shadow root the article's typography,
 * picks and sanitizes the item, and keeps the body for `renderArticle`. Resolves with the item, which
 * `news-load` carries.
 */
export async function loadArticle(host: ReactiveElement, feed: Feed, src: string, itemId: string): Promise<FeedItem> {
  adoptArticleStyles(host.renderRoot as ShadowRoot, (host.constructor as typeof ReactiveElement).elementStyles);
  const { item, body } = await presentArticle(feed, src, itemId);
  bodies.set(item, body);
  return item;
}
