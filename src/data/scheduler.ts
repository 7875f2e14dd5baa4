/** The parts of a page the scheduler listens to. In Node they are absent and it simply runs on time. */
export interface SchedulerHost {
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | null;
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
  navigator?: Pick<Navigator, 'onLine'> | null;
}

interface Slot {
  interval: number;
  /** When the slot runs next, in milliseconds since the epoch. */
  due: number;
  tasks: Set<() => void>;
}

/**
 * Periodic refreshes for every element of the page on one timer. Nothing runs while the document is hidden or
 * the browser is offline: nobody sees the result, and every request counts against the origin's rate limit.
 * On return to the page, tasks that fell due run at once (once, however long the pause); back online, every task
 * runs at once, as the data may be old by now. The timer and the page listeners exist only while tasks do.
 */
export class RefreshScheduler {
  #host: SchedulerHost;
  #slots = new Map<unknown, Slot>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #listening = false;

  constructor(host: SchedulerHost = pageHost()) {
    this.#host = host;
  }

  /** How many schedules are active (tasks sharing a key and interval count once). */
  get size(): number {
    return this.#slots.size;
  }

  /** True while the document is hidden or the browser says it is offline. */
  get paused(): boolean {
    return this.#host.document?.visibilityState === 'hidden' || this.#host.navigator?.onLine === false;
  }

  /**
   * Runs `task` every `interval` milliseconds, the first time one interval from now. Tasks given the same `key` and
   * interval (say, twenty lists of one feed) share one schedule and run together, so their requests coincide and
   * the client makes one. Returns the function that stops this task.
   */
  every(interval: number, task: () => void, key?: string): () => void {
    const slotKey = key === undefined ? {} : `${interval} ${key}`;
    let slot = this.#slots.get(slotKey);
    if (!slot) this.#slots.set(slotKey, (slot = { interval, due: Date.now() + interval, tasks: new Set() }));
    // A wrapper of its own, so the same function scheduled twice is also stopped twice.
    const entry = () => task();
    slot.tasks.add(entry);
    this.#listen();
    this.#arm();
    const joined = slot;
    return () => {
      if (!joined.tasks.delete(entry)) return;
      if (!joined.tasks.size) this.#slots.delete(slotKey);
      this.#arm();
    };
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#slots.size) return this.#unlisten();
    if (this.paused) return;
    let next = Infinity;
    for (const slot of this.#slots.values()) next = Math.min(next, slot.due);
    this.#timer = setTimeout(this.#tick, Math.max(0, next - Date.now()));
  }

  #tick = (): void => {
    this.#timer = undefined;
    const now = Date.now();
    for (const slot of [...this.#slots.values()]) {
      if (slot.due > now) continue;
      slot.due = now + slot.interval;
      for (const task of [...slot.tasks]) {
        try {
          task();
        } catch (error) {
          // One failing task must not stop the others; its error still surfaces.
          queueMicrotask(() => {
            throw error;
          });
        }
      }
    }
    this.#arm();
  };

  #onVisibilityChange = (): void => this.#arm();

  #onOnline = (): void => {
    const now = Date.now();
    for (const slot of this.#slots.values()) slot.due = now;
    this.#arm();
  };

  #onOffline = (): void => this.#arm();

  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.#host.document?.addEventListener('visibilitychange', this.#onVisibilityChange);
    this.#host.window?.addEventListener('online', this.#onOnline);
    this.#host.window?.addEventListener('offline', this.#onOffline);
  }

  #unlisten(): void {
    if (!this.#listening) return;
    this.#listening = false;
    this.#host.document?.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#host.window?.removeEventListener('online', this.#onOnline);
    this.#host.window?.removeEventListener('offline', this.#onOffline);
  }
}

function pageHost(): SchedulerHost {
  return {
    document: typeof document === 'undefined' ? null : document,
    window: typeof window === 'undefined' ? null : window,
    navigator: typeof navigator === 'undefined' ? null : navigator,
  };
}

let sharedScheduler: RefreshScheduler | undefined;

/** The one scheduler all elements of the page share; made on first use. */
export function getScheduler(): RefreshScheduler {
  return (sharedScheduler ??= new RefreshScheduler());
}
