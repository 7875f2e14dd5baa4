import type { Messages } from './messages.js';

// Below this, a count is shown whole ("1,840 views"); from here on, in thousands or millions ("12.3K views").
const COMPACT_FROM = 10_000;
// From here on, thousands would round to "1,000K", so the count is shown in millions.
const MILLIONS_FROM = 999_500;

/**
 * A view count with its word in the language of `messages`: "131 views", "131 просмотр", "1 840 просмотров",
 * "12.3K views", "12,3 тыс. просмотров", "1,2 mln marta koʻrilgan". The word agrees with the number as the
 * reader sees it: "12,3 тыс." is 12 300, so "просмотров".
 */
export function formatViews(count: number, messages: Messages): string {
  const words = messages.views;
  const locale = messages.numberLocale;
  const whole = Math.max(0, Math.round(count));
  let text: string;
  let shown: number;
  if (whole < COMPACT_FROM) {
    text = new Intl.NumberFormat(locale).format(whole);
    shown = whole;
  } else {
    const scale = whole < MILLIONS_FROM ? 1e3 : 1e6;
    const value = whole / scale;
    // One decimal while it still tells something ("12.3K"), none from a hundred on ("123K").
    const digits = value < 100 ? 1 : 0;
    const rounded = Math.round(value * 10 ** digits) / 10 ** digits;
    text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(rounded) + (scale === 1e3 ? words.thousands : words.millions);
    shown = Math.round(rounded * scale);
  }
  return words.label(text, shown);
}
