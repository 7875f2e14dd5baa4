import { feedAddress, mayValidate, proxied } from './address.js';
import { LruCache } from './cache.js';
import { applyOptions, DEFAULT_SETTINGS, type ClientOptions, type Settings } from './config.js';
import { Entry, type Parser } from './entry.js';
import { abortError, FeedError, isAbortError } from './errors.js';
import { freshness } from './freshness.js';
import { InFlight } from './inflight.js';
import { onDemand } from './on-demand.js';
import { request } from './request.js';
import type { PersistentStore } from './store.js';

export type { ClientOptions } from './config.js';
export type { Parser } from './entry.js';

export interface GetOptions {
  /** Aborting detaches this caller only; its promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  /** How long data stays fresh for this call, in milliseconds, when its response has no `max-age` or `Expires`. */
  ttl?: number;
  /**
   * `default`: fresh data at once; stale data at once while it is refreshed behind it; otherwise the network.
   * `no-cache`: ask the server first (conditionally when possible) and wait for its answer.
   */
  cache?: 'default' | 'no-cache';
}


/** Backing off and trying again: fetched once a request has failed, as few pages ever need it. */
const retryCode = onDemand(() => import('./retry.js'));

/** What the client holds for an address, as `peek` returns it. */
export interface Snapshot<T> {
  value: T;
  /** The value is past its freshness, so the next `get` refreshes it. */
  expired: boolean;
  /** Why the last refresh failed, the value being the last good one; null when the last refresh succeeded. */
  error: FeedError | null;
  /** When the server last sent or confirmed the value, in milliseconds since the epoch. */
  checkedAt: number;
}

/** What subscribers of an address are told. Read the value itself with `peek` (or `get`). */
export interface CacheChange {
  /** The normalized address. */
  url: string;
  /** True when new data replaced the old; false when only `error` changed. */
  updated: boolean;
  /** Why the last refresh failed (the last good data stays), or null when it succeeded. */
  error: FeedError | null;
}

export type CacheListener = (change: CacheChange) => void;

/** What a watcher of an address is told, first when the data arrives and then at every change. */
export interface WatchUpdate<T> {
  /** The data, or undefined when none could be had yet. With `error` set it is the last good data, now stale. */
  value: T | undefined;
  /** Why the last load or refresh failed; null when it succeeded. */
  error: FeedError | null;
}

export interface WatchOptions {
  /**
   * Milliseconds between refreshes; 0 (default) never. Refreshes pause while the page is hidden or offline, and
   * watches of one address and interval share one schedule, so twenty lists of one feed make one request.
   */
  refresh?: number;
  /** Aborting it ends the watch: no more updates, no more refreshes. */
  signal?: AbortSignal;
}

/** The page's refresh timer is its own chunk: pages whose widgets never refresh do not download it. */
const schedulerModule = onDemand(() => import('./scheduler.js'));
const storeModule = onDemand(() => import('./store.js'));

/** What one trip to the server brought: a new body not yet kept, or the kept entry, confirmed by a 304. */
interface Download {
  entry: Entry;
  storable: boolean;
  /** Set once the entry is the one kept; until some parser reads a new body, it is only a candidate. */
  kept: boolean;
}

/**
 * The data layer every element on a page talks to: one request per address at a time, whoever asks; a memory
 * cache (LRU) with an optional persistent store behind it; stale-while-revalidate with conditional requests;
 * timeouts and retries; and subscriptions that tell elements when an address has new data.
 *
 * Everything is keyed by the feed's normalized address (see `feedAddress`). Parsers get the raw bytes and run
 * once per response body and parser; a body that no parser could read is never kept.
 */
export class NewsClient {
  #settings: Settings = DEFAULT_SETTINGS;
  #memory = new LruCache<string, Entry>(DEFAULT_SETTINGS.cacheSize);
  #store: PersistentStore | null = null;
  /** Set while the store's chunk is on its way: persistence is opt-in, so pages without it never download it. */
  #storeLoading: Promise<void> | null = null;
  #flights = new InFlight<string, Download>();
  #listeners = new Map<string, Set<CacheListener>>();
  /**
   * The last answer of an address whose server said `no-store`, held only while someone listens to the address and
   * never served from: watchers read its refreshes from it, and a refresh that fails marks it, so that a failure is
   * told whatever the caching headers of the answer before it.
   */
  #unkept = new Map<string, Entry>();

