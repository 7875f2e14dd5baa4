import { describe, expect, it } from 'vitest';
import { freshness } from '../../src/data/freshness.js';

function of(headers: Record<string, string>) {
  return freshness(new Headers(headers));
}

describe('freshness', () => {
  it('reads max-age as a lifetime in milliseconds', () => {
    expect(of({ 'cache-control': 'public, max-age=300' })).toEqual({ storable: true, maxAge: 300_000 });
    expect(of({ 'cache-control': 'Max-Age="60", private' })).toEqual({ storable: true, maxAge: 60_000 });
  });

  it('subtracts the Age a shared cache has already spent', () => {
    expect(of({ 'cache-control': 'max-age=300', age: '100' })).toEqual({ storable: true, maxAge: 200_000 });
    expect(of({ 'cache-control': 'max-age=300', age: '900' })).toEqual({ storable: true, maxAge: 0 });
    expect(of({ 'cache-control': 'max-age=300', age: 'old' })).toEqual({ storable: true, maxAge: 300_000 });
  });

  it('does not take s-maxage, meant for shared caches, for max-age', () => {
    expect(of({ 'cache-control': 's-maxage=600' })).toEqual({ storable: true, maxAge: null });
  });

  it('forbids keeping a no-store response, whatever else it says', () => {
    expect(of({ 'cache-control': 'max-age=300, No-Store' })).toEqual({ storable: false, maxAge: 0 });
  });

  it('keeps a no-cache response but treats it as stale at once', () => {
    expect(of({ 'cache-control': 'no-cache, max-age=300' })).toEqual({ storable: true, maxAge: 0 });
  });

  it('leaves the lifetime to the caller when the headers do not say', () => {
    expect(of({ 'content-type': 'application/json' })).toEqual({ storable: true, maxAge: null });
    expect(of({ 'cache-control': 'public' })).toEqual({ storable: true, maxAge: null });
    expect(of({ 'cache-control': 'max-age=soon' })).toEqual({ storable: true, maxAge: null });
    expect(of({ expires: 'Fri, 27 Nov 2026 12:05:00 GMT' })).toEqual({ storable: true, maxAge: null });
  });
});
