// Every element against every way a source can fail: on first load the element ends in its error state (a localized
// sentence, a retry button, news-error with a typed error), after good data it keeps that data marked stale, and
// either way it comes back when the source does. The page never sees an uncaught error or a console error.
import { expect } from '@esm-bundle/chai';
import { delay, http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient, type ClientOptions } from '../../src/data/client.js';
import type { FeedError, FeedErrorKind } from '../../src/data/errors.js';
import { getScheduler } from '../../src/data/scheduler.js';
import type { NewsErrorDetail } from '../../src/elements/shared/news-element.js';
import { ru } from '../../src/i18n/ru.js';
import { SUBJECTS, watchTroubles, type Subject } from './subjects.js';
import { fakeTimeouts, mount, roundTrip, startWorker, until, untilState, watchSchedules, type FakeTimeouts } from './support.js';

/**
 * How long one attempt may take here: long enough for a local answer on a busy machine. The faults that never
 * answer do not wait for it: they move a faked clock past it.
 */
const TIMEOUT = 5000;

interface Fault {
  name: string;
  /** The kind of error the element reports. */
  kind: FeedErrorKind;
  answer(good: object): Response | Promise<Response>;
  /** Also takes the browser offline while the source fails. */
  offline?: boolean;
}

const json = { 'content-type': 'application/json' };

const FAULTS: Fault[] = [
  { name: 'a 404', kind: 'http', answer: () => new HttpResponse('Not Found', { status: 404 }) },
  { name: 'a 500', kind: 'http', answer: () => new HttpResponse('Internal Server Error', { status: 500 }) },
  { name: 'a 503 with Retry-After', kind: 'http', answer: () => new HttpResponse(null, { status: 503, headers: { 'retry-after': '120' } }) },
  { name: 'a 429', kind: 'http', answer: () => new HttpResponse('Too Many Requests', { status: 429, headers: { 'retry-after': '60' } }) },
  {
    name: 'no answer within the timeout',
    kind: 'timeout',
    answer: async () => {
      await delay('infinite');
      return new HttpResponse(null);
    },
  },
  { name: 'a refused connection', kind: 'network', answer: () => HttpResponse.error() },
  { name: 'going offline', kind: 'network', answer: () => HttpResponse.error(), offline: true },
  { name: 'truncated JSON', kind: 'parse', answer: good => new HttpResponse(JSON.stringify(good).slice(0, 40), { headers: json }) },
  {
    // Ill-formed XML whose items can be read is a feed (the parser recovers it as feed readers do); XML cut off
    // before any feed is in it is not.
    name: 'XML cut off before its channel',
    kind: 'parse',
    answer: () => HttpResponse.text('<?xml version="1.0"?><rss version="2.0"><chan', { headers: { 'content-type': 'application/rss+xml' } }),
  },
  {
    name: 'an HTML page instead of the data',
    kind: 'parse',
    answer: () => HttpResponse.html('<!doctype html><html><head><title>Sign in</title></head><body><form><input name="user"></form></body></html>'),
  },
  { name: 'an empty body', kind: 'parse', answer: () => new HttpResponse('', { headers: json }) },
  {
    name: 'a body that never ends',
    kind: 'timeout',
    answer: good => {
      const start = new TextEncoder().encode(JSON.stringify(good).slice(0, 20));
      return new HttpResponse(new ReadableStream({ start: controller => controller.enqueue(start) }), { headers: json });
    },
  },
];

/** How long a large answer may take: about 2 s for ten megabytes on an idle machine of two cores, 6 s on a busy one. */
const LARGE_TIMEOUT = 20_000;

