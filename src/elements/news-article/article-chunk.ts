// The part of <news-article> that arrives as one chunk when the first article loads: reading single items,
// the sanitizer glue, the template and the typography. The drop-in carries only the element's shell and
// skeleton, so pages with lists and weather alone never download any of it.
import type { ReactiveElement } from 'lit';
import type { FeedItem } from '../../data/types.js';
import { fetchArticle } from './article-loader.js';
import { adoptArticleStyles, bodies } from './article-view.js';

export { isEmptyArticle, renderArticle, type ArticleDisplay } from './article-view.js';

/**
 * Loads the article `host` shows: gives its shadow root the article's typography, fetches and sanitizes
 * the item, and keeps the body for `renderArticle`. Resolves with the item, which `news-load` carries.
 */
export async function loadArticle(host: ReactiveElement, src: string, itemId: string, signal: AbortSignal): Promise<FeedItem> {
  adoptArticleStyles(host.renderRoot as ShadowRoot, (host.constructor as typeof ReactiveElement).elementStyles);
  const { item, body } = await fetchArticle(src, itemId, signal);
  bodies.set(item, body);
  return item;
}
