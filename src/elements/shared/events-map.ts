// The library's events in HTMLElementEventMap, in one place for every element, so that
// `element.addEventListener('news-select', event => event.detail.item)` is typed wherever the package's types load.
import type { FeedItem } from '../../data/types.js';

/** Detail of `news-error`. */
export interface NewsErrorDetail {
  /** An Error with a sentence for developers; a `FeedError` with a `kind` for failures of the data layer. */
  error: Error;
}

/**
 * Detail of `news-select` (lists; cancelable: cancelling keeps the browser from following the link) and of
 * `news-impression` (lists; once per story, when at least half of it was visible for a second).
 */
export interface NewsItemDetail {
  item: FeedItem;
  /** Position of the story in the list as shown, from 0. */
  index: number;
}

declare global {
  interface HTMLElementEventMap {
    /** The detail is what the element shows: a `Feed` for lists, a `FeedItem` for articles, `CurrentWeather` for the weather badge. */
    'news-load': CustomEvent<unknown>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-select': CustomEvent<NewsItemDetail>;
    'news-impression': CustomEvent<NewsItemDetail>;
  }
}
