import type { FeedErrorKind } from '../data/errors.js';

/** The pieces of the sentence a screen reader hears for a weather badge. */
export interface WeatherSentence {
  /** The place name from the `label` attribute, if any. */
  place: string;
  /** Signed temperature with its unit, such as "+9 °C". */
  temperature: string;
  /** Condition words, such as "overcast"; empty for an unknown code. */
  condition: string;
  /** Wind speed with its unit, such as "4.1 m/s". */
  wind: string;
  /** Index of the 8-point compass sector the wind blows from (0 = north, 1 = north-east...); -1 when unknown. */
  direction: number;
}

/** Every string an element shows. A language is one object of this shape in its own file. */
export interface Messages {
  /**
   * The locale given to Intl for numbers. Some browsers ship trimmed locale data and format Uzbek
   * numbers the English way, so a language may name a locale with the same separators instead.
   */
  numberLocale: string;
  /** Announced while data loads. */
  loading: string;
  /** Shown when a feed has no stories. */
  empty: string;
  /** The label of the button that tries again after an error. */
  retry: string;
  /** One short sentence per kind of failure; never a status line or a stack. */
  errors: Record<FeedErrorKind, string>;
  /** Calendar-style times: "Today, 14:05", "Yesterday, 23:47", "12 March, 09:10". */
  calendar: {
    /** The word before the clock time of the reader's today. */
    today: string;
    /** The word before the clock time of the day before. */
    yesterday: string;
    /** Month names as they read after a day number ("12 March", "12 марта", "12-mart"), January first. */
    months: readonly string[];
    /** The date before the clock time: "12 March", or "12 March 2024" when `year` is given. */
    date(day: number, month: string, year?: number): string;
  };
  /** View counts: "131 views", "12,3 тыс. просмотров". */
  views: {
    /** The count with its word; `count` is already formatted, `value` is the number it stands for. */
    label(count: string, value: number): string;
    /** What follows a count in thousands: "12.3K", "12,3 тыс.". */
    thousands: string;
    /** What follows a count in millions: "1.2M", "1,2 млн". */
    millions: string;
  };
  weather: {
    /** Condition words per WMO weather code, lower case, as they follow the temperature. */
    conditions: Record<number, string>;
    /** Short 8-point compass labels, starting at north and going clockwise. */
    compass: readonly string[];
    /** Wind speed unit labels; ours, not Intl's, because trimmed browser locale data lacks some languages. */
    units: { ms: string; kmh: string; mph: string; kn: string };
    /** Shown for every failure but a configuration error: the reader cannot act on the difference. */
    unavailable: string;
    /** Visible credit for the data source. */
    attribution: string;
    /** The whole badge as one sentence. */
    sentence(parts: WeatherSentence): string;
  };
  /** Words of `<news-list>` and `<related-news>`. */
  list: {
    /** The button over a list that shows the stories a refresh brought, and what screen readers hear: "3 new stories". */
    newStories(count: string, value: number): string;
    /** The default heading of `<related-news>`. */
    related: string;
    /** The ticker's button while it moves, and while it stands. */
    pause: string;
    play: string;
    /** The button under a list that shows more of the stories already loaded. */
    more: string;
    /** What screen readers hear once it has: "5 more stories shown". */
    moreShown(count: string, value: number): string;
    /** The carousel's buttons: the cards before and after those in view. */
    previous: string;
    next: string;
  };
  /** Words of `<news-article>`. */
  article: {
    /**
     * Shown when the article is not in its source, has nothing in it, or the element is not set up: a
     * reader cannot act on the difference, and the `news-error` event tells developers which it is.
     */
    unavailable: string;
  };
}

/**
 * The words an element needs before any data: its skeleton, its error box, the default heading of related news and
 * the weather credit. English has them in the drop-in; the rest of each language's table is a chunk of its own.
 */
export type ShellMessages = Pick<Messages, 'numberLocale' | 'loading' | 'empty' | 'retry' | 'errors' | 'article'> & {
  weather: Pick<Messages['weather'], 'unavailable' | 'attribution'>;
  list: Pick<Messages['list'], 'related'>;
};
