import type { Messages } from './messages.js';

/** What `formatCalendarTime` is told besides the date. */
export interface CalendarOptions {
  /** The moment "today" is counted from; the current time by default. */
  now?: Date;
  /**
   * The IANA time zone the reader's calendar and clock are in, such as "Asia/Tashkent". By default the
   * reader's own zone, as the browser reports it: a story published at 23:30 in Tashkent is "Yesterday,
   * 23:30" there after midnight, and "Today, 19:30" for a reader in Paris.
   */
  timeZone?: string;
}

interface WallClock {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// One formatter per zone; bounded, as a page could ask for any number of zones.
const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = zoneFormatters.get(timeZone);
  if (!formatter) {
    // Only the digits are read, so any locale with Latin digits will do; "en-US" is in every browser's data.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    if (zoneFormatters.size >= 16) zoneFormatters.clear();
    zoneFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date and clock time a reader in `timeZone` (default: the browser's zone) sees at `date`. */
function wallClock(date: Date, timeZone: string | undefined): WallClock {
  if (timeZone === undefined) {
    return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate(), hour: date.getHours(), minute: date.getMinutes() };
  }
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of zoneFormatter(timeZone).formatToParts(date)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** Days since the epoch of a calendar date, to count whole days across month and year ends. */
function dayNumber(clock: WallClock): number {
  return Date.UTC(clock.year, clock.month - 1, clock.day) / 86_400_000;
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * A news-style time in the language of `messages` (its table from `src/i18n`): "Today, 14:05", "Yesterday, 23:47",
 * "12 March, 09:10", and "12 March 2024, 09:10" for another year than the reader's current one;
 * «Вчера, 23:47», «12 марта, 09:10»; «Kecha, 23:47», «2024-yil 12-mart, 09:10».
 * Dates ahead of the reader's today (a publisher's clock running fast) read as dates. Clock times are
 * 24-hour in every language.
 *
 * @throws {RangeError} when `options.timeZone` is not a time zone the browser knows.
 */
export function formatCalendarTime(date: Date, messages: Messages, options: CalendarOptions = {}): string {
  const words = messages.calendar;
  const shown = wallClock(date, options.timeZone);
  const today = wallClock(options.now ?? new Date(), options.timeZone);
  const time = `${twoDigits(shown.hour)}:${twoDigits(shown.minute)}`;
  const daysAgo = dayNumber(today) - dayNumber(shown);
  // Every language shipped puts the clock time after the day, with a comma.
  if (daysAgo === 0) return `${words.today}, ${time}`;
  if (daysAgo === 1) return `${words.yesterday}, ${time}`;
  return `${words.date(shown.day, words.months[shown.month - 1], shown.year === today.year ? undefined : shown.year)}, ${time}`;
}
