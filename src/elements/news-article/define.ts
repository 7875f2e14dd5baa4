import { defineElement } from '../shared/define.js';
import { NewsArticle } from './news-article.js';

defineElement('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
