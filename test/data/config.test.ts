import { describe, expect, it } from 'vitest';
import { applyOptions, DEFAULT_SETTINGS } from '../../src/data/config.js';
import { MemoryStorage } from './support.js';

describe('applyOptions', () => {
  it('has sane defaults: 10 s timeout, 3 retries, 60 s ttl, 32 responses in memory, no persistence, no proxy, no Referer', () => {
    expect(DEFAULT_SETTINGS).toEqual({ fetch: null, proxy: '', timeout: 10_000, retries: 3, ttl: 60_000, cacheSize: 32, persist: false, referrerPolicy: 'no-referrer' });
  });

  it('changes what it is given and keeps the rest', () => {
    const storage = new MemoryStorage();
    const next = applyOptions(DEFAULT_SETTINGS, { timeout: 5000, persist: storage, proxy: 'https://proxy.example/?u={url}', retries: undefined });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, timeout: 5000, persist: storage, proxy: 'https://proxy.example/?u={url}' });
  });

  it.each<Record<string, unknown>>([
    { timeout: 0 },
    { timeout: Infinity },
    { ttl: -1 },
    { retries: 4 },
    { retries: 1.5 },
    { cacheSize: -1 },
    { persist: 'yes' },
    { persist: {} },
    { fetch: 'fetch' },
    { proxy: 'https://proxy.example/' },
    { proxy: 42 },
    { referrerPolicy: 'unsafe-url' },
    { referrerPolicy: '' },
    { cache: 10 },
    { constructor: 10 },
  ])('refuses %j with a config error', junk => {
    expect(() => applyOptions(DEFAULT_SETTINGS, junk as never)).toThrow(expect.objectContaining({ kind: 'config' }));
  });
});
