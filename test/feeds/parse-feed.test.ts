import { describe, expect, it } from 'vitest';
import { NewsClient } from '../../src/data/client.js';
import { FeedError } from '../../src/data/errors.js';
import { feedParser, parseFeed, type ParseOptions } from '../../src/data/parse-feed.js';

const url = 'https://news.example/feed';

const RSS = '<rss version="2.0"><channel><title>R</title><item><title>From RSS</title></item></channel></rss>';
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>From Atom</title></entry></feed>';
const RDF = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/><item><title>From RDF</title></item></rdf:RDF>';
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', title: 'From JSON Feed' }] });
const WORDPRESS = JSON.stringify([{ id: 1, title: { rendered: 'From WordPress' }, date_gmt: '2026-01-01T00:00:00' }]);

function bytes(...parts: (string | number[])[]): ArrayBuffer {
  const values = parts.flatMap(part => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part));
  return new Uint8Array(values).buffer;
}

/** The error `parseFeed` throws for this body. */
function failure(body: ArrayBuffer | string, options: ParseOptions = { url }): FeedError {
  try {
    parseFeed(body, options);
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).kind).toBe('parse');
    return error as FeedError;
  }
  throw new Error('expected a parse error');
}

describe('parseFeed', () => {
  it.each([
    ['RSS', RSS, 'From RSS'],
    ['Atom', ATOM, 'From Atom'],
    ['RSS 1.0', RDF, 'From RDF'],
    ['JSON Feed', JSON_FEED, 'From JSON Feed'],
    ['WordPress', WORDPRESS, 'From WordPress'],
  ])('detects %s from the body, whatever the Content-Type says', (_format, body, title) => {
    expect(parseFeed(body, { url, contentType: 'text/html; charset=utf-8' }).items[0].title).toBe(title);
    expect(parseFeed(bytes(body), { url, contentType: 'application/octet-stream' }).items[0].title).toBe(title);
  });

  it('reads a byte order mark, leading whitespace and comments before the document', () => {
    expect(parseFeed(bytes([0xef, 0xbb, 0xbf], `\n  <?xml version="1.0"?>${RSS}`), { url }).items[0].title).toBe('From RSS');
    expect(parseFeed(`<!-- generated -->\n${ATOM}`, { url }).items[0].title).toBe('From Atom');
    expect(parseFeed(bytes([0xef, 0xbb, 0xbf], JSON_FEED), { url }).items[0].title).toBe('From JSON Feed');
  });

  it('decodes a windows-1251 feed by its XML declaration', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '</title></item></channel></rss>');
    expect(parseFeed(body, { url }).items[0].title).toBe('Привет');
  });

  it('decodes a KOI8-R feed by the Content-Type charset', () => {
    const body = bytes('<rss version="2.0"><channel><item><title>', [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], '</title></item></channel></rss>');
    expect(parseFeed(body, { url, contentType: 'application/rss+xml; charset=koi8-r' }).items[0].title).toBe('Привет');
  });

  it('keeps a feed with a stray invalid byte in declared UTF-8, with U+FFFD in its place', () => {
    const body = bytes('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item><title>a', [0xa9], 'b</title></item></channel></rss>');
    expect(parseFeed(body, { url }).items[0].title).toBe('a\ufffdb');
  });

  it('reads only the forced format, and says what the body is instead', () => {
    expect(parseFeed(RSS, { url, format: 'rss' }).items).toHaveLength(1);
    expect(parseFeed(ATOM, { url, format: 'atom' }).items).toHaveLength(1);
    expect(parseFeed(WORDPRESS, { url, format: 'wordpress' }).items).toHaveLength(1);
    expect(failure(ATOM, { url, format: 'rss' }).message).toBe(`The response from ${url} is not an RSS feed: its root element is <feed>.`);
    expect(failure(RSS, { url, format: 'atom' }).message).toBe(`The response from ${url} is not an Atom feed: its root element is <rss>.`);
    expect(failure(WORDPRESS, { url, format: 'jsonfeed' }).message).toBe(`The response from ${url} is not a JSON Feed: it has no "items" list.`);
    expect(failure(RSS, { url, format: 'jsonfeed' }).message).toBe(`The response from ${url} is not valid JSON.`);
    expect(failure(JSON_FEED, { url, format: 'rss' }).message).toMatch(/is not well-formed XML/);
  });

  it('says so when it is given an HTML page', () => {
    expect(failure('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Home</title></head></html>').message).toBe(`The response from ${url} is an HTML page, not a feed.`);
  });

  it('recovers a feed cut short: the items it completed are kept, the one it ended inside is not', () => {
    const feed = parseFeed('<rss version="2.0"><channel><item><title>Kept</title></item><item><title>Cut in the mid', { url });
    expect(feed.items.map(item => item.title)).toEqual(['Kept']);
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Kept</title></entry><entry><title>Cut', { url }).items).toHaveLength(1);
  });

  it('recovers elements left open at the end, stray end tags, and end tags that close more than one element', () => {
    expect(parseFeed('<rss version="2.0"><channel><item><title>A</title></item>', { url }).items[0].title).toBe('A');
    const feed = parseFeed('<rss version="2.0"><channel></p><item><title>B</title><description><b>bold</description></item></channel></rss>', { url });
    expect(feed.items.map(item => [item.title, item.contentHtml])).toEqual([['B', '<b>bold</b>']]);
  });

  it('reads prefixes the feed never declared by their well-known meaning', () => {
    const feed = parseFeed(
      `<rss version="2.0"><channel><itunes:author>x</itunes:author><item><title>A</title><dc:creator>Jane</dc:creator>
        <content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded><wfw:commentRss>https://x.example/c</wfw:commentRss>
        <media:thumbnail url="https://img.example/a.jpg"/><made:up>ignored</made:up></item></channel></rss>`,
      { url },
    );
    expect(feed.items[0]).toMatchObject({ author: 'Jane', contentHtml: '<p>Body</p>', image: { url: 'https://img.example/a.jpg' } });
  });

  it('reads bare ampersands, HTML entities and numeric references, and expands no entity a doctype declares', () => {
    const feed = parseFeed(
      `<!DOCTYPE rss [<!ENTITY boom "BOOM"><!ENTITY e2 "&boom;&boom;">]><rss version="2.0"><channel><item>
        <title>Fish & chips&nbsp;&eacute;&hellip; &#8211; &#x263A; &#146; &boom;</title><link>https://x.example/?a=1&b=2</link></item></channel></rss>`,
      { url },
    );
    expect(feed.items[0].title).toBe('Fish & chips\u00a0é… – ☺ ’ &boom;'.replace('\u00a0', ' '));
    expect(feed.items[0].url).toBe('https://x.example/?a=1&b=2');
  });

  it('reads a feed after junk, comments or white space before its XML declaration', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><item><title>After</title></item></channel></rss>';
    expect(parseFeed(`<!-- cached 12:00 -->\n${rss}`, { url }).items[0].title).toBe('After');
    expect(parseFeed(`Warning: headers already sent in feed.php on line 3\n${rss}`, { url }).items[0].title).toBe('After');
    expect(parseFeed(`\n\n   ${rss}`, { url }).items[0].title).toBe('After');
  });

  it('fails only when the body holds no feed, with a message of one sentence', () => {
    const messages = [
      failure('<?xml version="1.0"?>').message,
      failure('<?xml version="1.0"?><!-- nothing else').message,
      failure('<rss version="2.0"></rss>').message,
    ];
    expect(messages).toEqual([
      `The response from ${url} is not well-formed XML: it has no root element.`,
      `The response from ${url} is not well-formed XML: it has no root element.`,
      `The response from ${url} has no <channel>.`,
    ]);
  });

  it('refuses a body over 20 MB with a parse error, before decoding it', () => {
    expect(failure(new ArrayBuffer(20 * 1024 * 1024 + 1)).message).toBe(`The response from ${url} is over 20 MB, more than a feed is read for.`);
  });

  it('rejects bodies that are neither JSON nor XML, and documents of other kinds', () => {
    expect(failure('Service temporarily unavailable').message).toBe(`The response from ${url} is neither JSON nor XML.`);
    expect(failure('<svg xmlns="http://www.w3.org/2000/svg"/>').message).toBe(`The response from ${url} is XML, but not a feed: its root element is <svg>.`);
    expect(failure('{"status": "ok"}').message).toBe(`The response from ${url} is JSON, but neither a JSON Feed nor WordPress posts.`);
    expect(failure('{"items": ', {}).message).toBe('The feed is not valid JSON.');
  });

  it('fits the data client as a parser, with the response address and Content-Type', async () => {
    const body = bytes('<rss version="2.0"><channel><item><title>', [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], '</title><link>/1</link></item></channel></rss>');
    const client = new NewsClient({ fetch: async () => new Response(body, { headers: { 'content-type': 'text/xml; charset=windows-1251' } }) });
    const viaFactory = await client.get('https://feeds.example/rss.xml', feedParser());
    expect(viaFactory.items[0]).toMatchObject({ title: 'Привет', url: 'https://feeds.example/1' });
    const direct = await client.get('https://feeds.example/rss.xml', parseFeed);
    expect(direct.items[0].title).toBe('Привет');
    await expect(client.get('https://feeds.example/rss.xml', feedParser('atom'))).rejects.toMatchObject({ kind: 'parse' });
  });

  // Only a browser has Trusted Types to enforce.
  const PICTURED_RSS = RSS.replace('From RSS</title>', 'From RSS</title><description>&lt;img src="https://img.example/a.jpg" width="600"&gt;&lt;p&gt;Caf&amp;eacute;&lt;/p&gt;</description>');
  it.runIf(typeof document !== 'undefined')('parses on a page that enforces Trusted Types and allows no policy at all', async () => {
    const moduleUrl = new URL('../../src/data/parse-feed.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types 'none'">
      <script type="module">
        const results = {};
        try { new DOMParser().parseFromString('<a/>', 'application/xml'); results.plain = 'parsed'; } catch (error) { results.plain = error.name; }
        try {
          const { parseFeed } = await import(${JSON.stringify(moduleUrl)});
          results.titles = parseFeed(${JSON.stringify(PICTURED_RSS)}).items.map(item => [item.title, item.summary, item.image?.url]);
        } catch (error) {
          results.titles = String(error);
        }
        parent.postMessage(results, '*');
      </script>`;
    const message = new Promise<{ plain: string; titles: string[][] }>(resolve => {
      const listener = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', listener);
        resolve(event.data);
      };
      addEventListener('message', listener);
    });
    document.body.append(frame);
    try {
      const results = await message;
      // Enforcement is real in the frame: a bare string is refused ...
      expect(results.plain).toBe('TypeError');
      // ... and the parser still reads the feed, its text and its picture, without any policy.
      expect(results.titles).toEqual([['From RSS', 'Café', 'https://img.example/a.jpg']]);
    } finally {
      frame.remove();
    }
  });
});
