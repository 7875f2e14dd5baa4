import { defineElement } from '../shared/define.js';
import { NewsList } from './news-list.js';

defineElement('news-list', NewsList);

declare global {
  interface HTMLElementTagNameMap {
    'news-list': NewsList;
  }
}
