import { describe, expect, it } from 'vitest';
import { filterStories, listAttribute, newestFirst, wordMatcher, type StoryCriteria } from '../../src/data/story-filter.js';
import type { FeedItem } from '../../src/data/types.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;

function story(id: string, title: string, more: Partial<FeedItem> = {}): FeedItem {
  return { id, url: `https://news.example/${id}`, title, summary: '', contentHtml: '', image: null, category: null, tags: [], published: null, updated: null, author: null, views: null, ...more };
}

const none: StoryCriteria = { keywords: [], blockKeywords: [], categories: [], maxAgeHours: 0, now: NOW };
const ids = (items: FeedItem[]) => items.map(item => item.id);

describe('story filters', () => {
  it('reads a comma-separated attribute into trimmed entries without empty ones', () => {
    expect(listAttribute(' sport,  world ,,climate change ')).toEqual(['sport', 'world', 'climate change']);
    expect(listAttribute(null)).toEqual([]);
  });

  it('keeps stories that hold a keyword as a whole word in the title, summary or category, whatever the case', () => {
    const items = [story('a', 'Floods in the valley'), story('b', 'Market news', { summary: 'After the FLOODS, prices rose' }), story('c', 'Quiet day', { category: 'Floods' }), story('d', 'Floodsmart app launched')];
    expect(ids(filterStories(items, { ...none, keywords: ['floods'] }))).toEqual(['a', 'b', 'c']);
  });

  it('matches phrases word by word, never across two fields', () => {
    const items = [story('a', 'Climate   change talks resume'), story('b', 'The climate', { summary: 'change is coming' })];
    expect(ids(filterStories(items, { ...none, keywords: ['climate change'] }))).toEqual(['a']);
  });

  it('ignores accents and the Russian ё: a Russian keyword finds its word in any spelling', () => {
    const items = [story('a', 'Ёлка на площади'), story('b', 'Погода: снег'), story('c', 'Café Müller reopens')];
    expect(ids(filterStories(items, { ...none, keywords: ['елка'] }))).toEqual(['a']);
    expect(ids(filterStories(items, { ...none, keywords: ['СНЕГ'] }))).toEqual(['b']);
    expect(ids(filterStories(items, { ...none, keywords: ['cafe muller'] }))).toEqual(['c']);
  });

  it('finds an Uzbek word whatever apostrophe it is typed with: ʻ, ʼ, \', ‘ or ’', () => {
    const items = [story('a', 'Oʻzbekiston terma jamoasi gʻalaba qozondi'), story('b', "O'zbekiston iqtisodiyoti"), story('c', 'O‘zbekiston va taʼlim'), story('d', 'Qozogʻiston yangiliklari')];
    expect(ids(filterStories(items, { ...none, keywords: ['O’zbekiston'] }))).toEqual(['a', 'b', 'c']);
    expect(ids(filterStories(items, { ...none, keywords: ["g'alaba"] }))).toEqual(['a']);
    expect(ids(filterStories(items, { ...none, keywords: ["ta'lim"] }))).toEqual(['c']);
  });

  it('finds words in scripts written without spaces, as the segmenter finds them', () => {
    const items = [story('a', '东京发生地震'), story('b', '北京天气晴朗')];
    expect(ids(filterStories(items, { ...none, keywords: ['地震'] }))).toEqual(['a']);
  });

  it('drops stories that hold a blocked word, and blocking wins over keeping', () => {
    const items = [story('a', 'Football: the final'), story('b', 'Football betting odds'), story('c', 'Weather')];
    expect(ids(filterStories(items, { ...none, blockKeywords: ['betting'] }))).toEqual(['a', 'c']);
    expect(ids(filterStories(items, { ...none, keywords: ['football'], blockKeywords: ['Betting'] }))).toEqual(['a']);
  });

  it('keeps only the listed categories, by a story’s category or one of its tags', () => {
    const items = [story('a', 'One', { category: 'Sport' }), story('b', 'Two', { category: 'World', tags: ['World', 'Sport'] }), story('c', 'Three', { category: 'Culture' }), story('d', 'Four')];
    expect(ids(filterStories(items, { ...none, categories: ['sport'] }))).toEqual(['a', 'b']);
    expect(ids(filterStories(items, { ...none, categories: ['Culture', 'World'] }))).toEqual(['b', 'c']);
  });

  it('drops stories older than max-age hours and keeps those at the boundary and those without a date', () => {
    const items = [
      story('fresh', 'Fresh', { published: new Date(NOW - HOUR) }),
      story('boundary', 'Boundary', { published: new Date(NOW - 48 * HOUR) }),
      story('old', 'Old', { published: new Date(NOW - 48 * HOUR - 1000) }),
      story('undated', 'Undated'),
    ];
    expect(ids(filterStories(items, { ...none, maxAgeHours: 48 }))).toEqual(['fresh', 'boundary', 'undated']);
    expect(ids(filterStories(items, none))).toEqual(['fresh', 'boundary', 'old', 'undated']);
  });

  it('combines every filter: all of them must keep a story', () => {
    const items = [
      story('a', 'Saylov natijalari', { category: 'Siyosat', published: new Date(NOW - HOUR) }),
      story('b', 'Saylov: eski xabar', { category: 'Siyosat', published: new Date(NOW - 100 * HOUR) }),
      story('c', 'Saylov va futbol', { category: 'Sport', published: new Date(NOW - HOUR) }),
      story('d', 'Saylov reklama', { category: 'Siyosat', published: new Date(NOW - HOUR) }),
    ];
    expect(ids(filterStories(items, { keywords: ['saylov'], blockKeywords: ['reklama'], categories: ['siyosat'], maxAgeHours: 48, now: NOW }))).toEqual(['a']);
  });

  it('has no matcher for no words, nor for words that are only punctuation', () => {
    expect(wordMatcher([])).toBeNull();
    expect(wordMatcher([' — '])).toBeNull();
  });

  it('orders stories newest first, those without a date after them in their order', () => {
    const items = [story('u1', 'U1'), story('old', 'Old', { published: new Date(NOW - 5 * HOUR) }), story('u2', 'U2'), story('new', 'New', { published: new Date(NOW - HOUR) })];
    expect(ids(newestFirst(items))).toEqual(['new', 'old', 'u1', 'u2']);
  });
});
