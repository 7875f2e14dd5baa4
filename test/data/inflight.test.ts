import { describe, expect, it, vi } from 'vitest';
import { InFlight } from '../../src/data/inflight.js';
import { deferred, failureOf, heldWork } from './support.js';

describe('InFlight', () => {
  it('starts one piece of work for callers of the same key, and one per key', async () => {
    const flights = new InFlight<string, string>();
    const work = deferred<string>();
    const start = vi.fn(() => work.promise);
    const first = flights.join('a', start);
    const second = flights.join('a', start, new AbortController().signal);
    const other = flights.join('b', async () => 'b');
    work.resolve('a');
    expect(await Promise.all([first, second, other])).toEqual(['a', 'a', 'b']);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts new work for a key once the last has settled', async () => {
    const flights = new InFlight<string, number>();
    let runs = 0;
    const start = async () => ++runs;
    expect(await flights.join('a', start)).toBe(1);
    expect(await flights.join('a', start)).toBe(2);
  });

  it('rejects a leaving caller with an AbortError and keeps serving the others', async () => {
    const flights = new InFlight<string, string>();
    const work = heldWork<string>();
    const leaving = new AbortController();
    const left = flights.join('a', work.start, leaving.signal);
    const staying = flights.join('a', work.start, new AbortController().signal);
    leaving.abort();
    expect(await failureOf(left)).toMatchObject({ name: 'AbortError' });
    await Promise.resolve();
    expect(work.signal().aborted).toBe(false);
    work.resolve('served');
    expect(await staying).toBe('served');
  });

  it('aborts the work when its last caller leaves, and the next caller starts afresh', async () => {
    const flights = new InFlight<string, string>();
    const signals: AbortSignal[] = [];
    const start = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    };
    const one = new AbortController();
    const two = new AbortController();
    const results = [failureOf(flights.join('a', start, one.signal)), failureOf(flights.join('a', start, two.signal))];
    await Promise.resolve();
    one.abort();
    two.abort();
    await Promise.all(results);
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(true);
    const third = flights.join('a', async () => 'fresh');
    expect(await third).toBe('fresh');
  });

  it('never aborts work that a caller without a signal waits for', async () => {
    const flights = new InFlight<string, string>();
    const work = heldWork<string>();
    const background = flights.join('a', work.start);
    const caller = new AbortController();
    const foreground = failureOf(flights.join('a', work.start, caller.signal));
    caller.abort();
    await foreground;
    expect(work.signal().aborted).toBe(false);
    work.resolve('done');
    expect(await background).toBe('done');
  });

  it('rejects a caller whose signal has already aborted without starting anything', async () => {
    const flights = new InFlight<string, string>();
    const start = vi.fn(async () => 'x');
    expect(await failureOf(flights.join('a', start, AbortSignal.abort()))).toMatchObject({ name: 'AbortError' });
    expect(start).not.toHaveBeenCalled();
  });

  it('hands every caller the failure of the work', async () => {
    const flights = new InFlight<string, string>();
    const failure = new Error('down');
    const work = deferred<string>();
    const results = [failureOf(flights.join('a', () => work.promise)), failureOf(flights.join('a', () => work.promise, new AbortController().signal))];
    work.reject(failure);
    expect(await Promise.all(results)).toEqual([failure, failure]);
  });
});
