// The library's events in HTMLElementEventMap, in one place for every element, so that
// `element.addEventListener('news-select', event => event.detail.item)` is typed wherever the package's types load.
import type { FeedItem } from '../../data/types.js';
import type { NewsErrorDetail } from './news-element.js';

/** Detail of `news-select` (lists; cancelable: cancelling keeps the browser from following the link). */
export interface NewsSelectDetail {
  item: FeedItem;
  /** Position of the item in the list as shown, from 0. */
  index: number;
}

/** Detail of `news-impression` (lists; once per item, when at least half of it was visible for a second). */
export interface NewsImpressionDetail {
  item: FeedItem;
  /** Position of the item in the list as shown, from 0. */
  index: number;
}

declare global {
  interface HTMLElementEventMap {
    /** The detail is what the element shows: a `Feed` for lists, a `FeedItem` for articles, `CurrentWeather` for the weather badge. */
    'news-load': CustomEvent<unknown>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-select': CustomEvent<NewsSelectDetail>;
    'news-impression': CustomEvent<NewsImpressionDetail>;
  }
}
