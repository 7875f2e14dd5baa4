import type { ResponseRecord } from './entry.js';

/**
 * Every key starts with this. The version changes whenever the layout of a value does, so a page never misreads
 * what an older release wrote; older entries are left alone (they may belong to a page still on that release).
 */
export const STORE_PREFIX = 'news-widgets:v1:';

/** How much of the site's storage the store may use. Storage quota is shared with the host page. */
export interface StoreLimits {
  entries: number;
  /** Counted as two bytes per character of key and value, as browsers hold them. */
  bytes: number;
}

export const DEFAULT_STORE_LIMITS: StoreLimits = { entries: 20, bytes: 1024 * 1024 };

/** The first line of every stored value; the body follows after one newline, which JSON never contains. */
interface Header {
  /** The address it was stored for, so a value copied under another key is not taken for that address. */
  url: string;
  /** False: the body as text (UTF-8 bodies); true: one character per byte, for others (windows-1251 feeds). */
  latin1: boolean;
  record: Omit<ResponseRecord, 'body'>;
}

/**
 * Raw response bodies with their metadata in Web Storage, so a reload can show the last data before the network
 * answers. It keeps bytes rather than parsed values because only a parser knows how to read them: the store stays
 * generic, and dates and other non-JSON values come back exactly as the parser makes them.
 *
 * Storage may be missing, may throw on access (blocked cookies, sandboxed frames) or on a full quota, and may hold
 * values written by anyone: every such case reads as "nothing stored" and never throws.
 */
export class PersistentStore {
  #storage: () => Storage | null | undefined;
  #limits: StoreLimits;

  constructor(storage: () => Storage | null | undefined, limits: StoreLimits = DEFAULT_STORE_LIMITS) {
    this.#storage = storage;
    this.#limits = limits;
  }

  /** The record kept for `url`, or null when there is none or it cannot be read. */
  read(url: string): ResponseRecord | null {
    try {
      const value = this.#storage()?.getItem(STORE_PREFIX + url);
      return typeof value === 'string' ? decode(url, value) : null;
    } catch {
      return null;
    }
  }

  /**
   * Keeps `record` for `url`, first dropping the least recently checked entries until the limits allow it.
   * A record larger than the whole byte limit is not kept.
   */
  write(url: string, record: ResponseRecord): void {
    try {
      const storage = this.#storage();
      if (!storage) return;
      const key = STORE_PREFIX + url;
      const value = encode(url, record);
      const size = cost(key, value);
      if (size > this.#limits.bytes) return storage.removeItem(key);
      const others = entriesOf(storage)
        .filter(entry => entry.key !== key)
        .sort((a, b) => a.checkedAt - b.checkedAt);
      let total = others.reduce((sum, entry) => sum + entry.size, size);
      // Drops the oldest while over the limits, or while the browser refuses: its quota is the host page's too.
      for (;;) {
        if (others.length < this.#limits.entries && total <= this.#limits.bytes) {
          try {
            return storage.setItem(key, value);
          } catch {
            // Full: make room below.
          }
        }
        const oldest = others.shift();
        if (!oldest) return storage.removeItem(key);
        storage.removeItem(oldest.key);
        total -= oldest.size;
      }
    } catch {
      // Persistence only ever saves a request; a storage that refuses it changes nothing else.
    }
  }

  delete(url: string): void {
    try {
      this.#storage()?.removeItem(STORE_PREFIX + url);
    } catch {
      // See write().
    }
  }

  /** Removes every entry of this version. */
  clear(): void {
    try {
      const storage = this.#storage();
      if (storage) for (const key of keysOf(storage)) storage.removeItem(key);
    } catch {
      // See write().
    }
  }
}

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(STORE_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Our entries with their sizes; entries under our prefix that do not read are removed, as nobody can use them. */
function entriesOf(storage: Storage): { key: string; size: number; checkedAt: number }[] {
  return keysOf(storage).flatMap(key => {
    const value = storage.getItem(key) ?? '';
    const header = readHeader(key.slice(STORE_PREFIX.length), value);
    if (!header) {
      storage.removeItem(key);
      return [];
    }
    return [{ key, size: cost(key, value), checkedAt: header.record.checkedAt }];
  });
}

function cost(key: string, value: string): number {
  return (key.length + value.length) * 2;
}

function encode(url: string, { body, ...record }: ResponseRecord): string {
  let latin1 = false;
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, so encoding the text again gives back the very same bytes.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    latin1 = true;
    text = '';
    const bytes = new Uint8Array(body);
    // Spreading a whole feed into one call could exceed the engine's argument limit.
    for (let start = 0; start < bytes.length; start += 0x8000) text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  const header: Header = { url, latin1, record };
  return `${JSON.stringify(header)}\n${text}`;
}

function decode(url: string, value: string): ResponseRecord | null {
  const header = readHeader(url, value);
  const text = value.slice(value.indexOf('\n') + 1);
  // A character past 0xFF cannot have come from a byte: such a value was written by someone else.
  if (!header || (header.latin1 && /[^\0-\xff]/.test(text))) return null;
  // Both make a new buffer of exactly the body's length.
  const bytes = header.latin1 ? Uint8Array.from(text, character => character.charCodeAt(0)) : new TextEncoder().encode(text);
  return { ...header.record, body: bytes.buffer as ArrayBuffer };
}

/**
 * The header of a value stored for `url`, or null for anything else: corrupt JSON, a foreign shape, another address.
 * Only what could mislead is checked; a malformed validator or lifetime merely costs a revalidation.
 */
function readHeader(url: string, value: string): Header | null {
  const end = value.indexOf('\n');
  try {
    const header = JSON.parse(value.slice(0, end)) as Header;
    const { meta, checkedAt } = header.record;
    const valid = end > 0 && header.url === url && typeof meta.url === 'string' && typeof meta.contentType === 'string' && Number.isFinite(checkedAt);
    return valid ? header : null;
  } catch {
    return null;
  }
}
