import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedAddress } from '../../data/address.js';
import { getClient, type CacheChange } from '../../data/client.js';

/** The shortest refresh interval, in seconds: every refresh is a request the origin counts against its rate limit. */
export const MIN_REFRESH = 10;

export interface SourceWatchOptions {
  /** The address to watch; read after every update. */
  src(): string;
  /** Seconds between refreshes, 0 for never; read after every update. Values under `MIN_REFRESH` count as it. */
  refresh(): number;
  /** Asks the data layer for a newer copy of `src`; the answer arrives through `onChange`. */
  refreshNow(src: string): void;
  /** New data for the address, or a change in whether its last refresh failed. */
  onChange(change: CacheChange): void;
}

/**
 * Runs `task` every `interval` ms on the page's shared scheduler, which is its own chunk: pages whose widgets never
 * refresh do not download it. Returns the function that stops the task, which works before the chunk has arrived.
 */
function schedule(interval: number, task: () => void, key: string): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void import('../../data/scheduler.js').then(({ getScheduler }) => {
    if (!stopped) stop = getScheduler().every(interval, task, key);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

/**
 * Keeps an element in step with its address while it is connected: subscribed to the shared client, and refreshed
 * by the shared scheduler, where elements of one address and interval share one schedule (and so one request).
 * Nothing is left behind on disconnect, so mounting and unmounting leak neither listeners nor timers.
 */
export class SourceWatch implements ReactiveController {
  #options: SourceWatchOptions;
  #connected = false;
  #watching: { src: string; refresh: number; stop(): void } | null = null;

  constructor(host: ReactiveControllerHost, options: SourceWatchOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#watch();
  }

  hostUpdated(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #watch(): void {
    const src = this.#options.src();
    const refresh = this.#options.refresh();
    if (this.#watching?.src === src && this.#watching.refresh === refresh) return;
    this.#stop();
    if (!this.#connected || !src) return;
    let address: string;
    try {
      address = feedAddress(src);
    } catch {
      // An address that can never be fetched: the element shows the config error; there is nothing to watch.
      return;
    }
    const unsubscribe = getClient().subscribe(address, change => {
      // Between a change of src and the update that moves this watch, notices of the old address are not news.
      if (this.#options.src() === src) this.#options.onChange(change);
    });
    const cancel = refresh > 0 ? schedule(Math.max(refresh, MIN_REFRESH) * 1000, () => this.#options.refreshNow(src), address) : () => {};
    this.#watching = {
      src,
      refresh,
      stop() {
        unsubscribe();
        cancel();
      },
    };
  }

  #stop(): void {
    this.#watching?.stop();
    this.#watching = null;
  }
}
