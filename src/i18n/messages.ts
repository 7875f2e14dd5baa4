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
  /** The locale given to Intl.PluralRules, which every browser ships whole, Uzbek included. */
  pluralLocale: string;
  /** Announced while data loads. */
  loading: string;
  /** Shown when a feed has no stories. */
  empty: string;
  /** The label of the button that tries again after an error. */
  retry: string;
  /** One short sentence per kind of failure; never a status line or a stack. */
  errors: Record<FeedErrorKind, string>;
  weather: {
    /** Condition words per WMO weather code, lower case, as they follow the temperature. */
    conditions: Record<number, string>;
    /** Short 8-point compass labels, starting at north and going clockwise. */
    compass: readonly string[];
    /** The word before the wind speed. */
    wind: string;
    /** Wind speed unit labels; ours, not Intl's, because trimmed browser locale data lacks some languages. */
    units: { ms: string; kmh: string; mph: string; kn: string };
    /** Shown for every failure but a configuration error: the reader cannot act on the difference. */
    unavailable: string;
    /** Visible credit for the data source. */
    attribution: string;
    /** The whole badge as one sentence. */
    sentence(parts: WeatherSentence): string;
  };
  /** Calendar-style times, for every element that dates a story (see `formatCalendarTime`). */
  calendar: {
    /** "Today, 14:05". */
    today(time: string): string;
    /** "Yesterday, 23:47". */
    yesterday(time: string): string;
    /**
     * Month names as they read after a day number ("12 March", "12 марта", "12-mart"), January first.
     * Ours, not Intl's: trimmed browser locale data names Uzbek months "M03".
     */
    months: readonly string[];
    /** A day of the reader's current year: "12 March, 09:10". */
    date(day: number, month: string, time: string): string;
    /** A day of another year: "12 March 2024, 09:10". */
    dateInYear(day: number, month: string, year: number, time: string): string;
  };
  /** View counts (see `formatViews`). */
  views: {
    /** The count with its word; `count` is already formatted, `form` is its Intl.PluralRules category. */
    label(count: string, form: Intl.LDMLPluralRule): string;
    /** A count in thousands, such as "12.3K". */
    thousands(value: string): string;
    /** A count in millions, such as "1.2M". */
    millions(value: string): string;
  };
  /** Words of `<news-article>`. */
  article: {
    /**
     * Shown when the article is not in its source, or the element is not set up: a reader cannot act on
     * the difference, and the `news-error` event tells developers which it is.
     */
    unavailable: string;
    /** Shown for an article with neither title, text nor picture. */
    empty: string;
  };
}
