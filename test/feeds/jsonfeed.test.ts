import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://news.example/feed.json';

const feedOf = (...items: unknown[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Example', items });

describe('JSON Feed in the browser', () => {
  it('takes the picture from image, then banner_image, then the first image of content_html', () => {
    const items = parseFeed(
      feedOf(
        { id: '1', title: 'A', image: '/a.jpg', banner_image: '/banner.jpg' },
        { id: '2', title: 'B', banner_image: '/banner.jpg' },
        { id: '3', title: 'C', url: 'https://news.example/2026/c/', content_html: '<p><img src="c.png" alt="Chart" width="600" height="400"></p>' },
        { id: '4', title: 'D', content_html: '<img src="https://feeds.feedburner.com/~r/x" width="1" height="1">' },
      ),
      { url },
    ).items;
    expect(items.map(item => item.image)).toEqual([
      { url: 'https://news.example/a.jpg', alt: 'A' },
      { url: 'https://news.example/banner.jpg', alt: 'B' },
      { url: 'https://news.example/2026/c/c.png', width: 600, height: 400, alt: 'Chart' },
      null,
    ]);
  });

  it('reads RFC 822 dates that generators put in date_published', () => {
    const [item] = parseFeed(feedOf({ id: '1', title: 'A', date_published: 'Fri, 31 May 2019 12:17:58 -0700' }), { url }).items;
    expect(item.published?.toISOString()).toBe('2019-05-31T19:17:58.000Z');
  });

  it('decodes character references left in plain-text titles but keeps markup literal', () => {
    const [item] = parseFeed(feedOf({ id: '1', title: 'It&#8217;s <b>here</b>' }), { url }).items;
    expect(item.title).toBe('It\u2019s <b>here</b>');
  });
});
