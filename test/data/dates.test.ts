import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/data/dates.js';

const iso = (value: string) => parseDate(value)?.toISOString() ?? null;

describe('parseDate', () => {
  it('reads RFC 822 dates with numeric zones', () => {
    expect(iso('Wed, 22 Jan 2014 20:31:31 +0600')).toBe('2014-01-22T14:31:31.000Z');
    expect(iso('Tue, 20 Sep 2016 11:16:08 +0000')).toBe('2016-09-20T11:16:08.000Z');
    expect(iso('Fri, 31 May 2019 12:17:58 -07:00')).toBe('2019-05-31T19:17:58.000Z');
  });

  it('reads named zones, military Z and UT', () => {
    expect(iso('Tue, 21 Aug 2012 10:33:00 EST')).toBe('2012-08-21T15:33:00.000Z');
    expect(iso('Tue, 21 Aug 2012 10:33:00 PDT')).toBe('2012-08-21T17:33:00.000Z');
    expect(iso('Tue, 15 Nov 2022 20:15:04 Z')).toBe('2022-11-15T20:15:04.000Z');
    expect(iso('Wed, 29 May 2019 10:16:00 GMT')).toBe('2019-05-29T10:16:00.000Z');
    expect(iso('Wed, 29 May 2019 10:16:00 UT')).toBe('2019-05-29T10:16:00.000Z');
    expect(iso('Mi, 29 Mai 2019 10:16:00 MESZ')).toBe('2019-05-29T08:16:00.000Z');
  });

  it('reads two-digit years as 20xx below 50 and 19xx from 50', () => {
    expect(iso('Thu, 07 Dec 17 10:00:29 -0800')).toBe('2017-12-07T18:00:29.000Z');
    expect(iso('Fri, 31 Dec 99 23:59:59 GMT')).toBe('1999-12-31T23:59:59.000Z');
  });

  it('reads a date without a zone as UTC, the same instant on every machine', () => {
    expect(iso('2018-12-13 00:00:00')).toBe('2018-12-13T00:00:00.000Z');
    expect(iso('Sun, 17 Jan 2021 19:27:00')).toBe('2021-01-17T19:27:00.000Z');
    expect(iso('2023-12-16')).toBe('2023-12-16T00:00:00.000Z');
  });

  it('reads 12-hour clocks, with noon and midnight right', () => {
    expect(iso('Sat, Dec 16 2023 02:02:33 PM')).toBe('2023-12-16T14:02:33.000Z');
    expect(iso('Sat, Dec 16 2023 12:05 AM')).toBe('2023-12-16T00:05:00.000Z');
    expect(iso('Sat, Dec 16 2023 12:05 pm')).toBe('2023-12-16T12:05:00.000Z');
    expect(parseDate('Sat, Dec 16 2023 13:05 PM')).toBeNull();
  });

  it('takes no zone from a word that is only a property every object has', () => {
    expect(iso('Sat, 16 Dec 2023 13:05:00 constructor')).toBe('2023-12-16T13:05:00.000Z');
    expect(iso('Sat, 16 Dec 2023 13:05:00 toString')).toBe('2023-12-16T13:05:00.000Z');
  });

  it('ignores surrounding whitespace and newlines', () => {
    expect(iso('\n   Wed, 03 Jan 2018 13:47:00 GMT\n      ')).toBe('2018-01-03T13:47:00.000Z');
  });

  it('reads ISO 8601 with offsets, fractions and a space instead of T', () => {
    expect(iso('2017-06-21T10:33:10-07:00')).toBe('2017-06-21T17:33:10.000Z');
    expect(iso('2022-09-03 09:37:11+03:00')).toBe('2022-09-03T06:37:11.000Z');
    expect(iso('2020-05-18T05:44:47.123456Z')).toBe('2020-05-18T05:44:47.123Z');
    expect(iso('2016-02-01T17:22:00+01')).toBe('2016-02-01T16:22:00.000Z');
  });

  it('reads hhmm times written without a colon after the year', () => {
    expect(iso('03 Apr 02 1500 GMT')).toBe('2002-04-03T15:00:00.000Z');
  });

  it('reads year-first numeric dates and day-first dotted dates', () => {
    expect(iso('2020/1/10 14:33:00')).toBe('2020-01-10T14:33:00.000Z');
    expect(iso('16.11.2022 14:05 +0100')).toBe('2022-11-16T13:05:00.000Z');
  });

  it.each([
    ['ru', 'Ср, 16 ноя 2022 00:38:15 +0300', '2022-11-15T21:38:15.000Z'],
    ['ru, genitive', '5 мая 2021 10:00', '2021-05-05T10:00:00.000Z'],
    ['ru, nominative with й', 'Май 5 2021 10:00', '2021-05-05T10:00:00.000Z'],
    ['it', 'mer, 16 nov 2022 00:38:15 +0100', '2022-11-15T23:38:15.000Z'],
    ['it, martedì is not March', 'mar, 15 giu 2021 08:00:00 +0200', '2021-06-15T06:00:00.000Z'],
    ['pt', 'Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['pt, long', 'sexta-feira, 3 de fevereiro de 2023 10:00', '2023-02-03T10:00:00.000Z'],
    ['fr', 'mer., 16 févr. 2022 09:00:00 +0100', '2022-02-16T08:00:00.000Z'],
    ['fr, juin and juillet', '1 juil. 2022 12:00', '2022-07-01T12:00:00.000Z'],
    ['de', 'Do, 17 März 2022 09:00:00 +0100', '2022-03-17T08:00:00.000Z'],
    ['de', 'Di, 21 Dez 2021 09:00', '2021-12-21T09:00:00.000Z'],
    ['es', 'mié, 14 dic 2022 10:00:00 +0100', '2022-12-14T09:00:00.000Z'],
    ['es, long', '24 de septiembre de 2018 19:42', '2018-09-24T19:42:00.000Z'],
    ['uz', '12 iyun 2024 09:00 +0500', '2024-06-12T04:00:00.000Z'],
  ])('reads month names in %s', (_language, value, expected) => {
    expect(iso(value)).toBe(expected);
  });

  it.each(['', '   ', 'soon', 'yesterday', 'Τρι, 29 Ιούν 2004 12:53:00 GMT', '31 Feb 2022', 'Fri, 31 Apr 2022 10:00', '2022-13-01', '2022-01-01 25:00', 'Mon, 12 Foo 2022', '10/11/2022', '12:00'])(
    'gives null, not an error, for %j',
    value => {
      expect(parseDate(value)).toBeNull();
    },
  );

  it('gives null for values that are not strings', () => {
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate(1700000000)).toBeNull();
    expect(parseDate({})).toBeNull();
  });

  it('never throws and never returns an Invalid Date, whatever it is given', () => {
    const pieces = ['Mon,', '31', '99', '2024', 'Feb', 'мая', '24:61:99', '12:00', 'PM', '+9999', '-', 'Z', 'GMT', '/', '.', 'T', '\u0000', '\ud800'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let round = 0; round < 2000; round++) {
      const value = Array.from({ length: 1 + (round % 7) }, () => pieces[next()]).join(round % 2 ? ' ' : '');
      const date = parseDate(value);
      if (date !== null) expect(Number.isNaN(date.getTime()), value).toBe(false);
    }
  });
});
