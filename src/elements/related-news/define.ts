import { defineElement } from '../shared/define.js';
import { RelatedNews } from './related-news.js';

defineElement('related-news', RelatedNews);

declare global {
  interface HTMLElementTagNameMap {
    'related-news': RelatedNews;
  }
}
