import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Calendar times name the day ("Today, 14:05"), so they change only when the reader's day does. One timer for the
// whole page looks at the clock once a minute and re-renders the elements showing such times when the date has
// moved on: after midnight, after a sleeping laptop wakes, after a change of time zone.
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setTimeout> | undefined;
let shownDay = '';

const dayOf = (now: Date) => `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;

function arm(): void {
  // At the turn of each minute, so midnight is noticed within a second of it.
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 50);
}

function tick(): void {
  checkDay();
  arm();
}

/**
 * Re-renders every element showing calendar times if the reader's date is no longer the one they were drawn on.
 * The page's minute timer calls it; tests call it after moving the clock.
 */
export function checkDay(now = new Date()): void {
  const day = dayOf(now);
  if (day === shownDay) return;
  shownDay = day;
  for (const host of hosts) host.requestUpdate();
}

/** How many minute timers run on the page: one while any element shows calendar times, else none. */
export function minuteTimers(): number {
  return timer === undefined ? 0 : 1;
}

/** Keeps an element's calendar times ("Today", "Yesterday") true across midnight, on the page's one minute timer. */
export class CalendarClock implements ReactiveController {
  #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (!hosts.size) {
      shownDay = dayOf(new Date());
      arm();
    }
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size) return;
    clearTimeout(timer);
    timer = undefined;
  }
}
