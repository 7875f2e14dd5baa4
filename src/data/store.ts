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
  url: string;
  responseUrl: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
  checkedAt: number;
  maxAge: number | null;
  /** `utf-8`: the body as text; `latin1`: one character per byte, for bodies that are not UTF-8 (windows-1251 feeds). */
  encoding: 'utf-8' | 'latin1';
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
      while (others.length && (others.length >= this.#limits.entries || total > this.#limits.bytes)) {
        const oldest = others.shift()!;
        storage.removeItem(oldest.key);
        total -= oldest.size;
      }
      // The quota is the host page's too and may be nearly used up: make room one entry at a time.
      for (;;) {
        try {
          return storage.setItem(key, value);
        } catch {
          const oldest = others.shift();
          if (!oldest) return storage.removeItem(key);
          storage.removeItem(oldest.key);
        }
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
    return [{ key, size: cost(key, value), checkedAt: header.checkedAt }];
  });
}

function cost(key: string, value: string): number {
  return (key.length + value.length) * 2;
}

function encode(url: string, record: ResponseRecord): string {
  let encoding: Header['encoding'] = 'utf-8';
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, so encoding the text again gives back the very same bytes.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(record.body);
  } catch {
    encoding = 'latin1';
    text = latin1Text(new Uint8Array(record.body));
  }
  const { meta, etag, lastModified, checkedAt, maxAge } = record;
  const header: Header = { url, responseUrl: meta.url, contentType: meta.contentType, etag, lastModified, checkedAt, maxAge, encoding };
  return `${JSON.stringify(header)}\n${text}`;
}

function decode(url: string, value: string): ResponseRecord | null {
  const header = readHeader(url, value);
  if (!header) return null;
  const text = value.slice(value.indexOf('\n') + 1);
  const body = header.encoding === 'utf-8' ? exactBuffer(new TextEncoder().encode(text)) : latin1Bytes(text);
  if (!body) return null;
  const { responseUrl, contentType, etag, lastModified, checkedAt, maxAge } = header;
  return { body, meta: { url: responseUrl, contentType }, etag, lastModified, checkedAt, maxAge };
}

/** The header of a value stored for `url`, or null for anything else: corrupt JSON, a foreign shape, another URL. */
function readHeader(url: string, value: string): Header | null {
  const end = value.indexOf('\n');
  if (end < 0) return null;
  let header: unknown;
  try {
    header = JSON.parse(value.slice(0, end));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null) return null;
  const { url: storedUrl, responseUrl, contentType, etag, lastModified, checkedAt, maxAge, encoding } = header as Record<string, unknown>;
  const stringOrNull = (field: unknown) => field === null || typeof field === 'string';
  const valid =
    storedUrl === url &&
    typeof responseUrl === 'string' &&
    typeof contentType === 'string' &&
    stringOrNull(etag) &&
    stringOrNull(lastModified) &&
    Number.isFinite(checkedAt) &&
    (maxAge === null || (typeof maxAge === 'number' && maxAge >= 0)) &&
    (encoding === 'utf-8' || encoding === 'latin1');
  return valid ? (header as Header) : null;
}

function latin1Text(bytes: Uint8Array): string {
  let text = '';
  // Spreading a whole feed into one call could exceed the engine's argument limit.
  for (let start = 0; start < bytes.length; start += 0x8000) text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return text;
}

function latin1Bytes(text: string): ArrayBuffer | null {
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0xff) return null;
    bytes[index] = code;
  }
  return bytes.buffer;
}

function exactBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  return byteOffset === 0 && byteLength === buffer.byteLength ? (buffer as ArrayBuffer) : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
}
