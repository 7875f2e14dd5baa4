import { describe, expect, it } from 'vitest';
import { formatCalendarTime } from '../../src/i18n/calendar.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { uz } from '../../src/i18n/uz.js';

const TASHKENT = 'Asia/Tashkent'; // UTC+5 all year
const PARIS = 'Europe/Paris'; // UTC+1, +2 in summer

/** Just after midnight of 27 November 2026 in Tashkent. */
const now = new Date('2026-11-27T00:10:00+05:00');

describe('formatCalendarTime', () => {
  it('calls a time of the reader’s current day "Today", in every language', () => {
    const date = new Date('2026-11-27T00:05:00+05:00');
    expect(formatCalendarTime(date, en, { now, timeZone: TASHKENT })).toBe('Today, 00:05');
    expect(formatCalendarTime(date, ru, { now, timeZone: TASHKENT })).toBe('Сегодня, 00:05');
    expect(formatCalendarTime(date, uz, { now, timeZone: TASHKENT })).toBe('Bugun, 00:05');
  });

  it('calls the day before "Yesterday", even minutes before midnight', () => {
    const date = new Date('2026-11-26T23:47:00+05:00');
    expect(formatCalendarTime(date, en, { now, timeZone: TASHKENT })).toBe('Yesterday, 23:47');
    expect(formatCalendarTime(date, ru, { now, timeZone: TASHKENT })).toBe('Вчера, 23:47');
    expect(formatCalendarTime(date, uz, { now, timeZone: TASHKENT })).toBe('Kecha, 23:47');
  });

  it('names the day and month two days back, without the year of the current year', () => {
    const date = new Date('2026-03-12T09:10:00+05:00');
    expect(formatCalendarTime(date, en, { now, timeZone: TASHKENT })).toBe('12 March, 09:10');
    expect(formatCalendarTime(date, ru, { now, timeZone: TASHKENT })).toBe('12 марта, 09:10');
    expect(formatCalendarTime(date, uz, { now, timeZone: TASHKENT })).toBe('12-mart, 09:10');
    expect(formatCalendarTime(new Date('2026-11-25T18:00:00+05:00'), en, { now, timeZone: TASHKENT })).toBe('25 November, 18:00');
  });

  it('reads the same moment on the reader’s own clock: Yesterday in Tashkent is Today in Paris', () => {
    const date = new Date('2026-11-26T23:47:00+05:00');
    expect(formatCalendarTime(date, en, { now, timeZone: PARIS })).toBe('Today, 19:47');
    expect(formatCalendarTime(date, ru, { now, timeZone: 'UTC' })).toBe('Сегодня, 18:47');
  });

  it('counts calendar days across the year boundary: 31 December is Yesterday on 1 January', () => {
    const newYear = new Date('2027-01-01T00:30:00+05:00');
    expect(formatCalendarTime(new Date('2026-12-31T23:50:00+05:00'), en, { now: newYear, timeZone: TASHKENT })).toBe('Yesterday, 23:50');
    expect(formatCalendarTime(new Date('2027-01-01T00:01:00+05:00'), ru, { now: newYear, timeZone: TASHKENT })).toBe('Сегодня, 00:01');
  });

  it('adds the year to a date of another year than the reader’s current one', () => {
    const newYear = new Date('2027-01-01T00:30:00+05:00');
    const date = new Date('2026-12-30T10:00:00+05:00');
    expect(formatCalendarTime(date, en, { now: newYear, timeZone: TASHKENT })).toBe('30 December 2026, 10:00');
    expect(formatCalendarTime(date, ru, { now: newYear, timeZone: TASHKENT })).toBe('30 декабря 2026, 10:00');
    expect(formatCalendarTime(date, uz, { now: newYear, timeZone: TASHKENT })).toBe('2026-yil 30-dekabr, 10:00');
  });

  it('decides the year in the reader’s zone: New Year’s Eve in Paris is already next year in Tashkent', () => {
    // 22:30 in Paris on 31 December is 02:30 on 1 January in Tashkent.
    const date = new Date('2026-12-31T21:30:00Z');
    const later = new Date('2027-01-03T12:00:00Z');
    expect(formatCalendarTime(date, en, { now: later, timeZone: PARIS })).toBe('31 December 2026, 22:30');
    expect(formatCalendarTime(date, en, { now: later, timeZone: TASHKENT })).toBe('1 January, 02:30');
  });

  it('counts days, not 24-hour periods, across a daylight saving change', () => {
    // Paris moved its clocks forward on 29 March 2026; 23 hours separate these two wall-clock times.
    const date = new Date('2026-03-29T00:30:00Z'); // 01:30 CET on the 29th
    const nextDay = new Date('2026-03-29T22:30:00Z'); // 00:30 CEST on the 30th
    expect(formatCalendarTime(date, en, { now: nextDay, timeZone: PARIS })).toBe('Yesterday, 01:30');
  });

  it('counts across month ends and leap days', () => {
    const firstOfMarch = new Date('2028-03-01T08:00:00Z');
    expect(formatCalendarTime(new Date('2028-02-29T21:15:00Z'), en, { now: firstOfMarch, timeZone: 'UTC' })).toBe('Yesterday, 21:15');
    expect(formatCalendarTime(new Date('2028-02-28T21:15:00Z'), uz, { now: firstOfMarch, timeZone: 'UTC' })).toBe('28-fevral, 21:15');
  });

  it('shows a date ahead of the reader’s today as a date, not as Today', () => {
    const tomorrow = new Date('2026-11-28T09:00:00+05:00');
    expect(formatCalendarTime(tomorrow, en, { now, timeZone: TASHKENT })).toBe('28 November, 09:00');
  });

  it('uses the reader’s own zone when none is given', () => {
    const date = new Date('2026-11-26T23:47:00+05:00');
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatCalendarTime(date, en, { now })).toBe(formatCalendarTime(date, en, { now, timeZone: readerZone }));
    expect(formatCalendarTime(date, en, { now: new Date('2026-11-26T23:50:00+05:00') })).toMatch(/^Today, \d\d:\d\d$/);
  });

  it('rejects a zone that does not exist', () => {
    expect(() => formatCalendarTime(now, en, { now, timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});
