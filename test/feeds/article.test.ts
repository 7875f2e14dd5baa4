import { describe, expect, it } from 'vitest';
import { findArticle, isJsonFeedItem, parseArticleSource } from '../../src/data/article.js';
import { FeedError } from '../../src/data/errors.js';
import type { Feed } from '../../src/data/types.js';

const url = 'https://news.example/api/articles/131.json';
const meta = (contentType = 'application/json') => ({ url, contentType });

const ITEM = {
  id: '131',
  url: '/2026/11/26/river-line',
  title: 'River line reopens',
  content_html: '<p>Body</p>',
  date_published: '2026-11-26T23:47:00+05:00',
  _news: { category: 'World', views: 131 },
};

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Courier</title><link>https://news.example/</link>
  <item><guid isPermaLink="false">tag:news.example,2026:1</guid><title>First</title><link>https://news.example/first</link></item>
  <item><guid isPermaLink="false">tag:news.example,2026:2</guid><title>Second</title><link>https://news.example/second</link></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
  <entry><id>urn:uuid:1</id><title>First</title><link href="https://news.example/first"/></entry>
  <entry><id>urn:uuid:2</id><title>Second</title><link href="https://news.example/second"/></entry>
</feed>`;

/** The error `fn` throws. */
function failure(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected an error');
}

describe('parseArticleSource', () => {
  it('reads a JSON Feed item served alone as a feed of that one item', () => {
    const feed = parseArticleSource(JSON.stringify(ITEM), meta());
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item.id).toBe('131');
    expect(item.title).toBe('River line reopens');
    expect(item.url).toBe('https://news.example/2026/11/26/river-line');
    expect([item.category, item.views]).toEqual(['World', 131]);
    expect(item.contentHtml).toBe('<p>Body</p>');
  });

  it('takes an item with only content as an item, and an item with only an id and a title too', () => {
    expect(parseArticleSource(JSON.stringify({ content_text: 'Just text' }), meta()).items[0].summary).toBe('Just text');
    expect(parseArticleSource(JSON.stringify({ id: 7, title: 'Only a title' }), meta()).items[0].title).toBe('Only a title');
  });

  it('reads whole feeds the way parseFeed does: JSON Feed, WordPress (one post or a list), RSS, Atom', () => {
    const jsonFeed = { version: 'https://jsonfeed.org/version/1.1', title: 'Courier', items: [ITEM, { ...ITEM, id: '132' }] };
    expect(parseArticleSource(JSON.stringify(jsonFeed), meta()).items.map(item => item.id)).toEqual(['131', '132']);
    const post = { id: 42, link: 'https://news.example/42/', title: { rendered: 'A post' }, content: { rendered: '<p>x</p>' }, date_gmt: '2026-11-26T18:47:00' };
    expect(parseArticleSource(JSON.stringify(post), meta()).items[0].title).toBe('A post');
    expect(parseArticleSource(JSON.stringify([post, { ...post, id: 43 }]), meta()).items.map(item => item.id)).toEqual(['42', '43']);
    expect(parseArticleSource(RSS, meta('application/rss+xml')).items.map(item => item.title)).toEqual(['First', 'Second']);
    expect(parseArticleSource(new TextEncoder().encode(ATOM).buffer, meta('application/atom+xml')).items[1].id).toBe('urn:uuid:2');
  });

  it('rejects JSON that is neither an item nor a feed with a parse error', () => {
    expect(failure(() => parseArticleSource('{"hello":"world"}', meta())).kind).toBe('parse');
    expect(failure(() => parseArticleSource('<!doctype html><title>Not found</title>', meta('text/html'))).kind).toBe('parse');
  });

  it('does not take a WordPress post or a feed for a lone item', () => {
    expect(isJsonFeedItem({ id: 1, title: { rendered: 'WordPress' } })).toBe(false);
    expect(isJsonFeedItem({ items: [], title: 'A feed' })).toBe(false);
    expect(isJsonFeedItem([ITEM])).toBe(false);
    expect(isJsonFeedItem(ITEM)).toBe(true);
  });
});

describe('findArticle', () => {
  const rss: Feed = parseArticleSource(RSS, { url: 'https://news.example/feed.xml', contentType: 'application/rss+xml' });
  const atom: Feed = parseArticleSource(ATOM, { url: 'https://news.example/atom.xml', contentType: 'application/atom+xml' });

  it('shows the first item when no item-id is given', () => {
    expect(findArticle(rss, '', 'https://news.example/feed.xml').title).toBe('First');
    expect(findArticle(rss, '  ', 'https://news.example/feed.xml').title).toBe('First');
  });

  it('finds an item by id or by link, absolute or relative to the source', () => {
    expect(findArticle(rss, 'tag:news.example,2026:2', 'https://news.example/feed.xml').title).toBe('Second');
    expect(findArticle(rss, 'https://news.example/second', 'https://news.example/feed.xml').title).toBe('Second');
    expect(findArticle(rss, '/second', 'https://news.example/feed.xml').title).toBe('Second');
    expect(findArticle(atom, 'urn:uuid:2', 'https://news.example/atom.xml').title).toBe('Second');
    expect(findArticle(atom, 'second', 'https://news.example/atom.xml').title).toBe('Second');
  });

  it('reports a missing item as a config error that names the item and the source', () => {
    const error = failure(() => findArticle(rss, 'tag:news.example,2026:9', 'https://news.example/feed.xml'));
    expect(error.kind).toBe('config');
    expect(error.message).toContain('"tag:news.example,2026:9"');
    expect(error.message).toContain('https://news.example/feed.xml');
    expect(failure(() => findArticle({ ...rss, items: [] }, '', 'https://news.example/feed.xml')).kind).toBe('config');
  });
});