/** Answers that look wrong but are good: the element shows them. */
const ODD_BUT_GOOD: { name: string; answer(subject: Subject): Response; timeout?: number }[] = [
  { name: 'good data labelled text/html', answer: subject => HttpResponse.html(JSON.stringify(subject.good)) },
  { name: 'ten megabytes of good data', answer: subject => new HttpResponse(atLeast(10 * 1024 * 1024, subject.huge()), { headers: json }), timeout: LARGE_TIMEOUT },
  { name: 'ten thousand entries', answer: subject => HttpResponse.json(subject.many()), timeout: LARGE_TIMEOUT },
];

/** `body` as JSON, which must have at least `bytes` characters; serialized once, as ten megabytes cost time to. */
function atLeast(bytes: number, body: object): string {
  const text = JSON.stringify(body);
  if (text.length < bytes) throw new Error(`the large answer has only ${text.length} bytes`);
  return text;
}

const { worker, requests } = startWorker(url => url.pathname.startsWith('/faults/'));

const pageClient = getClient();
let sources = 0;

afterEach(() => {
  getClient().clear();
  setClient(pageClient);
  goOnline();
});

/** A new client (these tests keep data, to show it stale) and a source address no other test uses. */
function freshSource(options: ClientOptions = {}): string {
  setClient(new NewsClient({ retries: 0, timeout: TIMEOUT, cacheSize: 4, ...options }));
  return `/faults/${++sources}.json`;
}

function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

