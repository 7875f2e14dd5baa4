import { describe, expect, it, vi } from 'vitest';
import { Entry, type ResponseRecord } from '../../src/data/entry.js';
import { FeedError } from '../../src/data/errors.js';

const encoder = new TextEncoder();

function record(text: string, changes: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    body: encoder.encode(text).buffer as ArrayBuffer,
    meta: { url: 'https://news.example/feed.json', contentType: 'application/json' },
    etag: null,
    lastModified: null,
    checkedAt: 1_000_000,
    maxAge: null,
    ...changes,
  };
}

describe('Entry', () => {
  it('runs each parser once per body and hands every caller the same value', () => {
    const parse = vi.fn((body: ArrayBuffer) => ({ text: new TextDecoder().decode(body) }));
    const entry = new Entry(record('hello'));
    const first = entry.read(parse);
    expect(entry.read(parse)).toBe(first);
    expect(first).toEqual({ text: 'hello' });
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('gives the parser the raw bytes and the response metadata', () => {
    const parse = vi.fn(() => 1);
    const kept = record('bytes');
    new Entry(kept).read(parse);
    expect(parse).toHaveBeenCalledWith(kept.body, kept.meta);
  });

  it('passes a FeedError from the parser through, and remembers it for this body', () => {
    const failure = new FeedError('parse', 'not a feed');
    const parse = vi.fn(() => {
      throw failure;
    });
    const entry = new Entry(record('x'));
    expect(() => entry.read(parse)).toThrow(failure);
    expect(() => entry.read(parse)).toThrow(failure);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('turns any other parser failure into a parse error naming the address', () => {
    const entry = new Entry(record('x'));
    let thrown: unknown;
    try {
      entry.read(() => JSON.parse('{'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FeedError);
    expect(thrown).toMatchObject({ kind: 'parse', url: 'https://news.example/feed.json', message: 'The response from https://news.example/feed.json could not be read.' });
    expect((thrown as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('is fresh for its own max-age, else for the ttl it is asked with', () => {
    const withMaxAge = new Entry(record('x', { checkedAt: 0, maxAge: 5000 }));
    expect([withMaxAge.isFresh(60_000, 4999), withMaxAge.isFresh(60_000, 5000)]).toEqual([true, false]);
    const withoutMaxAge = new Entry(record('x', { checkedAt: 0 }));
    expect([withoutMaxAge.isFresh(2000, 1999), withoutMaxAge.isFresh(2000, 2000)]).toEqual([true, false]);
  });

  it('matches a record with the same bytes, address and type, and nothing else', () => {
    const entry = new Entry(record('same body'));
    expect(entry.matches(record('same body', { checkedAt: 5, etag: '"new"' }))).toBe(true);
    expect(entry.matches(record('same bodY'))).toBe(false);
    expect(entry.matches(record('same body!'))).toBe(false);
    expect(entry.matches(record('same body', { meta: { url: 'https://news.example/other.json', contentType: 'application/json' } }))).toBe(false);
    expect(entry.matches(record('same body', { meta: { url: 'https://news.example/feed.json', contentType: 'text/xml; charset=windows-1251' } }))).toBe(false);
  });

  it('keeps its parsed values when a newer answer confirms the body', () => {
    const parse = vi.fn(() => ({}));
    const entry = new Entry(record('x', { checkedAt: 0, etag: '"1"' }));
    const value = entry.read(parse);
    entry.confirm({ checkedAt: 9000, maxAge: 1000, etag: '"2"', lastModified: null });
    expect(entry.record).toMatchObject({ checkedAt: 9000, maxAge: 1000, etag: '"2"' });
    expect(entry.read(parse)).toBe(value);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
