// The part of <news-article> that arrives as one chunk when the first article loads: reading single items,
// the sanitizer glue, the template and the typography. The drop-in carries only the element's shell and
// skeleton, so pages with lists and weather alone never download any of it.
export { parseArticleSource } from '../../data/article.js';
export { presentArticle, type LoadedArticle } from './article-loader.js';
export { adoptArticleStyles, isEmptyArticle, renderArticle, type ArticleDisplay } from './article-view.js';
export { CalendarClock } from '../shared/clock.js';