  constructor(options: ClientOptions = {}) {
    this.configure(options);
  }

  /** Changes settings; options left out keep their value. Throws a `config` error for a junk value, changing nothing. */
  configure(options: ClientOptions): void {
    const previous = this.#settings;
    this.#settings = applyOptions(previous, options);
    this.#memory.resize(this.#settings.cacheSize);
    const { persist } = this.#settings;
    if (persist !== previous.persist || (persist && !this.#store && !this.#storeLoading)) {
      this.#store = null;
      this.#storeLoading = null;
      if (!persist) return;
      const loading: Promise<void> = storeModule().then(
        ({ PersistentStore }) => {
          // A later configure() may have changed its mind while the chunk was on its way.
          if (this.#storeLoading !== loading) return;
          this.#store = new PersistentStore(persist === true ? localStorageOrNull : () => persist);
          this.#storeLoading = null;
        },
        () => {
          // Without the chunk (offline, a deploy in progress) the page works as without persistence.
          if (this.#storeLoading === loading) this.#storeLoading = null;
        },
      );
      this.#storeLoading = loading;
    }
  }

  /** Resolves once the persistent store, when one is configured, is ready; `peek` sees persisted data only after. */
  async ready(): Promise<void> {
    await this.#storeLoading;
  }

  /** The settings in use. */
  get settings(): Readonly<Settings> {
    return this.#settings;
  }

  /**
   * Resolves with `src` read by `parse`. Fresh data comes from the cache; stale data comes from the cache at once
   * and is refreshed in the background (subscribers hear of the result); otherwise the request is shared with
   * every other caller of the same address. Failures are `FeedError`s; an abort rejects this caller alone with an
   * `AbortError`.
   */
  async get<T>(src: string, parse: Parser<T> | PromiseLike<Parser<T>>, options: GetOptions = {}): Promise<T> {
    const address = feedAddress(src);
    // On a reload with persistence, the last visit's data is worth the wait for the store's chunk.
    if (this.#storeLoading) await this.#storeLoading;
    if (options.signal?.aborted) throw abortError();
    const entry = options.cache === 'no-cache' ? null : this.#lookup(address);
    if (entry) {
      const parser = await parse;
      const cached = readOrMiss(entry, parser);
      if (cached !== MISS) {
        if (!entry.isFresh(options.ttl ?? this.#settings.ttl, Date.now())) this.#refreshBehind(address, parser);
        return cached;
      }
    }
    // The request starts before the parser has arrived: a parser that is a chunk of its own costs no extra wait.
    const [download, parser] = await Promise.all([this.#flights.join(address, signal => this.#download(address, signal), options.signal), parse]);
    return this.#accept(address, download, parser);
  }

  /**
   * Keeps `listener` told of `src` read by `parse` until `options.signal` aborts: once with the data (from the
   * cache when it has it, revalidated behind it when stale) or the failure, then at every change any caller of the
   * address brought: new data, a refresh that failed (the last good data comes again, with the error), a refresh
   * that worked again. With `options.refresh` it also refreshes the address on the page's shared schedule.
   * `parse` may still be on its way (a chunk): the request does not wait for it. Throws a `config` error for an
   * address that can never be fetched.
   */
  watch<T>(src: string, parse: Parser<T> | PromiseLike<Parser<T>>, listener: (update: WatchUpdate<T>) => void, options: WatchOptions = {}): void {
    const { signal, refresh = 0 } = options;
    const address = feedAddress(src);
    if (signal?.aborted) return;
    let parser: Parser<T> | undefined;
    let last: T | undefined;
    // Until the watch's own first request has settled, it reports: the answer it shares would be told twice.
    let settled = false;
    const tell = (value: T | undefined, error: FeedError | null) => {
      if (signal?.aborted) return;
      last = value;
      listener({ value, error });
    };
    const unsubscribe = this.subscribe(address, change => {
      if (!parser || !settled) return;
      // Without data, only new data is news.
      if (!change.updated) {
        if (last !== undefined) tell(last, change.error);
        return;
      }
      const entry = this.#lookup(address) ?? this.#unkept.get(address);
      if (!entry) return;
      try {
        tell(entry.read(parser), null);
      } catch (error) {
        tell(last, error as FeedError);
      }
    });
    let stopRefresh = () => {};
    signal?.addEventListener(
      'abort',
      () => {
        unsubscribe();
        stopRefresh();
      },
      { once: true },
    );
    Promise.resolve(parse).then(read => (parser = read), () => {});
    this.get(src, parse, { signal }).then(
      value => {
        settled = true;
        tell(value, this.#lookup(address)?.error ?? null);
      },
      error => {
        settled = true;
        if (!isAbortError(error)) tell(last, error instanceof FeedError ? error : new FeedError('network', String(error), { cause: error }));
      },
    );
    if (refresh > 0) {
      schedulerModule().then(
        ({ getScheduler }) => {
          if (signal?.aborted) return;
          // A failed refresh reaches the watch as a change notice, not as a rejection here.
          stopRefresh = getScheduler().every(refresh, () => void this.get(src, parse, { cache: 'no-cache' }).catch(() => {}), address);
        },
        (error: FeedError) => tell(last, error),
      );
    }
  }

  /**
   * What the client holds for `src` read by `parse`, from memory or the persistent store, without any request; null
   * when nothing usable. The persistent store counts once it is loaded (see `ready`).
   */
  peek<T>(src: string, parse: Parser<T>): Snapshot<T> | null {
    let entry: Entry | null;
    try {
      entry = this.#lookup(feedAddress(src));
    } catch {
      return null;
    }
    const value = entry ? readOrMiss(entry, parse) : MISS;
    if (!entry || value === MISS) return null;
    return { value, expired: !entry.isFresh(this.#settings.ttl, Date.now()), error: entry.error, checkedAt: entry.record.checkedAt };
  }

  /**
   * Calls `listener` whenever `src` gets new data, or its last refresh starts or stops failing. An unchanged answer
   * (a 304, or the same bytes) tells nobody. Returns the function that unsubscribes. Throws a `config` error for an
   * address that can never be fetched.
   */
  subscribe(src: string, listener: CacheListener): () => void {
    const address = feedAddress(src);
    let listeners = this.#listeners.get(address);
    if (!listeners) this.#listeners.set(address, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (!listeners.size && this.#listeners.get(address) === listeners) {
        this.#listeners.delete(address);
        this.#unkept.delete(address);
      }
    };
  }

  /** Forgets everything kept, in memory and in the persistent store. Requests in flight carry on. */
  clear(): void {
    this.#memory.clear();
    this.#store?.clear();
  }

  #lookup(address: string): Entry | null {
    const kept = this.#memory.get(address);
    if (kept) return kept;
    const record = this.#store?.read(address);
    if (!record) return null;
    const entry = new Entry(record);
    this.#memory.set(address, entry);
    return entry;
  }

  #refreshBehind(address: string, parse: Parser<unknown>): void {
    // Joined without a signal: no caller leaving can abort it. Its failure is kept on the entry and told to subscribers.
    this.#flights
      .join(address, signal => this.#download(address, signal))
      .then(download => this.#accept(address, download, parse))
      .catch(() => {});
  }

  /** One trip to the server, retries included, shared by every caller of `address` through `#flights`. */
  async #download(address: string, signal: AbortSignal): Promise<Download> {
    const { fetch, proxy, timeout, retries } = this.#settings;
    const base = this.#lookup(address);
    const target = proxied(address, proxy);
    const { etag, lastModified } = base?.record ?? {};
    const validators = base && mayValidate(target) && (etag || lastModified) ? { etag: etag ?? null, lastModified: lastModified ?? null } : null;
    try {
      const attempt = () => request(target, { signal, fetch: fetch ?? undefined, timeout, validators, revalidate: base !== null });
      // The first attempt needs no retrying code; a failure loads it (a failure to load it reports the first failure).
      const result = await attempt().catch(async (error: unknown) => {
        if (isAbortError(error) || retries === 0) throw error;
        const retrying = await retryCode().catch(() => Promise.reject(error));
        return retrying.retryAfter(error, attempt, { retries, signal });
      });
      const now = Date.now();
      const lifetime = freshness(result.headers);
      const update = {
        checkedAt: now,
        maxAge: lifetime.maxAge,
        etag: result.headers.get('etag'),
        lastModified: result.headers.get('last-modified'),
      };
      if (result.notModified && base) {
        // A 304 may leave out headers it does not change: the kept ones stand.
        base.confirm({ ...update, maxAge: update.maxAge ?? base.record.maxAge, etag: update.etag ?? base.record.etag, lastModified: update.lastModified ?? base.record.lastModified });
        this.#keep(address, base, false);
        return { entry: base, storable: true, kept: true };
      }
      // Through a proxy, links in the feed are relative to the feed, not to the proxy.
      const meta = { url: proxy ? address : result.url, contentType: result.contentType };
      return { entry: new Entry({ body: result.body, meta, ...update }), storable: lifetime.storable, kept: false };
    } catch (error) {
      if (!isAbortError(error)) this.#failed(address, error);
      throw error;
    }
  }

  /** Reads a download for one caller; the first successful read keeps a new body. */
  #accept<T>(address: string, download: Download, parse: Parser<T>): T {
    let value: T;
    try {
      value = download.entry.read(parse);
    } catch (error) {
      // A new body nobody can read is a failed refresh; a kept body this parser cannot read is this caller's error.
      if (!download.kept) this.#failed(address, error);
      throw error;
    }
    if (!download.kept) {
      download.kept = true;
      const { storable } = download;
      if (!storable) {
        // no-store: the server does not want this answer kept, nor the ones before it.
        this.#memory.delete(address);
        this.#store?.delete(address);
      }
      const kept = storable ? this.#lookup(address) : this.#unkept.get(address);
      if (kept?.matches(download.entry.record)) {
        const { checkedAt, maxAge, etag, lastModified } = download.entry.record;
        kept.confirm({ checkedAt, maxAge, etag, lastModified });
        this.#keep(address, kept, false, storable);
      } else {
        this.#keep(address, download.entry, true, storable);
      }
    }
    return value;
  }

  /**
   * Stores a confirmed or new entry (a `no-store` one only for the address's listeners) and clears its error, telling
   * subscribers if anything they see changed.
   */
  #keep(address: string, entry: Entry, updated: boolean, storable = true): void {
    const hadError = entry.error !== null;
    entry.error = null;
    this.#unkept.delete(address);
    if (storable) {
      this.#memory.set(address, entry);
      this.#store?.write(address, entry.record);
    } else if (this.#listeners.has(address)) {
      this.#unkept.set(address, entry);
    }
    if (updated || hadError) this.#notify({ url: address, updated, error: null });
  }

  /** Marks the kept data of `address` as stale after a failed refresh; failures themselves are never kept as data. */
  #failed(address: string, error: unknown): void {
    const kept = this.#memory.get(address) ?? this.#unkept.get(address);
    if (!kept || !(error instanceof FeedError)) return;
    const hadError = kept.error !== null;
    kept.error = error;
    if (!hadError) this.#notify({ url: address, updated: false, error });
  }

  #notify(change: CacheChange): void {
    for (const listener of [...(this.#listeners.get(change.url) ?? [])]) {
      try {
        listener(change);
      } catch (error) {
        // One broken listener must not keep the others from hearing; its error still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

const MISS: unique symbol = Symbol('miss');

function readOrMiss<T>(entry: Entry, parse: Parser<T>): T | typeof MISS {
  try {
    return entry.read(parse);
  } catch {
    return MISS;
  }
}

function localStorageOrNull(): Storage | null {
  // Reading the property itself throws where storage is blocked; the store treats that as "no storage".
  return typeof localStorage === 'undefined' ? null : localStorage;
}

let sharedClient: NewsClient | undefined;

/** The client every element on the page uses unless told otherwise; made on first use. */
export function getClient(): NewsClient {
  return (sharedClient ??= new NewsClient());
}

/** Replaces the page-wide client, for example with one whose settings a test controls. */
export function setClient(client: NewsClient): void {
  sharedClient = client;
}

/**
 * Sets page-wide defaults of the shared client: `fetch`, `proxy`, `timeout`, `retries`, `ttl`, `cacheSize`,
 * `persist` and `referrerPolicy`. Call it before the elements load data; it throws a `config` error for a junk value.
 */
export function configure(options: ClientOptions): void {
  getClient().configure(options);
}
