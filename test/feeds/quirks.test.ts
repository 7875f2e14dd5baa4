// Quirks found in real feeds that lenient readers such as Python's feedparser read, each in a small feed of our own.
// (Undeclared prefixes, comments before the declaration, guids as links, Atom 0.3 base64 and one-sentence errors
// are in parse-feed.test.ts, rss.test.ts and atom.test.ts.)
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://quirks.example/feed';

const rssItem = (item: string) =>
  parseFeed(
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Q</title><item><title>Story</title>${item}</item></channel></rss>`,
    { url },
  ).items[0];

describe('quirks of real feeds', () => {
  it('dates an RSS item that only has atom:updated by it', () => {
    const item = rssItem('<atom:updated>2026-11-30T08:00:00Z</atom:updated>');
    expect(item.published?.toISOString()).toBe('2026-11-30T08:00:00.000Z');
    expect(item.updated?.toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('keeps raw XHTML written into an RSS description as markup, with its links and pictures', () => {
    const item = rssItem('<description><p>Read <a href="https://quirks.example/a">this</a> &amp; look: <img src="https://img.example/p.jpg" width="640"/></p></description>');
    expect(item.contentHtml).toBe('<p>Read <a href="https://quirks.example/a">this</a> &amp; look: <img src="https://img.example/p.jpg" width="640"></p>');
    expect(item.summary).toBe('Read this & look:');
    expect(item.image?.url).toBe('https://img.example/p.jpg');
  });

  it('reads a media:thumbnail whose address is its text', () => {
    expect(rssItem('<media:thumbnail>https://img.example/thumb.jpg</media:thumbnail>').image?.url).toBe('https://img.example/thumb.jpg');
  });

  it('reads categories inside a <categories> wrapper', () => {
    expect(rssItem('<categories><category>City</category><category>Transport</category></categories>').tags).toEqual(['City', 'Transport']);
  });

  it('reads an Atom entry\'s dc:subject as a category', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><entry><title>A</title>
        <category term="news"/><dc:subject>Science &amp; health</dc:subject></entry></feed>`,
      { url },
    );
    expect(feed.items[0]).toMatchObject({ tags: ['news', 'Science & health'], category: 'news' });
    const subjectOnly = parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B</title><dc:subject>Sport</dc:subject></entry></feed>', { url });
    expect(subjectOnly.items[0].category).toBe('Sport');
  });

  it('reads the windows-1251 text that other parsers turn into U+FFFD', () => {
    const body = new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>'), 0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, ...new TextEncoder().encode('</title></item></channel></rss>')]);
    expect(parseFeed(body.buffer, { url }).items[0].title).toBe('Новости');
  });

  it('makes a summary from the start of a long article, and only when it is asked for', () => {
    const article = `<p>${'word '.repeat(200_000)}</p>`;
    const [item] = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Long', content_html: article }] }), { url }).items;
    expect(item.contentHtml).toBe(article);
    expect(item.summary.length).toBeLessThanOrEqual(1024);
    expect(item.summary.startsWith('word word')).toBe(true);
  });
});