/** Back online, the scheduler runs every refresh at once: the way to bring the next refresh forward. */
function goOnline(): void {
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

watchSchedules(getScheduler());

/** Resolves once `element` has a refresh scheduled. */
function untilScheduled(element: Element): Promise<void> {
  return until(element, () => getScheduler().size > 0, () => 'expected a refresh to be scheduled');
}

/**
 * For the faults that never answer: waits until attempt number `attempt` has reached the source and waits for its
 * timeout, then moves the faked clock past it.
 */
async function outlast(element: Element, timeouts: FakeTimeouts, attempt: number): Promise<void> {
  await until(
    element,
    () => requests.length >= attempt && timeouts.pending().includes(TIMEOUT),
    () => `expected attempt ${attempt} to wait for its timeout; ${requests.length} requests, timers ${timeouts.pending().join(', ') || 'none'}`,
  );
  timeouts.tick(TIMEOUT);
}

function errorsOf(element: Element): FeedError[] {
  const errors: FeedError[] = [];
  element.addEventListener('news-error', event => errors.push((event as CustomEvent<NewsErrorDetail>).detail.error as FeedError));
  return errors;
}

function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** A test that also holds the page to no uncaught errors, no unhandled rejections and no console errors. */
function quietly(title: string, body: () => Promise<void>): Mocha.Test {
  return it(title, async () => {
    const troubles = watchTroubles();
    try {
      await body();
    } finally {
      expect(troubles.stop(), 'what the page saw').to.deep.equal([]);
    }
  });
}

for (const subject of SUBJECTS) {
  const { tag } = subject;
  const mountSubject = (src: string, extra: Record<string, string> = {}) => mount(tag, { ...subject.attributes, lang: 'ru', src, ...extra });

  describe(`<${tag}> when its source fails`, () => {
    for (const fault of FAULTS) {
      quietly(`${fault.name} on first load: the ${fault.kind} error, localized, with retry; retry recovers`, async () => {
        const src = freshSource();
        worker.use(http.get(src, () => fault.answer(subject.good)));
        if (fault.offline) goOffline();
        // An attempt that never ends is cut off by its timeout, on a faked clock the test moves past it.
        const timeouts = fault.kind === 'timeout' ? fakeTimeouts() : null;
        const element = mountSubject(src);
        const errors = errorsOf(element);
        try {
          if (timeouts) await outlast(element, timeouts, 1);
          await untilState(element, 'error');
        } finally {
          timeouts?.restore();
        }
        expect(part(element, 'message')!.textContent!.trim()).to.equal(subject.message(ru, fault.kind));
        expect(part(element, 'retry')!.textContent!.trim()).to.equal(ru.retry);
        await until(element, () => errors.length > 0, () => 'expected news-error');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.be.instanceOf(Error);
        expect(errors[0].kind).to.equal(fault.kind);

        if (fault.offline) goOnline();
        worker.use(http.get(src, () => HttpResponse.json(subject.good)));
        (part(element, 'retry') as HTMLButtonElement).click();
        await untilState(element, 'ready');
        expect(subject.shows(element)).to.equal(subject.showing);
        expect(element.hasAttribute('stale')).to.equal(false);
      });

      quietly(`${fault.name} on refresh: keeps the last good data, marked stale, and fires one news-error; the next refresh recovers`, async () => {
        const src = freshSource();
        worker.use(http.get(src, () => HttpResponse.json(subject.good)));
        const element = mountSubject(src, { refresh: '60' });
        const errors = errorsOf(element);
        await untilState(element, 'ready');
        expect(subject.shows(element)).to.equal(subject.showing);
        await untilScheduled(element);

        worker.use(http.get(src, () => fault.answer(subject.good)));
        if (fault.offline) {
          goOffline();
          expect(getScheduler().paused).to.equal(true);
        }
        // Back online (or simply the next refresh) while the source still fails. The scheduler runs the refresh on a
        // timer of 0 ms, which the faked clock runs at once.
        const timeouts = fault.kind === 'timeout' ? fakeTimeouts() : null;
        try {
          goOnline();
          if (timeouts) {
            timeouts.tick(0);
            await outlast(element, timeouts, 2);
          }
          await until(element, () => element.hasAttribute('stale'), () => `expected stale, state ${element.getAttribute('state')}`);
        } finally {
          timeouts?.restore();
        }
        expect(element.getAttribute('state')).to.equal('ready');
        expect(subject.shows(element)).to.equal(subject.showing);
        expect(part(element, 'retry')).to.equal(null);
        await until(element, () => errors.length > 0, () => 'expected news-error');
        expect(errors.map(error => error.kind)).to.deep.equal([fault.kind]);

        worker.use(http.get(src, () => HttpResponse.json(subject.good)));
        goOnline();
        await until(element, () => !element.hasAttribute('stale'), () => 'expected stale to go');
        expect(element.getAttribute('state')).to.equal('ready');
        expect(subject.shows(element)).to.equal(subject.showing);
      });
    }

    for (const odd of ODD_BUT_GOOD) {
      quietly(`${odd.name}: shown`, async () => {
        const src = freshSource({ timeout: odd.timeout });
        worker.use(http.get(src, () => odd.answer(subject)));
        const element = mountSubject(src);
        await untilState(element, 'ready', odd.timeout ?? TIMEOUT);
        expect(subject.shows(element)).to.equal(subject.showing);
      }).timeout((odd.timeout ?? TIMEOUT) + 5000);
    }
  });
}

describe('a source that asks to wait', () => {
  quietly('a 503 with a short Retry-After is asked again after that wait, and then shown', async () => {
    const src = freshSource({ retries: 1 });
    // The wait runs on a faked clock: the test moves it past the second the server asks for.
    const timeouts = fakeTimeouts();
    try {
      const asked: number[] = [];
      worker.use(
        http.get(src, () => {
          asked.push(timeouts.now);
          return asked.length === 1 ? new HttpResponse(null, { status: 503, headers: { 'retry-after': '1' } }) : HttpResponse.json(SUBJECTS[0].good);
        }),
      );
      const element = mount(SUBJECTS[0].tag, { src });
      await until(element, () => timeouts.pending().includes(1000), () => `expected a wait of 1000 ms, waiting ${timeouts.pending().join(', ') || 'for nothing'}`);
      timeouts.tick(999);
      await roundTrip();
      expect(requests).to.have.length(1);
      timeouts.tick(1);
      await untilState(element, 'ready');
      expect(requests).to.have.length(2);
      expect(asked[1] - asked[0]).to.be.at.least(950);
    } finally {
      timeouts.restore();
    }
  });
});
