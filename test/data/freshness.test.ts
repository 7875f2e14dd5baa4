import { describe, expect, it } from 'vitest';
import { freshness, parseCacheControl } from '../../src/data/freshness.js';

const NOW = Date.parse('2026-11-27T12:00:00Z');

function of(headers: Record<string, string>) {
  return freshness(new Headers(headers), NOW);
}

describe('freshness', () => {
  it('reads max-age as a lifetime in milliseconds', () => {
    expect(of({ 'cache-control': 'public, max-age=300' })).toEqual({ storable: true, maxAge: 300_000 });
  });

  it('subtracts the Age a shared cache has already spent', () => {
    expect(of({ 'cache-control': 'max-age=300', age: '100' })).toEqual({ storable: true, maxAge: 200_000 });
    expect(of({ 'cache-control': 'max-age=300', age: '900' })).toEqual({ storable: true, maxAge: 0 });
  });

  it('forbids keeping a no-store response, whatever else it says', () => {
    expect(of({ 'cache-control': 'max-age=300, no-store' })).toEqual({ storable: false, maxAge: 0 });
  });

  it('keeps a no-cache response but treats it as stale at once', () => {
    expect(of({ 'cache-control': 'no-cache, max-age=300' })).toEqual({ storable: true, maxAge: 0 });
  });

  it('falls back to Expires, and reads a junk Expires as already expired', () => {
    expect(of({ expires: 'Fri, 27 Nov 2026 12:05:00 GMT' })).toEqual({ storable: true, maxAge: 300_000 });
    expect(of({ expires: '0' })).toEqual({ storable: true, maxAge: 0 });
  });

  it('prefers max-age to Expires', () => {
    expect(of({ 'cache-control': 'max-age=10', expires: 'Fri, 27 Nov 2026 13:00:00 GMT' }).maxAge).toBe(10_000);
  });

  it('leaves the lifetime to the caller when the headers do not say', () => {
    expect(of({ 'cache-control': 'public', 'content-type': 'application/json' })).toEqual({ storable: true, maxAge: null });
    expect(of({ 'cache-control': 'max-age=soon' })).toEqual({ storable: true, maxAge: null });
  });
});

describe('parseCacheControl', () => {
  it('lower-cases directive names and unquotes arguments', () => {
    expect([...parseCacheControl('Max-Age="60", No-Cache, private')]).toEqual([
      ['max-age', '60'],
      ['no-cache', ''],
      ['private', ''],
    ]);
  });

  it('reads a missing header as no directives', () => {
    expect(parseCacheControl(null).size).toBe(0);
  });
});
