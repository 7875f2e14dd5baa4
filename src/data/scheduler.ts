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
 * On return to the page, tasks that fell due run at once (once, however long the pause). The timer and the page
 * listeners exist only while tasks do.
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
   * the client makes one. Intervals under a second count as one second, so no mistake can make the timer spin.
   * Returns the function that stops this task.
   */
  every(interval: number, task: () => void, key?: string): () => void {
    interval = Math.max(interval, 1000) || 1000;
    const slotKey = key === undefined ? {} : `${interval} ${key}`;
    let slot = this.#slots.get(slotKey);
    if (!slot) this.#slots.set(slotKey, (slot = { interval, due: Date.now() + interval, tasks: new Set() }));
    // A wrapper of its own, so the same function scheduled twice is also stopped twice.
    const entry = () => task();
    slot.tasks.add(entry);
    this.#listen(true);
    this.#arm();
    const joined = slot;
    return () => {
      if (!joined.tasks.delete(entry)) return;
      if (!joined.tasks.size) this.#slots.delete(slotKey);
      this.#arm();
    };
  }

  /**
   * Reacts to the page (this object is the listener of `visibilitychange`, `online` and `offline`): back online,
   * every task falls due at once, as the data may be old by now; otherwise the timer follows the new state.
   */
  handleEvent(event: Event): void {
    if (event.type === 'online') for (const slot of this.#slots.values()) slot.due = 0;
    this.#arm();
  }

  #arm(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.#slots.size) return this.#listen(false);
    if (this.paused) return;
    let next = Infinity;
    for (const slot of this.#slots.values()) next = Math.min(next, slot.due);
    this.#timer = setTimeout(this.#tick, Math.max(0, next - Date.now()));
  }

  #tick = (): void => {
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

  #listen(on: boolean): void {
    if (this.#listening === on) return;
    this.#listening = on;
    const { document, window } = this.#host;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document?.[method]('visibilitychange', this);
    window?.[method]('online', this);
    window?.[method]('offline', this);
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
