import { abortError } from './errors.js';

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers still waiting; one without a signal never leaves. */
  waiting: number;
}

/**
 * Work in progress by key: whoever asks for a key while its work runs waits for the same work (one request per
 * URL at a time). A caller leaving with its own signal leaves alone; the work is aborted only when nobody waits.
 */
export class InFlight<K, T> {
  #flights = new Map<K, Flight<T>>();

  /**
   * Waits for the work running for `key`, starting it with `start` when there is none. Aborting `signal` rejects
   * this caller's promise with an `AbortError` at once and aborts the work's signal if it was the last caller.
   */
  join(key: K, start: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    let flight = this.#flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      // Started at once: the request goes out in this task, ahead of whatever the caller starts next.
      const started: Flight<T> = { promise: startNow(start, controller.signal), controller, waiting: 0 };
      this.#flights.set(key, started);
      const finish = () => this.#forget(key, started);
      started.promise.then(finish, finish);
      flight = started;
    }
    flight.waiting++;
    if (!signal) return flight.promise;
    const joined = flight;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(abortError());
        if (--joined.waiting === 0) {
          // Forget it first, so a caller arriving now starts afresh instead of joining work being aborted.
          this.#forget(key, joined);
          joined.controller.abort();
        }
      };
      signal.addEventListener('abort', leave, { once: true });
      joined.promise.then(
        value => {
          signal.removeEventListener('abort', leave);
          resolve(value);
        },
        error => {
          signal.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  #forget(key: K, flight: Flight<T>): void {
    if (this.#flights.get(key) === flight) this.#flights.delete(key);
  }
}

function startNow<T>(start: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  try {
    return start(signal);
  } catch (error) {
    return Promise.reject(error);
  }
}
