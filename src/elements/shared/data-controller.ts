import { initialState, shallowArrayEquals, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { getClient, type NewsClient, type Parser, type WatchOptions, type WatchUpdate } from '../../data/client.js';
import { abortError, FeedError, isAbortError } from '../../data/errors.js';

/** The shortest refresh interval, in seconds: every refresh is a request the origin counts against its rate limit. */
export const MIN_REFRESH = 10;

/** Where an element's data comes from: the address and how to get its parser, which may be a chunk of its own. */
export interface Source<R> {
  /** The address to fetch, as given (the client resolves it against the page). */
  url: string;
  /** The parser, or the promise of it; asked for once the request is on its way, so the request goes first. */
  parser(): Parser<R> | PromiseLike<Parser<R>>;
}

/**
 * A watch of the element's own making, for data from several addresses (a list of several sources): it tells
 * `listener` as `NewsClient.watch` does, and stops when `options.signal` aborts.
 */
export type Watch<R> = (listener: (update: WatchUpdate<R>) => void, options: WatchOptions) => void;

/** What an element tells its data controller. `A` is the tuple of attributes the data depends on. */
export interface DataOptions<A extends readonly unknown[], R, V> {
  /** The attributes the data depends on; when any of them changes, the element loads again. */
  args(): A;
  /**
   * Where to load from for `args`. Called once per load, before any chunk is awaited, so the request starts at
   * once; throws a `FeedError` of kind `config` for attributes that can never work.
   */
  source(args: A): Source<R> | Watch<R>;
  /** Starts fetching what drawing will need (chunks), once the request is on its way; failures show in `present`. */
  prepare?(args: A): void;
  /** Turns what the parser read into what the element draws, with the modules drawing needs; once per answer. */
  present(raw: R, args: A): V | Promise<V>;
  /** Seconds between refreshes; 0 never. */
  refresh(): number;
  /** True while loading should wait (`loading="lazy"`): the controller starts once the element nears the viewport. */
  lazy(): boolean;
  /**
   * A refresh brought `next` while `current` is on screen; `show` puts it there. By default at once; an element may
   * hold it back so nothing moves under the reader. `show` does nothing once the arguments changed.
   */
  refreshed?(next: V, current: V, show: () => void): void;
}

/** What the controller has for the current attributes: `loading`, `ready` (a value) or `error`. */
export type DataStatus = 'loading' | 'ready' | 'error';

/**
 * Owns an element's data life: one @lit/task per load (latest arguments win, aborted on a change), one watch of the
 * shared client that delivers the first answer and every later one (refreshes, other elements' requests, failures),
 * the value on screen with its `stale` flag, lazy start near the viewport, and nothing left running on disconnect.
 */
export class DataController<A extends readonly unknown[], R, V> implements ReactiveController {
  /** Why the last refresh failed while the value shown is the last good one; null while it is not stale. */
  stale: unknown = null;

  #host: ReactiveElement;
  #options: DataOptions<A, R, V>;
  /** The value on screen and the arguments it was loaded for. */
  #shown: { args: A; value: V } | null = null;
  /** The last answer presented, so the same parsed data is never presented twice (an article is sanitized once). */
  #presented: { raw: R; args: A; value: Promise<V> } | null = null;
  /** Ends the current watch: its updates, its refreshes. */
  #watch: AbortController | null = null;
  #near = false;
  #viewport?: IntersectionObserver;

  readonly #task: Task<readonly [boolean, number, ...A], V>;

  constructor(host: ReactiveElement, options: DataOptions<A, R, V>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#task = new Task(host, {
      task: ([waiting, refresh, ...args], { signal }) => (waiting ? initialState : this.#load(args as unknown as A, refresh, signal)),
      // The refresh interval is an argument so that a new one restarts the watch; the value stays on screen meanwhile.
      args: () => [this.#options.lazy() && !this.#near, this.#options.refresh(), ...this.#options.args()] as const,
    });
  }

  /** The value on screen, when it was loaded for the current attributes. */
  get value(): V | undefined {
    const shown = this.#shown;
    return shown && shallowArrayEquals(shown.args, this.#options.args()) ? shown.value : undefined;
  }

  get status(): DataStatus {
    if (this.value !== undefined) return 'ready';
    return this.#task.status === TaskStatus.ERROR && !isAbortError(this.#task.error) ? 'error' : 'loading';
  }

  /** The client this controller loads through: the page's. */
  get client(): NewsClient {
    return getClient();
  }

  /** Why loading failed, when `status` is `error`. */
  get error(): unknown {
    return this.#task.error;
  }

  /** Loads again (the retry button). */
  retry(): void {
    void this.#task.run();
  }

  hostConnected(): void {
    // Back in the page after a disconnect ended the watch: watch again (the value on screen stays).
    if (this.#watch?.signal.aborted) this.retry();
  }

  hostUpdate(): void {
    if (this.#options.lazy() && !this.#near && !this.#viewport && this.#host.isConnected) this.#watchViewport();
  }

  hostDisconnected(): void {
    this.#viewport?.disconnect();
    this.#viewport = undefined;
    this.#watch?.abort();
    this.#task.abort();
  }

  #load(args: A, refresh: number, signal: AbortSignal): Promise<V> {
    this.#watch?.abort();
    const watch = new AbortController();
    this.#watch = watch;
    signal.addEventListener('abort', () => watch.abort(), { once: true });
    return new Promise<V>((resolve, reject) => {
      let first = true;
      let latest = 0;
      watch.signal.addEventListener('abort', () => first && reject(abortError()), { once: true });
      const receive = async ({ value: raw, error }: WatchUpdate<R>) => {
        // Presenting may take a while (an article's sanitizer): an answer that came later wins.
        const turn = ++latest;
        let value: V;
        try {
          if (raw === undefined) throw error;
          value = await this.#present(raw, args);
        } catch (failure) {
          if (watch.signal.aborted || turn !== latest) return;
          // New data that cannot be shown (an item gone from its feed) leaves the last good data on screen, stale.
          this.stale = this.value === undefined ? null : failure;
          if (first) reject(failure);
          first = false;
          this.#host.requestUpdate();
          return;
        }
        if (watch.signal.aborted || turn !== latest) return;
        this.stale = error;
        const current = this.value;
        const show = () => {
          if (shallowArrayEquals(args, this.#options.args())) this.#show(args, value);
        };
        if (first) {
          first = false;
          show();
          resolve(value);
        } else if (current !== undefined && current !== value && this.#options.refreshed) {
          this.#options.refreshed(value, current, show);
          this.#host.requestUpdate();
        } else show();
      };
      try {
        const source = this.#options.source(args);
        const options = { refresh: refresh && Math.max(refresh, MIN_REFRESH) * 1000, signal: watch.signal };
        const tell = (update: WatchUpdate<R>) => void receive(update);
        if (typeof source === 'function') source(tell, options);
        else {
          let giveParser!: (parse: Parser<R> | PromiseLike<Parser<R>>) => void;
          const parse = new Promise<Parser<R>>(resolve => (giveParser = resolve));
          getClient().watch(source.url, parse, tell, options);
          // The request is out (in-flight work starts at once); only now the chunks, which would otherwise queue first.
          giveParser(new Promise<Parser<R>>(resolve => resolve(source.parser())));
        }
        this.#options.prepare?.(args);
      } catch (error) {
        reject(error instanceof FeedError ? error : new FeedError('config', String(error), { cause: error }));
      }
    });
  }

  #present(raw: R, args: A): Promise<V> {
    const presented = this.#presented;
    if (presented && presented.raw === raw && shallowArrayEquals(presented.args, args)) return presented.value;
    const value = Promise.resolve(this.#options.present(raw, args));
    this.#presented = { raw, args, value };
    // A presentation that failed (a chunk that did not arrive) is tried again with the next answer or retry.
    value.catch(() => {
      if (this.#presented?.value === value) this.#presented = null;
    });
    return value;
  }

  #show(args: A, value: V): void {
    this.#shown = { args, value };
    this.#host.requestUpdate();
  }

  #watchViewport(): void {
    this.#viewport = new IntersectionObserver(
      entries => {
        if (!entries.some(entry => entry.isIntersecting)) return;
        this.#near = true;
        this.#viewport?.disconnect();
        this.#viewport = undefined;
        this.#host.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    this.#viewport.observe(this.#host);
  }
}
