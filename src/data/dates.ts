// Feed dates as publishers really write them. One tolerant reader covers RFC 822 (RSS), ISO 8601
// (Atom, JSON Feed, dc:date) and the usual deviations, instead of one strict parser per format.
//
// Rules, in the order they apply:
// - A numeric date comes first when there is one: `2024-03-02`, `2020/1/10` (year first) or
//   `16.11.2022` (day first). Otherwise the date needs a month name and two numbers: the day and the year.
//   A year of two digits is 20xx below 50 and 19xx from 50 (RFC 2822, section 4.3).
// - Month names are read by stem in English, Russian, Italian, Portuguese, French, German, Spanish and
//   Uzbek, accents ignored; day names are skipped. When two words look like months ("mar" is Tuesday in
//   Italian and Spanish), the last one wins, because the weekday always comes first.
// - A time is `hh:mm[:ss[.fff]]`, optionally followed by AM/PM; `hhmm` after the year is read too.
// - A zone is `Z`, `±hh[:]mm`, or a name from the table below. A date without a zone is read as UTC:
//   the same feed then means the same instant on every reader's machine, and WordPress's `date_gmt`,
//   which carries no zone but is UTC, comes out right.
// - Anything else is null. Nothing here throws, and no Invalid Date escapes.

const MONTH_STEMS = [
  'jan ene gen янв yan',
  'feb fev фев',
  'mar мар',
  'apr abr avr апр',
  'may mai mag мая маи',
  'jun giu juin июн iyun',
  'jul lug juil июл iyul',
  'aug ago aou авг avg',
  'sep set сен',
  'oct okt ott out окт',
  'nov ноя noy',
  'dec dic dez дек dek',
].map(stems => stems.split(' '));

const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  bst: 1, cet: 1, cest: 2, mez: 1, mesz: 2, eet: 2, eest: 3, msk: 3,
};

const NUMERIC_DATE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4})/;

