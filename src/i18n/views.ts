import type { Language } from './index.js';

/** How a language writes view counts. */
interface ViewWords {
  /** The locale given to Intl.NumberFormat (see `Messages.numberLocale`). */
  numberLocale: string;
  /** The count with its word; `count` is already formatted, `form` is its Intl.PluralRules category. */
  label(count: string, form: Intl.LDMLPluralRule): string;
  /** What follows a count in thousands: "12.3K", "12,3 тыс.". */
  thousands: string;
  /** What follows a count in millions: "1.2M", "1,2 млн". */
  millions: string;
}

// In one small table, like the calendar's words, so counts format at once in any language.
const WORDS: Record<Language, ViewWords> = {
  en: {
    numberLocale: 'en',
    label: (count, form) => `${count} ${form === 'one' ? 'view' : 'views'}`,
    thousands: 'K',
    millions: 'M',
  },
  ru: {
    numberLocale: 'ru',
    // 1, 21, 131 просмотр; 2–4, 22 просмотра; 5–20, 12 тыс. просмотров; 1,5 просмотра.
    label: (count, form) => `${count} ${form === 'one' ? 'просмотр' : form === 'many' ? 'просмотров' : 'просмотра'}`,
    thousands: '\u00a0тыс.',
    millions: '\u00a0млн',
  },
  uz: {
    // Uzbek groups digits like Russian; Chromium's trimmed ICU data formats "uz" numbers the English way.
    numberLocale: 'ru',
    // A noun after a number stays singular in Uzbek, so both plural categories read the same.
    label: count => `${count} marta koʻrilgan`,
    thousands: '\u00a0ming',
    millions: '\u00a0mln',
  },
};

// Below this, a count is shown whole ("1,840 views"); from here on, in thousands or millions ("12.3K views").
const COMPACT_FROM = 10_000;
// From here on, thousands would round to "1,000K", so the count is shown in millions.
const MILLIONS_FROM = 999_500;

/**
 * A view count with its word in `language`: "131 views", "131 просмотр", "1 840 просмотров",
 * "12.3K views", "12,3 тыс. просмотров", "1,2 mln marta koʻrilgan". The word is chosen by
 * Intl.PluralRules for the number as the reader sees it: "12,3 тыс." is 12 300, so "просмотров".
 */
export function formatViews(count: number, language: Language): string {
  const words = WORDS[language];
  const whole = Math.max(0, Math.round(count));
  let text: string;
  let shown: number;
  if (whole < COMPACT_FROM) {
    text = new Intl.NumberFormat(words.numberLocale).format(whole);
    shown = whole;
  } else {
    const scale = whole < MILLIONS_FROM ? 1e3 : 1e6;
    const value = whole / scale;
    // One decimal while it still tells something ("12.3K"), none from a hundred on ("123K").
    const digits = value < 100 ? 1 : 0;
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
    text = new Intl.NumberFormat(words.numberLocale, { maximumFractionDigits: digits }).format(rounded) + (scale === 1e3 ? words.thousands : words.millions);
    shown = Math.round(rounded * scale);
  }
  return words.label(text, new Intl.PluralRules(language).select(shown));
}
