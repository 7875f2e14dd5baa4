// The elements the quality checks (faults.test.ts, bad-attributes.test.ts) go through, one entry each: what a good
// answer looks like, what a reader then sees, and which sentence the element shows for each kind of failure.
import type { FeedErrorKind } from '../../src/data/errors.js';
import type { Messages } from '../../src/i18n/index.js';
import '../../src/elements/news-article/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import '../../src/elements/weather-badge/define.js';

export interface Subject {
  /** A widget's tag; its define module is imported above. */
  tag: keyof HTMLElementTagNameMap;
  /** Attributes every instance under test gets besides `src`. */
  attributes: Record<string, string>;
  /** A good answer, as JSON. */
  good: object;
  /** A good answer of about ten megabytes. */
  huge(): object;
  /** A good answer of ten thousand entries. */
  many(): object;
  /** What a reader sees of the good answers, such as the first headline. */
  shows(element: Element): string | null;
  /** What the good answers show. */
  showing: string;
  /** The sentence the element shows for a failure of `kind`. */
  message(messages: Messages, kind: FeedErrorKind): string;
}

const MEGABYTE = 1024 * 1024;

function shadowText(element: Element, selector: string): string | null {
  return element.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;
}

function feedOf(items: object[]): object {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Quality', items };
}

function story(index: number, extra: object = {}): object {
  return { id: `story-${index}`, url: `https://news.example/story/${index}`, title: index === 0 ? 'River line reopens' : `Story ${index}`, ...extra };
}

/** A feed of ten megabytes: `first`, then ten stories of a megabyte of text each. */
function heavyFeed(first: object): object {
  return feedOf([first, ...Array.from({ length: 10 }, (_, index) => story(index + 1, { content_html: paragraphs(MEGABYTE) }))]);
}

/** Paragraphs of plain words adding up to about `bytes`. */
function paragraphs(bytes: number): string {
  const paragraph = `<p>${'The tram line along the river reopens after two years of work. '.repeat(16)}</p>`;
  return paragraph.repeat(Math.ceil(bytes / paragraph.length));
}

const article = story(0, { content_html: '<p>The line reopens on Monday.</p>' });

function openMeteo(extra: object = {}): object {
  return { current: { temperature_2m: 9, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 45, is_day: 1 }, ...extra };
}

/** An Open-Meteo answer that also carries an hourly forecast of `hours` values. */
function hourly(hours: number): object {
  const times = Array.from({ length: hours }, (_, hour) => 1770477300 + hour * 3600);
  return openMeteo({ hourly: { time: times, temperature_2m: times.map(time => (time % 17) - 3) } });
}

export const SUBJECTS: Subject[] = [
  {
    tag: 'news-list',
    attributes: {},
    good: feedOf([story(0), story(1)]),
    huge: () => heavyFeed(story(0)),
    many: () => feedOf(Array.from({ length: 10_000 }, (_, index) => story(index))),
    shows: element => shadowText(element, 'a[part="link"]'),
    showing: 'River line reopens',
    message: (messages, kind) => messages.errors[kind],
  },
  {
    tag: 'related-news',
    attributes: {},
    good: feedOf([story(0), story(1), story(2)]),
    huge: () => heavyFeed(story(0)),
    many: () => feedOf(Array.from({ length: 10_000 }, (_, index) => story(index))),
    shows: element => shadowText(element, 'a[part="link"]'),
    showing: 'River line reopens',
    message: (messages, kind) => messages.errors[kind],
  },
  {
    tag: 'news-article',
    attributes: {},
    good: article,
    // The article shown is an ordinary one: sanitizing ten megabytes of one body is a cost of its own, not a fault.
    huge: () => heavyFeed(article),
    many: () => feedOf(Array.from({ length: 10_000 }, (_, index) => story(index, { content_html: `<p>Text of story ${index}.</p>` }))),
    shows: element => shadowText(element, '[part~="title"]'),
    showing: 'River line reopens',
    message: (messages, kind) => (kind === 'config' ? messages.article.unavailable : messages.errors[kind]),
  },
  {
    tag: 'weather-badge',
    attributes: {},
    good: openMeteo(),
    huge: () => hourly(Math.ceil((10 * MEGABYTE) / 12)),
    many: () => hourly(10_000),
    shows: element => shadowText(element, '[part="temperature"]'),
    showing: '+9°',
    message: (messages, kind) => (kind === 'config' ? messages.errors.config : messages.weather.unavailable),
  },
];

/**
 * Collects what a page must never see while widgets fail: uncaught errors, unhandled rejections and
 * `console.error` calls. `stop()` restores the console and returns what was seen.
 */
export function watchTroubles(): { stop(): string[] } {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(event.reason)}`);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    seen.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}
