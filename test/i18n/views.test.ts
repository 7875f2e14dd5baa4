import { describe, expect, it } from 'vitest';
import { formatViews } from '../../src/i18n/views.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { uz } from '../../src/i18n/uz.js';

const nbsp = '\u00a0';

describe('formatViews', () => {
  it('gives the seed page’s count with its word in every language', () => {
    expect(formatViews(131, en)).toBe('131 views');
    expect(formatViews(131, ru)).toBe('131 просмотр');
    expect(formatViews(131, uz)).toBe('131 marta koʻrilgan');
  });

  it('chooses the Russian word by Intl.PluralRules: one, few, many', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map(count => formatViews(count, ru))).toEqual([
      '1 просмотр',
      '2 просмотра',
      '5 просмотров',
      '11 просмотров',
      '21 просмотр',
      '22 просмотра',
      '25 просмотров',
    ]);
    expect(formatViews(1, en)).toBe('1 view');
    expect(formatViews(0, en)).toBe('0 views');
  });

  it('groups thousands the local way below ten thousand', () => {
    expect(formatViews(1840, en)).toBe('1,840 views');
    expect(formatViews(1840, ru)).toBe(`1${nbsp}840 просмотров`);
    expect(formatViews(1841, ru)).toBe(`1${nbsp}841 просмотр`);
    expect(formatViews(9999, uz)).toBe(`9${nbsp}999 marta koʻrilgan`);
  });

  it('shows large counts compactly, with the word agreeing with the number as shown', () => {
    expect(formatViews(12_345, en)).toBe('12.3K views');
    expect(formatViews(12_345, ru)).toBe(`12,3${nbsp}тыс. просмотров`);
    expect(formatViews(12_345, uz)).toBe(`12,3${nbsp}ming marta koʻrilgan`);
    expect(formatViews(21_000, ru)).toBe(`21${nbsp}тыс. просмотров`);
    expect(formatViews(345_678, en)).toBe('346K views');
    expect(formatViews(1_234_567, en)).toBe('1.2M views');
    expect(formatViews(1_234_567, ru)).toBe(`1,2${nbsp}млн просмотров`);
    expect(formatViews(1_234_567, uz)).toBe(`1,2${nbsp}mln marta koʻrilgan`);
  });

  it('moves to millions rather than showing 1,000K', () => {
    expect(formatViews(999_499, en)).toBe('999K views');
    expect(formatViews(999_500, en)).toBe('1M views');
    expect(formatViews(10_000, en)).toBe('10K views');
    expect(formatViews(9_999, en)).toBe('9,999 views');
  });
});
