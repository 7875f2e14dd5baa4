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

function monthOf(word: string): number {
  if (word.length < 3) return -1;
  return MONTH_STEMS.findIndex(stems => stems.some(stem => word.startsWith(stem)));
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length > 2) return year;
  return year < 50 ? 2000 + year : 1900 + year;
}

/** Reads a date the way feeds write it; null when it cannot be read. */
export function parseDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  let text = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  if (!text) return null;

  let year = NaN;
  let month = -1;
  let day = NaN;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    [year, month, day] = numeric[1] ? [+numeric[1], +numeric[2] - 1, +numeric[3]] : [+numeric[6], +numeric[5] - 1, +numeric[4]];
    text = text.slice(0, numeric.index) + ' ' + text.slice(numeric.index + numeric[0].length);
  }

  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  let millis = 0;
  let hasTime = false;
  let meridiem = '';
  let offset: number | null = null;
  const numbers: string[] = [];
  for (const token of text.matchAll(TOKEN)) {
    const [, h, m, s, fraction, sign, zoneHours, zoneMinutes, digits, word] = token;
    if (h) {
      if (hasTime) continue;
      [hours, minutes, seconds, hasTime] = [+h, +m, s ? +s : 0, true];
      millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
    } else if (sign) {
      // A signed number before any time is part of the date ("16-Nov-2022"), not a zone.
      if (hasTime) offset = (sign === '-' ? -1 : 1) * (+zoneHours * 60 + (zoneMinutes ? +zoneMinutes : 0));
      else numbers.push(zoneHours + (zoneMinutes ?? ''));
    } else if (digits) {
      numbers.push(digits);
    } else if (word === 'am' || word === 'pm') {
      meridiem = word;
    } else if (word in ZONES) {
      offset ??= ZONES[word] * 60;
    } else if (!numeric) {
      const named = monthOf(word);
      if (named >= 0) month = named;
    }
  }

  if (!numeric) {
    // "03 Apr 02 1500 GMT": without an hh:mm time, a trailing four-digit number is the time.
    if (!hasTime && numbers.length > 2 && /^\d{4}$/.test(numbers[numbers.length - 1])) {
      const hhmm = numbers.pop() as string;
      [hours, minutes] = [+hhmm.slice(0, 2), +hhmm.slice(2)];
    }
    if (month < 0 || numbers.length < 2) return null;
    const [first, second] = numbers;
    const yearFirst = first.length > 2 || +first > 31;
    year = fullYear(yearFirst ? first : second);
    day = +(yearFirst ? second : first);
  }

  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (month < 0 || month > 11 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 60) return null;

  // A leap second is read as the last second of its minute.
  const time = Date.UTC(year, month, day, hours, minutes, Math.min(seconds, 59), millis) - (offset ?? 0) * 60_000;
  const date = new Date(time);
  // Date.UTC rolls 31 February over into March; such a date is wrong, not late.
  const check = new Date(Date.UTC(year, month, day));
  if (Number.isNaN(time) || check.getUTCDate() !== day || check.getUTCMonth() !== month) return null;
  return date;
}
