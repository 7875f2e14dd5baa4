import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { isRetryable, MAX_RETRY_AFTER, parseRetryAfter, retryDelay, withRetry } from '../../src/data/retry.js';
import { failureOf } from './support.js';

const URL = 'https://news.example/feed.json';
const http = (status: number, retryAfter?: number) => new FeedError('http', `${URL} responded with a status of ${status}.`, { url: URL, status, retryAfter });
const middle = () => 0.5;

afterEach(() => {
  vi.useRealTimers();
});

describe('isRetryable', () => {
  it.each([500, 502, 503, 504, 429])('retries a %i', status => {
    expect(isRetryable(http(status))).toBe(true);
  });

  it('retries a network error', () => {
    expect(isRetryable(new FeedError('network', 'down'))).toBe(true);
  });

  it.each([400, 401, 403, 404, 410])('does not retry a %i', status => {
    expect(isRetryable(http(status))).toBe(false);
  });

  it.each(['parse', 'config', 'timeout'] as const)('does not retry a %s error', kind => {
    expect(isRetryable(new FeedError(kind, 'no'))).toBe(false);
  });

  it('does not retry what is not a FeedError', () => {
    expect(isRetryable(new TypeError('bug'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('doubles from one second: min(1000 * 2^n, 30000)', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map(retry => retryDelay(retry, http(500), middle))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });

  it('spreads each delay by up to 20% either way, never past 30 s', () => {
    expect(retryDelay(0, http(500), () => 0)).toBe(800);
    expect(retryDelay(0, http(500), () => 1)).toBe(1200);
    expect(retryDelay(8, http(500), () => 1)).toBe(30000);
  });

  it('waits exactly the Retry-After a server asks for', () => {
    expect(retryDelay(0, http(429, 2000), () => 1)).toBe(2000);
    expect(retryDelay(2, http(503, 0), () => 1)).toBe(0);
  });

  it('gives up rather than wait longer than 30 s for Retry-After', () => {
    expect(retryDelay(0, http(429, MAX_RETRY_AFTER), middle)).toBe(30_000);
    expect(retryDelay(0, http(429, MAX_RETRY_AFTER + 1000), middle)).toBeNull();
  });

  it('gives up on what is not retryable', () => {
    expect(retryDelay(0, http(404), middle)).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter('Fri, 27 Nov 2026 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or junk header', () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-3', now)).toBeNull();
  });
});

describe('withRetry', () => {
  it('retries until an attempt succeeds, waiting between attempts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const attempt = vi.fn().mockRejectedValueOnce(http(503)).mockResolvedValueOnce('data');
    const result = withRetry(attempt, { retries: 3 });
    await vi.advanceTimersByTimeAsync(999);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toBe('data');
  });

  it('makes at most three retries and reports the last failure', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const failures = [http(500), http(502), http(503), http(504), http(500)];
    const attempt = vi.fn(async () => {
      throw failures[attempt.mock.calls.length - 1];
    });
    const result = failureOf(withRetry(attempt, { retries: 9 }));
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(await result).toBe(failures[3]);
    expect(attempt).toHaveBeenCalledTimes(4);
  });

  it('makes no retry with retries: 0', async () => {
    const failure = http(500);
    const attempt = vi.fn().mockRejectedValue(failure);
    expect(await failureOf(withRetry(attempt, { retries: 0 }))).toBe(failure);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('reports a failure that is not retryable at once', async () => {
    const failure = http(404);
    const attempt = vi.fn().mockRejectedValue(failure);
    expect(await failureOf(withRetry(attempt, { retries: 3 }))).toBe(failure);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('stops waiting with an AbortError when its signal aborts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const attempt = vi.fn().mockRejectedValue(http(500));
    const result = failureOf(withRetry(attempt, { retries: 3, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect((await result) as DOMException).toMatchObject({ name: 'AbortError' });
    expect(vi.getTimerCount()).toBe(0);
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
