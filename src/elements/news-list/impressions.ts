import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How much of a story must be on screen, and for how long, before it counts as seen (the common ad-industry rule). */
const SHARE = 0.5;
const DWELL = 1000;

/**
 * Tells its element when one of its stories has been at least half visible for a second, once per story (by the
 * `data-index` of its row, mapped to the story by the element). Stories are counted once for the life of the
 * element, so a refresh that moves them does not count them again. Timers and the observer go when the element does.
 */
export class Impressions implements ReactiveController {
  #report: (index: number) => void;
  #observer?: IntersectionObserver;
  #timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>();
  #observed = new Set<HTMLElement>();
  /** Keys of the stories already reported. */
  #seen = new Set<string>();
  /** Rows whose second ended while the tab was hidden. */
  #waiting = new Set<HTMLElement>();
  #key: (index: number) => string | undefined;

  constructor(host: ReactiveControllerHost, report: (index: number) => void, key: (index: number) => string | undefined) {
    this.#report = report;
    this.#key = key;
    host.addController(this);
  }

  /** Watches these rows (and stops watching any others). */
  observe(rows: Iterable<HTMLElement>): void {
    const next = new Set(rows);
    for (const row of this.#observed) if (!next.has(row)) this.#forget(row);
    for (const row of next) {
      // Reading a row's index costs a DOM read per row: a list that has counted nothing yet (every first draw) skips it.
      if (this.#observed.has(row) || (this.#seen.size > 0 && this.#seen.has(this.#keyOf(row) ?? ''))) continue;
      this.#observer ??= new IntersectionObserver(entries => this.#onChange(entries), { threshold: SHARE });
      this.#observer.observe(row);
      this.#observed.add(row);
    }
  }

  hostDisconnected(): void {
    for (const row of [...this.#observed]) this.#forget(row);
    this.#observer?.disconnect();
    this.#observer = undefined;
    document.removeEventListener('visibilitychange', this.#onVisible);
  }

  #keyOf(row: HTMLElement): string | undefined {
    return this.#key(Number(row.dataset.index));
  }

  #onChange(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting, intersectionRatio } of entries) {
      const row = target as HTMLElement;
      if (isIntersecting && intersectionRatio >= SHARE) {
        if (!this.#timers.has(row)) this.#timers.set(row, setTimeout(() => this.#dwelt(row), DWELL));
      } else {
        clearTimeout(this.#timers.get(row));
        this.#timers.delete(row);
      }
    }
  }

  #dwelt(row: HTMLElement): void {
    this.#timers.delete(row);
    // A hidden tab shows nothing, however long: the second starts again when the tab is back.
    if (document.visibilityState === 'hidden') {
      this.#waiting.add(row);
      document.addEventListener('visibilitychange', this.#onVisible);
      return;
    }
    const key = this.#keyOf(row);
    if (key === undefined || this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#forget(row);
    this.#report(Number(row.dataset.index));
  }

  #onVisible = (): void => {
    if (document.visibilityState === 'hidden') return;
    document.removeEventListener('visibilitychange', this.#onVisible);
    for (const row of this.#waiting) if (this.#observed.has(row)) this.#timers.set(row, setTimeout(() => this.#dwelt(row), DWELL));
    this.#waiting.clear();
  };

  #forget(row: HTMLElement): void {
    this.#waiting.delete(row);
    clearTimeout(this.#timers.get(row));
    this.#timers.delete(row);
    this.#observer?.unobserve(row);
    this.#observed.delete(row);
  }
}
