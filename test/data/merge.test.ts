import { describe, expect, it } from 'vitest';
import { mergeFeeds } from '../../src/data/merge.js';
import type { Feed, FeedItem } from '../../src/data/types.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;

function story(id: string, title: string, url: string | null, hoursAgo: number | null): FeedItem {
  return { id, url, title, summary: '', contentHtml: '', image: null, category: null, tags: [], published: hoursAgo === null ? null : new Date(NOW - hoursAgo * HOUR), updated: null, author: null, views: null };
}

function feed(title: string, items: FeedItem[], language: string | null = 'en'): Feed {
  return { title, url: null, language, items };
}

const north = { title: 'North', url: 'https://north.example/feed.json' };
const south = { title: 'South', url: 'https://south.example/feed.xml' };

describe('merging sources', () => {
  it('keeps every story once, with its source, in the order of the sources', () => {
    const merged = mergeFeeds([
      { source: north, feed: feed('North news', [story('1', 'Bridge opens', 'https://north.example/bridge', 2)]) },
      { source: south, feed: feed('South news', [story('1', 'Rain expected', 'https://south.example/rain', 1)]) },
    ]);
    expect(merged.items.map(item => [item.title, item.source?.title])).toEqual([
      ['Bridge opens', 'North'],
      ['Rain expected', 'South'],
    ]);
    // Both feeds number their stories from 1: the ids stay unique.
    expect(new Set(merged.items.map(item => item.id)).size).toBe(2);
  });

  it('shows a story listed by two sources once: the same address, however it is written', () => {
    const merged = mergeFeeds([
      { source: north, feed: feed('N', [story('a', 'Bridge opens', 'https://www.news.example/bridge/?utm_source=rss', 2)]) },
      { source: south, feed: feed('S', [story('b', 'The bridge is open', 'http://news.example/bridge#top', 2)]) },
    ]);
    expect(merged.items.map(item => item.source?.title)).toEqual(['North']);
  });

  it('shows a story listed by two sources once: the same title within a day, but not a day apart', () => {
    const merged = mergeFeeds([
      { source: north, feed: feed('N', [story('a', 'Snow in the mountains', 'https://north.example/a', 3), story('c', 'Markets close', 'https://north.example/c', 1)]) },
      { source: south, feed: feed('S', [story('b', 'SNOW in the  mountains', 'https://south.example/b', 20), story('d', 'Markets close', 'https://south.example/d', 30)]) },
    ]);
    expect(merged.items.map(item => item.id)).toEqual(['a', 'c', 'd']);
  });

  it('leaves out stories with neither a title nor a link, and tells the language only when all sources agree', () => {
    const merged = mergeFeeds([
      { source: north, feed: feed('N', [story('a', '', null, 1), story('b', 'Kept', null, 1)], 'ru') },
      { source: south, feed: feed('S', [], 'ru') },
    ]);
    expect(merged.items.map(item => item.id)).toEqual(['b']);
    expect(merged.language).toBe('ru');
    expect(mergeFeeds([{ source: north, feed: feed('N', [], 'ru') }, { source: south, feed: feed('S', [], 'uz') }]).language).toBeNull();
  });
});
