import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshScheduler, getScheduler } from '../../src/data/scheduler.js';
import { collectReportedErrors, until } from './support.js';

/** A document and a window that tests drive by hand, counting the listeners they hold. */
class FakePage extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  onLine = true;
  listeners = 0;

  override addEventListener(...args: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    super.addEventListener(...args);
  }

  override removeEventListener(...args: Parameters<EventTarget['removeEventListener']>): void {
    this.listeners--;
    super.removeEventListener(...args);
  }

  hide(): void {
    this.visibilityState = 'hidden';
    this.dispatchEvent(new Event('visibilitychange'));
  }

  show(): void {
    this.visibilityState = 'visible';
    this.dispatchEvent(new Event('visibilitychange'));
  }

  goOffline(): void {
    this.onLine = false;
    this.dispatchEvent(new Event('offline'));
  }

  goOnline(): void {
    this.onLine = true;
    this.dispatchEvent(new Event('online'));
  }
}

let page: FakePage;
let scheduler: RefreshScheduler;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  page = new FakePage();
  scheduler = new RefreshScheduler({ document: page, window: page, navigator: page });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('RefreshScheduler', () => {
  it('runs a task every interval, the first time one interval from now', () => {
    const task = vi.fn();
    scheduler.every(1000, task);
    vi.advanceTimersByTime(999);
    expect(task).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(task).toHaveBeenCalledTimes(3);
  });

  it('runs a task at most once a second, whatever interval it is given', () => {
    const tasks = [vi.fn(), vi.fn(), vi.fn()];
    scheduler.every(0, tasks[0]);
    scheduler.every(-5, tasks[1]);
    scheduler.every(NaN, tasks[2]);
    vi.advanceTimersByTime(2000);
    expect(tasks.map(task => task.mock.calls.length)).toEqual([2, 2, 2]);
  });

  it('keeps one timer for all its tasks, whatever their intervals', () => {
    const fast = vi.fn();
    const slow = vi.fn();
    for (let index = 0; index < 50; index++) scheduler.every(index % 2 ? 1000 : 3000, index % 2 ? fast : slow);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(fast).toHaveBeenCalledTimes(25 * 3);
    expect(slow).toHaveBeenCalledTimes(25);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('runs tasks with the same key and interval together, on the schedule of the first', () => {
    const first = vi.fn();
    const second = vi.fn();
    scheduler.every(1000, first, 'https://news.example/feed.json');
    vi.advanceTimersByTime(600);
    scheduler.every(1000, second, 'https://news.example/feed.json');
    expect(scheduler.size).toBe(1);
    vi.advanceTimersByTime(400);
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });

  it('stops a task when asked, and only that task', () => {
    const stopped = vi.fn();
    const kept = vi.fn();
    const stop = scheduler.every(1000, stopped, 'k');
    scheduler.every(1000, kept, 'k');
    stop();
    stop();
    vi.advanceTimersByTime(1000);
    expect([stopped.mock.calls.length, kept.mock.calls.length]).toEqual([0, 1]);
  });

  it('pauses while the document is hidden', () => {
    const task = vi.fn();
    scheduler.every(1000, task);
    page.hide();
    expect(scheduler.paused).toBe(true);
    vi.advanceTimersByTime(10_000);
    expect(task).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs a task that fell due while hidden once, as soon as the document is visible again', () => {
    const task = vi.fn();
    scheduler.every(1000, task);
    page.hide();
    vi.advanceTimersByTime(5500);
    page.show();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(999);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does not run a task early when the document shows before it is due', () => {
    const task = vi.fn();
    scheduler.every(1000, task);
    page.hide();
    vi.advanceTimersByTime(300);
    page.show();
    vi.advanceTimersByTime(699);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not start tasks added while hidden until the document shows', () => {
    page.hide();
    const task = vi.fn();
    scheduler.every(1000, task);
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
    page.show();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('pauses while offline, and runs every task at once when back online', () => {
    const hourly = vi.fn();
    const minutely = vi.fn();
    scheduler.every(3_600_000, hourly);
    scheduler.every(60_000, minutely);
    page.goOffline();
    vi.advanceTimersByTime(120_000);
    expect(minutely).not.toHaveBeenCalled();
    page.goOnline();
    vi.advanceTimersByTime(0);
    expect([hourly.mock.calls.length, minutely.mock.calls.length]).toEqual([1, 1]);
  });

  it('keeps running the other tasks when one throws, and still reports the error', async () => {
    const reported = collectReportedErrors();
    const broken = vi.fn(() => {
      throw new Error('broken task');
    });
    const healthy = vi.fn();
    scheduler.every(1000, broken, 'k');
    scheduler.every(1000, healthy, 'k');
    vi.advanceTimersByTime(1000);
    expect(healthy).toHaveBeenCalledTimes(1);
    await until(() => reported.length > 0, 'the report');
    expect(reported).toEqual([expect.objectContaining({ message: 'broken task' })]);
  });

  it('holds no timer and no page listener once its last task stops', () => {
    const stops = [scheduler.every(1000, () => {}), scheduler.every(5000, () => {}, 'k')];
    expect(page.listeners).toBe(3);
    for (const stop of stops) stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(page.listeners).toBe(0);
    expect(scheduler.size).toBe(0);
  });

  it('runs on time where there is no document or window (Node)', () => {
    const bare = new RefreshScheduler({});
    const task = vi.fn();
    bare.every(1000, task);
    expect(bare.paused).toBe(false);
    vi.advanceTimersByTime(2000);
    expect(task).toHaveBeenCalledTimes(2);
  });
});

describe('getScheduler', () => {
  it('is one scheduler for the whole page, working in Node without a document', () => {
    expect(typeof document).toBe('undefined');
    expect(getScheduler()).toBe(getScheduler());
    const task = vi.fn();
    const stop = getScheduler().every(1000, task);
    vi.advanceTimersByTime(1000);
    stop();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
