import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://news.example/feeds/main.xml';

/** An RSS 2.0 document around the given channel content. */
function rss(channel: string, namespaces = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom" ${namespaces}><channel>${channel}</channel></rss>`;
}

const first = (channel: string, namespaces?: string) => parseFeed(rss(channel, namespaces), { url }).items[0];

describe('RSS 2.0', () => {
  it('reads the channel title, site, language and the items in order', () => {
    const feed = parseFeed(
      rss(`<title>Daily &amp; Weekly</title><link>/</link><language>en_US</language>
        <item><title>One</title><link>/1</link></item><item><title>Two</title><link>/2</link></item>`),
      { url },
    );
    expect(feed).toMatchObject({ title: 'Daily & Weekly', url: 'https://news.example/', language: 'en-US' });
    expect(feed.items.map(item => [item.title, item.url])).toEqual([
      ['One', 'https://news.example/1'],
      ['Two', 'https://news.example/2'],
    ]);
  });

  it('reads a feed whose <rss> declares a default namespace', () => {
    const feed = parseFeed(
      `<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Новости</title>
        <item><title>Заголовок</title><link>https://news.example/a</link><pubDate>Wed, 22 Jan 2014 20:31:31 +0600</pubDate></item>
      </channel></rss>`,
      { url },
    );
    expect(feed.title).toBe('Новости');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ title: 'Заголовок', url: 'https://news.example/a' });
    expect(feed.items[0].published?.toISOString()).toBe('2014-01-22T14:31:31.000Z');
  });

  it('counts only items that are children of the channel, not items nested in other items', () => {
    const feed = parseFeed(rss('<item><title>Outer</title><description><item><title>Inner</title></item></description></item>'), { url });
    expect(feed.items.map(item => item.title)).toEqual(['Outer']);
  });

  it('reads CDATA and escaped HTML as plain text for the summary and keeps the HTML for the sanitizer', () => {
    const item = first(`<item><title><![CDATA[  Padded  ]]></title>
      <description>&lt;p&gt;First &lt;b&gt;bold&lt;/b&gt; words&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>`);
    expect(item.title).toBe('Padded');
    expect(item.summary).toBe('First bold words');
    expect(item.contentHtml).toBe('<p>First <b>bold</b> words</p><script>alert(1)</script>');
  });

  it('takes the HTML from content:encoded and the summary from the description', () => {
    const item = first(`<item><title>A</title><description>Short teaser</description>
      <content:encoded><![CDATA[<p>The whole story</p>]]></content:encoded></item>`);
    expect(item.summary).toBe('Short teaser');
    expect(item.contentHtml).toBe('<p>The whole story</p>');
  });

  it('takes the whole article from yandex:full-text when there is no content:encoded', () => {
    const item = first(`<item><title>A</title><description>Teaser</description><yandex:full-text>&lt;p&gt;Full&lt;/p&gt;</yandex:full-text></item>`, 'xmlns:yandex="http://news.yandex.ru"');
    expect(item.contentHtml).toBe('<p>Full</p>');
  });

  it('shows a title that was escaped twice as literal text, never as markup', () => {
    expect(first('<item><title>test &amp;lt;pre&amp;gt; and &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt;</title></item>').title).toBe('test <pre> and <b>bold</b>');
  });

  it('gives a titleless item the first words of its summary', () => {
    const item = first(`<item><description>${'Night trams return to the city centre. '.repeat(5)}</description></item>`);
    expect(item.title).toMatch(/^Night trams return to the city centre\. .*\u2026$/);
    expect(item.title.length).toBeLessThanOrEqual(81);
  });

  it('resolves relative links against the feed address and drops links that are not http(s)', () => {
    const feed = parseFeed(rss('<item><title>A</title><link>../2026/story</link></item><item><title>B</title><link>javascript:alert(1)</link></item>'), { url });
    expect(feed.items.map(item => item.url)).toEqual(['https://news.example/2026/story', null]);
  });

  it('applies xml:base at channel, item and element level', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel xml:base="https://cdn.example/site/">
        <item><title>Channel</title><link>a</link></item>
        <item xml:base="posts/"><title>Item</title><link>b</link></item>
        <item xml:base="posts/"><title>Element</title><link xml:base="/other/">c</link></item>
      </channel></rss>`,
      { url },
    );
    expect(feed.items.map(item => item.url)).toEqual(['https://cdn.example/site/a', 'https://cdn.example/site/posts/b', 'https://cdn.example/other/c']);
  });

  it('resolves against the atom:link self address when no address is given', () => {
    const feed = parseFeed(rss('<atom:link rel="self" href="https://site.example/rss/"/><item><title>A</title><link>story</link></item>'));
    expect(feed.items[0].url).toBe('https://site.example/rss/story');
  });

  it('uses the guid as the id, and as the link unless it says isPermaLink="false" or is no web address', () => {
    const feed = parseFeed(
      rss(`<item><title>A</title><guid>https://news.example/opaque##</guid></item>
        <item><title>B</title><guid isPermaLink="true">https://news.example/b</guid></item>
        <item><title>C</title><link>https://news.example/c</link><guid>https://news.example/c?guid</guid></item>
        <item><title>D</title><guid>https://news.example/d</guid></item>
        <item><title>E</title><guid isPermaLink="false">https://news.example/e</guid></item>
        <item><title>F</title><guid>12345</guid></item>`),
      { url },
    );
    expect(feed.items.map(item => [item.id, item.url])).toEqual([
      ['https://news.example/opaque##', null],
      ['https://news.example/b', 'https://news.example/b'],
      ['https://news.example/c?guid', 'https://news.example/c'],
      ['https://news.example/d', 'https://news.example/d'],
      ['https://news.example/e', null],
      ['12345', null],
    ]);
  });

  it('reads the author from dc:creator or from the name in an RSS author', () => {
    const feed = parseFeed(
      rss(`<item><title>A</title><dc:creator><![CDATA[ Jane Doe ]]></dc:creator></item>
        <item><title>B</title><author>jane@example.com (Jane Doe)</author></item>
        <item><title>C</title></item>`),
      { url },
    );
    expect(feed.items.map(item => item.author)).toEqual(['Jane Doe', 'Jane Doe', null]);
  });

  it('takes tags from categories and dc:subject, and the first one as the category', () => {
    const item = first('<item><title>A</title><category><![CDATA[World]]></category><category>Asia &amp; Pacific</category><dc:subject>World</dc:subject><dc:subject>Trade</dc:subject></item>');
    expect(item.category).toBe('World');
    expect(item.tags).toEqual(['World', 'Asia & Pacific', 'Trade']);
    expect(item.views).toBeNull();
  });

  it('reads dates from pubDate, a lower-case pubdate or dc:date, in CDATA and with trailing space', () => {
    const feed = parseFeed(
      rss(`<item><title>A</title><pubDate><![CDATA[Wed, 29 May 2019 10:16:00 GMT]]> </pubDate></item>
        <item><title>B</title><pubdate>2022-09-03 09:37:11+03:00</pubdate></item>
        <item><title>C</title><dc:date>2024-03-02T15:34:00+00:00</dc:date><atom:updated>2024-03-03T00:00:00Z</atom:updated></item>
        <item><title>D</title><pubDate>whenever</pubDate></item>`),
      { url },
    );
    expect(feed.items.map(item => item.published?.toISOString() ?? null)).toEqual(['2019-05-29T10:16:00.000Z', '2022-09-03T06:37:11.000Z', '2024-03-02T15:34:00.000Z', null]);
    expect(feed.items[2].updated?.toISOString()).toBe('2024-03-03T00:00:00.000Z');
  });

  it('recovers from a bare ampersand and from HTML entities that XML does not define', () => {
    const feed = parseFeed(rss('<item><title>Fish &amp; chips&nbsp;&eacute;t&eacute;</title><link>https://news.example/a?x=1&y=2</link></item>'), { url });
    expect(feed.items[0].title).toBe('Fish & chips été');
    expect(feed.items[0].url).toBe('https://news.example/a?x=1&y=2');
  });
});
