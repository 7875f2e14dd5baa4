import { describe, expect, it } from 'vitest';
import { NewsClient } from '../../src/data/client.js';
import { PARSER_POLICY_NAME } from '../../src/data/dom.js';
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

  it('says where XML that cannot be repaired breaks', () => {
    expect(failure('<rss version="2.0"><channel><item><title>Cut</title></item>').message).toMatch(
      /^The response from https:\/\/news\.example\/feed is not well-formed XML \(line 1, column \d+: .+\)\.$/,
    );
    expect(failure('<rss><channel><itunes:author>x</itunes:author></channel></rss>').message).toMatch(/prefix is unbound/);
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

  it('parses on a page that enforces Trusted Types, through its own named policy', async () => {
    const moduleUrl = new URL('../../src/data/parse-feed.ts', import.meta.url).href;
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${PARSER_POLICY_NAME}">
      <script type="module">
        const results = {};
        try { new DOMParser().parseFromString('<a/>', 'application/xml'); results.plain = 'parsed'; } catch (error) { results.plain = error.name; }
        try {
          const { parseFeed } = await import(${JSON.stringify(moduleUrl)});
          results.titles = parseFeed(${JSON.stringify(RSS)}).items.map(item => item.title);
        } catch (error) {
          results.titles = String(error);
        }
        parent.postMessage(results, '*');
      </script>`;
    const message = new Promise<{ plain: string; titles: string[] }>(resolve => {
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
      // ... and the parser still reads the feed.
      expect(results.titles).toEqual(['From RSS']);
    } finally {
      frame.remove();
    }
  });
});
