import { describe, expect, it } from 'vitest';
import { primarySubtag } from '../../src/i18n/index.js';

describe('primarySubtag', () => {
  it('is the first subtag, lower case, whichever separator the tag uses', () => {
    expect(primarySubtag('ru-RU')).toBe('ru');
    expect(primarySubtag('uz_Latn')).toBe('uz');
    expect(primarySubtag(' EN ')).toBe('en');
    expect(primarySubtag('he')).toBe('he');
  });
});
