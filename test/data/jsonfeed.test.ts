import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';

const meta = { url: 'https://news.example/feeds/main.json', contentType: 'application/feed+json' };

function feedOf(...items: unknown[]): string {
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Example', items });
}

describe('parseJsonFeed', () => {
  it('reads the feed title, home page and language', () => {
    const feed = parseJsonFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Daily &amp; Weekly', home_page_url: '/', language: 'uz', items: [] }),
      meta,
    );
    expect(feed).toEqual({ title: 'Daily & Weekly', url: 'https://news.example/', language: 'uz', items: [] });
  });

  it('takes category and views from the _news extension', () => {
    const [item] = parseJsonFeed(feedOf({ id: '1', title: 'A', tags: ['Tag'], _news: { category: 'World', views: 131 } }), meta).items;
    expect(item.category).toBe('World');
    expect(item.views).toBe(131);
  });

  it('falls back to the first tag for the category and ignores views that are not whole numbers', () => {
    const [item] = parseJsonFeed(feedOf({ id: '1', title: 'A', tags: ['Sport', 'Chess'], _news: { views: '9000' } }), meta).items;
    expect(item.category).toBe('Sport');
    expect(item.tags).toEqual(['Sport', 'Chess']);
    expect(item.views).toBeNull();
  });

  it('resolves relative links against the feed address and drops other schemes', () => {
    const items = parseJsonFeed(
      feedOf(
        { id: '1', title: 'Relative', url: '../2026/story', image: 'img/a.jpg' },
        { id: '2', title: 'Script', url: 'javascript:alert(1)', image: 'data:image/png;base64,AAAA' },
        { id: '3', title: 'External only', external_url: 'https://elsewhere.example/x' },
      ),
      meta,
    ).items;
    expect(items[0].url).toBe('https://news.example/2026/story');
    expect(items[0].image).toEqual({ url: 'https://news.example/feeds/img/a.jpg', alt: 'Relative' });
    expect(items[1].url).toBeNull();
    expect(items[1].image).toBeNull();
    expect(items[2].url).toBe('https://elsewhere.example/x');
  });

  it('keeps titles as plain text, so markup in a title is never rendered', () => {
    const [item] = parseJsonFeed(feedOf({ id: '1', title: '  <b>Bold</b>\n claim ', url: 'https://news.example/1' }), meta).items;
    expect(item.title).toBe('<b>Bold</b> claim');
  });

  it('gives a titleless item the first words of its content', () => {
    const [item] = parseJsonFeed(
      feedOf({ id: '1', content_html: `<p>Night trams return &amp; run late. ${'More words follow here. '.repeat(10)}</p>` }),
      meta,
    ).items;
    expect(item.title.startsWith('Night trams return & run late.')).toBe(true);
    expect(item.title.endsWith('\u2026')).toBe(true);
    expect(item.title.length).toBeLessThanOrEqual(81);
    expect(item.summary.startsWith('Night trams return & run late.')).toBe(true);
  });

  it('reads dates and authors of both JSON Feed versions', () => {
    const [v11, v10] = parseJsonFeed(
      feedOf(
        { id: '1', title: 'A', date_published: '2026-11-26T23:47:00+05:00', authors: [{ name: 'Ann' }, { name: 'Bo' }] },
        { id: '2', title: 'B', date_published: 'not a date', author: { name: 'Cy' } },
      ),
      meta,
    ).items;
    expect(v11.published?.toISOString()).toBe('2026-11-26T18:47:00.000Z');
    expect(v11.author).toBe('Ann, Bo');
    expect(v10.published).toBeNull();
    expect(v10.author).toBe('Cy');
  });

  it('keeps every object entry, even one with neither title nor link, and skips the rest', () => {
    const items = parseJsonFeed(feedOf(null, 'text', { id: 'empty' }, { id: 'ok', title: 'Kept' }), meta).items;
    expect(items.map(item => [item.id, item.title, item.url])).toEqual([
      ['empty', '', null],
      ['ok', 'Kept', null],
    ]);
  });

  it('rejects a body that is not JSON with a parse error naming the address', () => {
    expect(() => parseJsonFeed('{"items": [', meta)).toThrowError(FeedError);
    try {
      parseJsonFeed('<html>', meta);
    } catch (error) {
      expect((error as FeedError).kind).toBe('parse');
      expect((error as FeedError).message).toContain(meta.url);
    }
  });

  it('reads UTF-8 bytes, with or without a byte order mark', () => {
    const text = feedOf({ id: '1', title: 'Ташкент: пасмурно' });
    const bytes = new TextEncoder().encode(`\ufeff${text}`);
    expect(parseJsonFeed(bytes.buffer, meta).items[0].title).toBe('Ташкент: пасмурно');
  });

  it('rejects JSON that is not a feed', () => {
    expect(() => parseJsonFeed('{"title": "no items"}', meta)).toThrowError(/not a JSON Feed/);
    expect(() => parseJsonFeed('[1, 2]', meta)).toThrowError(/not a JSON Feed/);
  });
});
