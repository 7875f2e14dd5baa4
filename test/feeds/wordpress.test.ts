import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://site.example/blog/wp-json/wp/v2/posts?_embed';

/** A post as /wp-json/wp/v2/posts?_embed returns it, trimmed to the fields the parser reads. */
function post(id: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    date: '2026-11-27T04:47:00',
    date_gmt: '2026-11-26T23:47:00',
    modified_gmt: '2026-11-27T08:00:00',
    link: `https://site.example/blog/${id}/`,
    title: { rendered: 'Night trams &#8220;return&#8221; <em>today</em>' },
    excerpt: { rendered: '<p>They run until 2 a.m. [&hellip;]</p>\n' },
    content: { rendered: '<p>They run until 2 a.m.</p><p><img src="/wp-content/uploads/inline.jpg"></p>' },
    _embedded: {
      author: [{ name: 'Dilnoza' }],
      'wp:featuredmedia': [
        {
          source_url: 'https://site.example/wp-content/uploads/tram.jpg',
          alt_text: 'A tram at night',
          media_details: {
            width: 4000,
            height: 3000,
            sizes: { large: { source_url: 'https://site.example/wp-content/uploads/tram-1024x768.jpg', width: 1024, height: 768 } },
          },
        },
      ],
      'wp:term': [
        [{ taxonomy: 'category', name: 'City &amp; Transport' }],
        [{ taxonomy: 'post_tag', name: 'trams' }, { taxonomy: 'post_tag', name: 'night' }],
      ],
    },
    ...overrides,
  };
}

describe('WordPress REST posts', () => {
  it('reads a list of posts into items', () => {
    const feed = parseFeed(JSON.stringify([post(131), post(132)]), { url });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toEqual({
      id: '131',
      url: 'https://site.example/blog/131/',
      title: 'Night trams \u201creturn\u201d today',
      summary: 'They run until 2 a.m. [\u2026]',
      contentHtml: '<p>They run until 2 a.m.</p><p><img src="/wp-content/uploads/inline.jpg"></p>',
      image: { url: 'https://site.example/wp-content/uploads/tram-1024x768.jpg', width: 1024, height: 768, alt: 'A tram at night' },
      category: 'City & Transport',
      tags: ['City & Transport', 'trams', 'night'],
      published: new Date('2026-11-26T23:47:00Z'),
      updated: new Date('2026-11-27T08:00:00Z'),
      author: 'Dilnoza',
      views: null,
    });
  });

  it('reads a single post', () => {
    expect(parseFeed(JSON.stringify(post(7)), { url: 'https://site.example/wp-json/wp/v2/posts/7' }).items.map(item => item.id)).toEqual(['7']);
  });

  it('falls back to the full-size featured image, then to the first image of the content', () => {
    const fullSize = post(1, { _embedded: { 'wp:featuredmedia': [{ source_url: '/uploads/full.jpg', media_details: { width: 800, height: 600 } }] } });
    const inline = post(2, { _embedded: {} });
    const [first, second] = parseFeed(JSON.stringify([fullSize, inline]), { url }).items;
    expect(first.image).toEqual({ url: 'https://site.example/uploads/full.jpg', width: 800, height: 600, alt: first.title });
    expect(second.image?.url).toBe('https://site.example/wp-content/uploads/inline.jpg');
    expect(second.category).toBeNull();
  });

  it('reads posts fetched without _embed, and dates without date_gmt from the local date', () => {
    const [item] = parseFeed(JSON.stringify([{ id: 3, date: '2026-01-02T03:04:05', link: 'https://site.example/?p=3', title: { rendered: 'Bare' } }]), { url }).items;
    expect(item).toMatchObject({ id: '3', title: 'Bare', image: null, author: null, tags: [] });
    expect(item.published?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });

  it('reads an empty list as an empty feed', () => {
    expect(parseFeed('[]', { url }).items).toEqual([]);
  });

  it('rejects JSON that is not posts when WordPress is asked for', () => {
    let error: unknown;
    try {
      parseFeed('{"name": "not a post"}', { url, format: 'wordpress' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).message).toBe(`The response from ${url} is not a WordPress post or list of posts.`);
  });
});
