import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://blog.example/feed.atom';

function atom(body: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" ${attributes}>${body}</feed>`;
}

const entries = (body: string, attributes?: string) => parseFeed(atom(body, attributes), { url }).items;

describe('Atom 1.0', () => {
  it('reads the feed title, site link and language', () => {
    const feed = parseFeed(atom('<title type="html">Blog &amp;amp; Notes</title><link href="/"/><link rel="self" href="/feed.atom"/>', 'xml:lang="de_DE"'), { url });
    expect(feed).toEqual({ title: 'Blog & Notes', url: 'https://blog.example/', language: 'de-DE', items: [] });
  });

  it('reads text, html and xhtml titles as plain text, undoing double escaping but never reading text as markup', () => {
    const items = entries(`
      <entry><title type="text">Fish &amp;amp; chips &lt;b&gt;</title></entry>
      <entry><title type="html">37 &amp;#8211; &lt;em&gt;Spectre&lt;/em&gt;</title></entry>
      <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">An <b>XHTML</b>   title</div></title></entry>`);
    expect(items.map(item => item.title)).toEqual(['Fish & chips <b>', '37 \u2013 Spectre', 'An XHTML title']);
  });

  it('keeps html and xhtml content as HTML, and escapes text content so it stays text', () => {
    const items = entries(`
      <entry><title>H</title><content type="html">&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</content></entry>
      <entry><title>X</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Inline <i>xhtml</i></p></div></content></entry>
      <entry><title>T</title><content>1 &lt; 2 &amp; 3</content></entry>`);
    expect(items[0].contentHtml).toBe('<p>Hello <b>world</b></p>');
    expect(items[0].summary).toBe('Hello world');
    expect(items[1].contentHtml).toBe('<p>Inline <i>xhtml</i></p>');
    expect(items[1].summary).toBe('Inline xhtml');
    expect(items[2].contentHtml).toBe('1 &lt; 2 &amp; 3');
    expect(items[2].summary).toBe('1 < 2 & 3');
  });

  it('prefers the summary for the summary and falls back to the content', () => {
    const [withSummary, withoutSummary] = entries(`
      <entry><title>A</title><summary>Short</summary><content type="html">&lt;p&gt;Long&lt;/p&gt;</content></entry>
      <entry><title>B</title><content type="html">&lt;p&gt;Only content&lt;/p&gt;</content></entry>`);
    expect(withSummary.summary).toBe('Short');
    expect(withSummary.contentHtml).toBe('<p>Long</p>');
    expect(withoutSummary.summary).toBe('Only content');
  });

  it('ignores out-of-line content', () => {
    const [item] = entries('<entry><title>A</title><summary>Teaser</summary><content src="https://elsewhere.example/x" type="text/html"/></entry>');
    expect(item.contentHtml).toBe('Teaser');
  });

  it('links to the alternate page, not to related or reply links', () => {
    const [item] = entries(`<entry><title>A</title><link rel="related" href="https://other.example/"/><link rel="replies" href="1.atom"/>
      <link rel="alternate" type="text/html" href="/2017/06/26/ep-195"/></entry>`);
    expect(item.url).toBe('https://blog.example/2017/06/26/ep-195');
  });

  it('applies xml:base at feed, entry and element level', () => {
    const items = entries(
      `<entry><title>Feed</title><link href="a"/></entry>
       <entry xml:base="posts/"><title>Entry</title><link href="b"/></entry>
       <entry xml:base="posts/"><title>Element</title><link xml:base="https://other.example/x/" href="c"/></entry>
       <entry xml:base="https://hnapp.example/item?q=a%20b"><title>Query</title><link href="?id=1"/></entry>`,
      'xml:base="https://cdn.example/site/"',
    );
    expect(items.map(item => item.url)).toEqual([
      'https://cdn.example/site/a',
      'https://cdn.example/site/posts/b',
      'https://other.example/x/c',
      'https://hnapp.example/item?id=1',
    ]);
  });

  it('resolves relative links against the self link when no address is given', () => {
    const feed = parseFeed(atom('<link rel="self" href="https://example.com/blog/feed.xml"/><entry><title>A</title><link href="/blog/2003/12/13/atom03"/></entry>'));
    expect(feed.items[0].url).toBe('https://example.com/blog/2003/12/13/atom03');
  });

  it('dates an entry by published, else updated', () => {
    const [both, updatedOnly] = entries(`
      <entry><title>A</title><published>2016-02-01T17:22:00+01:00</published><updated>2016-02-02T00:00:00Z</updated></entry>
      <entry><title>B</title><updated>2018-02-15T04:47:18Z</updated></entry>`);
    expect(both.published?.toISOString()).toBe('2016-02-01T16:22:00.000Z');
    expect(both.updated?.toISOString()).toBe('2016-02-02T00:00:00.000Z');
    expect(updatedOnly.published?.toISOString()).toBe('2018-02-15T04:47:18.000Z');
  });

  it('takes authors from the entry, else from the feed', () => {
    const items = entries(`<author><name>Feed Author</name></author>
      <entry><title>A</title><author><name>Ann</name></author><author><name>Bo</name></author></entry>
      <entry><title>B</title></entry>`);
    expect(items.map(item => item.author)).toEqual(['Ann, Bo', 'Feed Author']);
  });

  it('reads categories by label, else term', () => {
    const [item] = entries('<entry><title>A</title><category term="rust" label="Rust"/><category term="programming"/></entry>');
    expect(item.tags).toEqual(['Rust', 'programming']);
    expect(item.category).toBe('Rust');
  });

  it('finds the picture in media:group, an image enclosure link or the content', () => {
    const items = entries(`
      <entry><title>Video</title><media:group><media:thumbnail url="https://i.example/hq.jpg" width="480" height="360"/></media:group></entry>
      <entry><title>Enclosure</title><link rel="enclosure" type="image/png" href="/img/e.png"/></entry>
      <entry><title>Inline</title><link href="https://blog.example/post/"/><content type="html">&lt;img src="pic.jpeg" alt="WildFly"&gt;</content></entry>`);
    expect(items.map(item => item.image?.url)).toEqual(['https://i.example/hq.jpg', 'https://blog.example/img/e.png', 'https://blog.example/post/pic.jpeg']);
    expect(items[2].image?.alt).toBe('WildFly');
  });

  it('takes the summary of a video entry from its media:description', () => {
    const [item] = entries('<entry><title>A</title><media:group><media:description>What the video shows.</media:description></media:group></entry>');
    expect(item.summary).toBe('What the video shows.');
  });

  it('uses the entry id as the item id', () => {
    expect(entries('<entry><id>tag:blog.example,2005:1</id><title>A</title></entry>')[0].id).toBe('tag:blog.example,2005:1');
  });
});

describe('Atom 0.3', () => {
  it('reads issued and modified dates, escaped content, and base64 content decoded as UTF-8', () => {
    const feed = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
        <entry><title>A</title><issued>2004-01-01T10:00:00Z</issued><modified>2004-01-02T10:00:00Z</modified>
          <content type="text/html" mode="escaped">&lt;p&gt;Escaped&lt;/p&gt;</content></entry>
        <entry><title>B</title><content type="text/html" mode="base64">${btoa('<p>Caf\xc3\xa9</p>')}</content></entry>
        <entry><title>C</title><content type="text/html" mode="base64">not base64 at all!</content></entry>
      </feed>`,
      { url },
    );
    expect(feed.items[0].published?.toISOString()).toBe('2004-01-01T10:00:00.000Z');
    expect(feed.items[0].updated?.toISOString()).toBe('2004-01-02T10:00:00.000Z');
    expect(feed.items[0].contentHtml).toBe('<p>Escaped</p>');
    expect(feed.items[1].contentHtml).toBe('<p>Café</p>');
    expect(feed.items[1].summary).toBe('Café');
    expect(feed.items[2].contentHtml).toBe('');
  });
});
