import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkProxy, feedAddress, mayValidate, proxied } from '../../src/data/address.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('feedAddress', () => {
  it('normalizes case, default ports and dot segments, so spellings of one feed share one key', () => {
    expect(feedAddress('HTTPS://News.Example:443/a/../feed.json')).toBe('https://news.example/feed.json');
  });

  it('drops the fragment, which is never sent', () => {
    expect(feedAddress('https://news.example/feed.json#top')).toBe('https://news.example/feed.json');
  });

  it('keeps the query as written', () => {
    expect(feedAddress('https://news.example/feed?b=2&a=1')).toBe('https://news.example/feed?b=2&a=1');
  });

  it('resolves against the page when there is one', () => {
    vi.stubGlobal('document', { baseURI: 'https://site.example/news/today' });
    expect(feedAddress('../feed.json')).toBe('https://site.example/feed.json');
  });

  it.each(['', '   ', '\n\t'])('refuses the blank address %j on a page, where it would resolve to the page itself', src => {
    vi.stubGlobal('document', { baseURI: 'https://site.example/news/today' });
    expect(() => feedAddress(src)).toThrow(expect.objectContaining({ kind: 'config' }));
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'ftp://news.example/feed', 'not a url', ''])('refuses %j as a config error', src => {
    expect(() => feedAddress(src)).toThrow(expect.objectContaining({ kind: 'config' }));
  });
});

describe('proxied', () => {
  it('puts the URL-encoded feed address where the template says {url}', () => {
    expect(proxied('https://other.example/feed.xml?lang=ru&n=5', 'https://proxy.example/fetch?url={url}')).toBe(
      'https://proxy.example/fetch?url=https%3A%2F%2Fother.example%2Ffeed.xml%3Flang%3Dru%26n%3D5',
    );
  });

  it('leaves the address alone without a template', () => {
    expect(proxied('https://other.example/feed.xml', '')).toBe('https://other.example/feed.xml');
  });
});

describe('checkProxy', () => {
  it('accepts a template with {url}', () => {
    expect(() => checkProxy('https://proxy.example/?url={url}')).not.toThrow();
  });

  it.each(['https://proxy.example/', 'javascript:{url}'])('refuses %j as a config error', template => {
    expect(() => checkProxy(template)).toThrow(expect.objectContaining({ kind: 'config' }));
  });
});

describe('mayValidate', () => {
  it('allows validators anywhere without a page (Node has no CORS)', () => {
    expect(mayValidate('https://other.example/feed.xml')).toBe(true);
  });

  it('allows validators on the page origin only, where they need no preflight', () => {
    vi.stubGlobal('location', { origin: 'https://site.example' });
    expect(mayValidate('https://site.example/feed.json')).toBe(true);
    expect(mayValidate('https://other.example/feed.xml')).toBe(false);
  });

  it('allows none from an opaque origin, to which every address is foreign', () => {
    vi.stubGlobal('location', { origin: 'null' });
    expect(mayValidate('https://site.example/feed.json')).toBe(false);
  });
});