const TOKEN = /(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?|([+-])(\d{2}):?(\d{2})?(?!\d)|(\d+)|(\p{L}+)/gu;

/** A calendar day; `month` counts from 0, as `Date.UTC` does. */
interface Day {
  year: number;
  month: number;
  day: number;
}

/** A time of day, as written (a 12-hour clock is not yet turned into 24 hours). */
interface Clock {
  hours: number;
  minutes: number;
  seconds: number;
  millis: number;
}

/** What the words and numbers of a date say besides a numeric date. */
interface Tokens {
  /** The first `hh:mm[:ss[.fff]]`; null when there is none. */
  time: Clock | null;
  /** `am`, `pm` or ''. */
  meridiem: string;
  /** Minutes east of UTC; null when no zone is written. */
  offset: number | null;
  /** The other numbers, as written: the day and year of a date with a month name. */
  numbers: string[];
  /** The last month name read; -1 when none was (or none was looked for). */
  month: number;
}

const MIDNIGHT: Clock = { hours: 0, minutes: 0, seconds: 0, millis: 0 };

/** The text with accents removed and letters in lower case, so that month and zone names match by stem. */
function folded(value: string): string {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/** A year-first (`2024-03-02`, `2020/1/10`) or day-first (`16.11.2022`) date, and the text around it. */
function readNumericDate(text: string): { day: Day; rest: string } | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return null;
  const [year, month, day] = numeric[1] ? [+numeric[1], +numeric[2] - 1, +numeric[3]] : [+numeric[6], +numeric[5] - 1, +numeric[4]];
  return { day: { year, month, day }, rest: text.slice(0, numeric.index) + ' ' + text.slice(numeric.index + numeric[0].length) };
}

function monthOf(word: string): number {
  if (word.length < 3) return -1;
  return MONTH_STEMS.findIndex(stems => stems.some(stem => word.startsWith(stem)));
}

/** Minutes east of UTC of a zone name from `ZONES`. */
function zoneNameOffset(word: string): number {
  return ZONES[word] * 60;
}

/** Minutes east of UTC of a `±hh[:]mm` zone. */
function signedOffset(sign: string, hours: string, minutes: string | undefined): number {
  return (sign === '-' ? -1 : 1) * (+hours * 60 + (minutes ? +minutes : 0));
}

/** Reads the time, zone, 12-hour marker, loose numbers and (when `monthNames`) the month name of `text`. */
function readTokens(text: string, monthNames: boolean): Tokens {
  const tokens: Tokens = { time: null, meridiem: '', offset: null, numbers: [], month: -1 };
  for (const token of text.matchAll(TOKEN)) {
    const [, h, m, s, fraction, sign, zoneHours, zoneMinutes, digits, word] = token;
    if (h) {
      tokens.time ??= { hours: +h, minutes: +m, seconds: s ? +s : 0, millis: fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0 };
    } else if (sign) {
      // A signed number before any time is part of the date ("16-Nov-2022"), not a zone.
      if (tokens.time) tokens.offset = signedOffset(sign, zoneHours, zoneMinutes);
      else tokens.numbers.push(zoneHours + (zoneMinutes ?? ''));
    } else if (digits) {
      tokens.numbers.push(digits);
    } else if (word === 'am' || word === 'pm') {
      tokens.meridiem = word;
    } else if (Object.hasOwn(ZONES, word)) {
      tokens.offset ??= zoneNameOffset(word);
    } else if (monthNames) {
      const named = monthOf(word);
      if (named >= 0) tokens.month = named;
    }
  }
  return tokens;
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/**
 * The RFC 822 way and its deviations: a month name with the day and the year around it, in either order.
 * "03 Apr 02 1500 GMT": without an hh:mm time, a trailing four-digit number is the time.
 */
function readNamedDate(tokens: Tokens): { day: Day; time: Clock | null } | null {
  const numbers = [...tokens.numbers];
  let time = tokens.time;
  if (!time && numbers.length > 2 && /^\d{4}$/.test(numbers[numbers.length - 1])) {
    const hhmm = numbers.pop() as string;
    time = { ...MIDNIGHT, hours: +hhmm.slice(0, 2), minutes: +hhmm.slice(2) };
  }
  if (tokens.month < 0 || numbers.length < 2) return null;
  const [first, second] = numbers;
  const yearFirst = first.length > 2 || +first > 31;
  return { day: { year: fullYear(yearFirst ? first : second), month: tokens.month, day: +(yearFirst ? second : first) }, time };
}

/** The hours of a 24-hour clock; null for an hour a 12-hour clock does not have. */
function clockHours(hours: number, meridiem: string): number | null {
  if (!meridiem) return hours;
  if (hours < 1 || hours > 12) return null;
  return (hours % 12) + (meridiem === 'pm' ? 12 : 0);
}

/** The instant of a day and time at `offset` minutes east of UTC (UTC when null); null when no such instant exists. */
function instant({ year, month, day }: Day, { hours, minutes, seconds, millis }: Clock, offset: number | null): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return null;
  // A leap second is read as the last second of its minute.
  const time = Date.UTC(year, month, day, hours, minutes, Math.min(seconds, 59), millis) - (offset ?? 0) * 60_000;
  // Date.UTC rolls 31 February over into March; such a date is wrong, not late.
  const check = new Date(Date.UTC(year, month, day));
  if (Number.isNaN(time) || check.getUTCDate() !== day || check.getUTCMonth() !== month) return null;
  return new Date(time);
}

/** Reads a date the way feeds write it; null when it cannot be read. */
export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  // No date is longer than this: a longer value costs no more to read than its start.
  const text = folded(value.slice(0, 128));
  if (!text) return null;
  const numeric = readNumericDate(text);
  const tokens = readTokens(numeric?.rest ?? text, !numeric);
  const dated = numeric ? { day: numeric.day, time: tokens.time } : readNamedDate(tokens);
  if (!dated) return null;
  const time = dated.time ?? MIDNIGHT;
  const hours = clockHours(time.hours, tokens.meridiem);
  return hours === null ? null : instant(dated.day, { ...time, hours }, tokens.offset);
}
