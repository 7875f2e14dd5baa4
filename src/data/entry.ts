import { FeedError } from './errors.js';
import type { ResponseMeta } from './types.js';

/** Turns the bytes of a response into data; throws a `FeedError` of kind `parse` when it cannot. */
export type Parser<T> = (body: ArrayBuffer, meta: ResponseMeta) => T;

/** The parts of a response the client keeps, in memory and in the persistent store. */
export interface ResponseRecord {
  /** The raw bytes, so any parser can read them again, after a reload too. */
  body: ArrayBuffer;
  meta: ResponseMeta;
  etag: string | null;
  lastModified: string | null;
  /** When the server last sent or confirmed this body, in milliseconds since the epoch. */
  checkedAt: number;
  /** Lifetime from the response headers in milliseconds, or null to let the caller's ttl decide. */
  maxAge: number | null;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: FeedError };

/**
 * One response body and what parsers made of it. Each parser runs once per body, so twenty widgets on one feed
 * parse it once and share the value, which they must treat as read-only.
 */
export class Entry {
  readonly record: ResponseRecord;
  /** Why the last refresh of this entry failed; null once one succeeds. The body stays the last good one. */
  error: FeedError | null = null;
  #parsed = new Map<Parser<unknown>, Parsed>();

  constructor(record: ResponseRecord) {
    this.record = record;
  }

  /** The body as `parse` reads it; throws the parse error, which is remembered for this body too. */
  read<T>(parse: Parser<T>): T {
    let parsed = this.#parsed.get(parse);
    if (!parsed) {
      try {
        parsed = { ok: true, value: parse(this.record.body, this.record.meta) };
      } catch (cause) {
        const url = this.record.meta.url;
        parsed = { ok: false, error: cause instanceof FeedError ? cause : new FeedError('parse', `The response from ${url} could not be read.`, { url, cause }) };
      }
      this.#parsed.set(parse, parsed);
    }
    if (!parsed.ok) throw parsed.error;
    return parsed.value as T;
  }

  /** True while the body may be used without asking the server: its own max-age, else `ttl`, has not run out. */
  isFresh(ttl: number, now: number): boolean {
    return now - this.record.checkedAt < (this.record.maxAge ?? ttl);
  }

  /** Takes the times and validators of a newer answer that confirmed this body: a 304, or the same bytes again. */
  confirm(update: Pick<ResponseRecord, 'checkedAt' | 'maxAge' | 'etag' | 'lastModified'>): void {
    Object.assign(this.record, update);
  }

  /**
   * True when `record` holds the same response: byte for byte the same body, from the same address, of the same
   * type. Bytes, not parsed values, decide whether a refresh changed anything: the client knows no parser's output,
   * comparing bytes needs no parsing and no deep equality of dates and nested objects, and it is exact. A feed that
   * stamps every answer with a new build time counts as changed, which costs one re-render of the same items.
   */
  matches(record: ResponseRecord): boolean {
    const { body, meta } = this.record;
    if (body.byteLength !== record.body.byteLength || meta.url !== record.meta.url || meta.contentType !== record.meta.contentType) return false;
    const a = new Uint8Array(body);
    const b = new Uint8Array(record.body);
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
    return true;
  }
}
