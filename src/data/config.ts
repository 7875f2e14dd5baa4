import { checkProxy } from './address.js';
import { FeedError } from './errors.js';
import type { FetchLike } from './request.js';
import { MAX_RETRIES } from './retry-after.js';

/** Page-wide settings of a client; every field is optional and keeps its current value when left out. */
export interface ClientOptions {
  /** Replaces the global `fetch`, for proxies that need headers or for tests. `null` goes back to `fetch`. */
  fetch?: FetchLike | null;
  /**
   * A URL template for cross-origin feeds, such as `https://proxy.example/?url={url}`: `{url}` becomes the
   * URL-encoded feed address. `''` fetches feeds directly (the default).
   */
  proxy?: string;
  /** Milliseconds one attempt may take, body included, before it fails as a `timeout`. Default 10000. */
  timeout?: number;
  /** Retries after a network error, a 5xx or a 429, from 0 to 3. Default 3. */
  retries?: number;
  /** How long data stays fresh, in milliseconds, when its response has no `max-age` or `Expires`. Default 60000. */
  ttl?: number;
  /** Responses kept in memory, least recently used dropped first. 0 keeps none (requests are still shared). Default 32. */
  cacheSize?: number;
  /**
   * Keeps the last responses in `localStorage` (`true`) or another `Storage`, so a reload shows them before the
   * network answers. Default `false`: the storage belongs to the host page, which should opt in.
   */
  persist?: boolean | Storage;
  /**
   * What a reader's browser tells the hosts a feed names (its pictures, its links) about the page it is on:
   * `no-referrer` (default) nothing; `origin` the page's origin, never its path.
   */
  referrerPolicy?: 'no-referrer' | 'origin';
}

/** Every setting with a value. */
export type Settings = Required<ClientOptions>;

export const DEFAULT_SETTINGS: Settings = {
  fetch: null,
  proxy: '',
  timeout: 10_000,
  retries: MAX_RETRIES,
  ttl: 60_000,
  cacheSize: 32,
  persist: false,
  referrerPolicy: 'no-referrer',
};

/** What each setting accepts. */
const VALID: Record<keyof Settings, (value: unknown) => boolean> = {
  fetch: value => value === null || typeof value === 'function',
  proxy: value => typeof value === 'string',
  timeout: value => typeof value === 'number' && value > 0 && value < Infinity,
  retries: value => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_RETRIES,
  ttl: value => typeof value === 'number' && value >= 0 && value < Infinity,
  cacheSize: value => Number.isInteger(value) && (value as number) >= 0,
  persist: value => typeof value === 'boolean' || typeof (value as Storage | null)?.getItem === 'function',
  referrerPolicy: value => value === 'no-referrer' || value === 'origin',
};

/** `current` with `changes` applied; an unknown option or a junk value is a `config` error and changes nothing. */
export function applyOptions(current: Settings, changes: ClientOptions): Settings {
  const next: Settings = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(VALID, name) || !VALID[name as keyof Settings](value)) throw new FeedError('config', `${String(value)} is not a valid "${name}" for the data layer.`);
    (next as Record<string, unknown>)[name] = value;
  }
  if (next.proxy) checkProxy(next.proxy);
  return next;
}
