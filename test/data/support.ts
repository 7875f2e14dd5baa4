import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
// Helpers shared by the data-layer tests: promises settled on demand, and a Web Storage that lives in memory.

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The rejection of `promise`; fails the test when it resolves instead. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * Lets real I/O callbacks (msw answers arrive through them) run until `condition` holds. It turns the event loop
 * with setImmediate, which the tests never fake, so it waits for work to happen, never for time to pass.
 */
export async function until(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let turn = 0; turn < 2000; turn++) {
    if (condition()) return;
    await new Promise(resolve => setImmediate(resolve));
  }
  throw new Error(`${what} never came true`);
}

/** A Storage in memory. `quota` (in characters of keys and values) makes setItem throw as a full browser storage does. */
export class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  quota = Infinity;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  [name: string]: unknown;
}

/** A JSON Feed 1.1 document with one item per title. */
export function feedJson(...titles: string[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Example',
    items: titles.map((title, index) => ({ id: String(index), title, url: `/story/${index}` })),
  });
}

/**
 * Collects the errors thrown by callbacks queued with queueMicrotask (how the data layer reports a broken listener
 * or task without stopping the others), while every callback still runs, so Node's own microtasks are untouched.
 */
export function collectReportedErrors(): unknown[] {
  const reported: unknown[] = [];
  const original = globalThis.queueMicrotask.bind(globalThis);
  vi.spyOn(globalThis, 'queueMicrotask').mockImplementation(callback =>
    original(() => {
      try {
        callback();
      } catch (error) {
        reported.push(error);
      }
    }),
  );
  return reported;
}

/**
 * An msw server for this test file that fails on any request without a handler and records every request made.
 * Handlers and the record are reset after each test, as are fake timers and spies.
 */
export function mockNetwork(): { server: SetupServer; seen: Request[] } {
  const seen: Request[] = [];
  const server = setupServer();
  server.events.on('request:start', ({ request }) => {
    seen.push(request);
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  afterAll(() => server.close());
  return { server, seen };
}

/** Work for InFlight that runs until the test settles it, exposing the signal it was started with. */
export function heldWork<T>(): Deferred<T> & { start(signal: AbortSignal): Promise<T>; signal(): AbortSignal } {
  const work = deferred<T>();
  let started: AbortSignal | undefined;
  return {
    ...work,
    start(signal) {
      started = signal;
      return work.promise;
    },
    signal() {
      if (!started) throw new Error('the work has not started');
      return started;
    },
  };
}
