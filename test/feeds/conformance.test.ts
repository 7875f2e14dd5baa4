// Every feed of the shared corpus (../shared/corpus, real files from other parsers' test suites) against
// the facts in its expected.json. Skips with a note where the corpus is absent.
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import type { Feed } from '../../src/data/types.js';
import { corpusBytes } from './corpus.js';

interface Expected {
  format: string;
  malformed: boolean;
  why?: string;
  item_count?: number;
  item_count_if_recovered?: number;
  first_item?: {
    title: string | null;
    link: string | null;
    link_resolved?: string;
    link_note?: string;
    image_note?: string;
    date: string | null;
    has_image?: boolean;
    image?: string;
  };
}

// Where each feed was plausibly fetched from, for the few whose relative links need it and whose
// expected.json note names no full address.
const FETCHED_FROM: Record<string, string> = {
  'atom/node-feedparser-tpm-xml-base.xml': 'http://talkingpointsmemo.com/account/feed/all/LpNewCzTqYYiHqtKqyTw5DaF1aUucgyyXb2dsqKU2yMr',
  'rss/node-feedparser-neverwinter-relative-urls.xml': 'https://www.arcgames.com/en/games/neverwinter/news/rss',
};

function feedAddress(path: string, expected: Expected): string {
  const note = `${expected.first_item?.link_note ?? ''} ${expected.first_item?.image_note ?? ''}`;
  return /https?:\/\/[^\s)'"]+/.exec(note)?.[0] ?? FETCHED_FROM[path] ?? `https://corpus.example/${path}`;
}

/** expected.json writes zone-less local times without "Z"; the parser reads those as UTC. */
function expectedInstant(date: string): number {
  const withTime = /T/.test(date) ? date : `${date}T00:00:00`;
  return new Date(/(Z|[+-]\d\d:\d\d)$/.test(withTime) ? withTime : `${withTime}Z`).getTime();
}

/** Reasons why a parsed feed does not match its expected facts; empty when it conforms. */
function differences(feed: Feed, expected: Expected, url: string): string[] {
  const problems: string[] = [];
  if (feed.items.length !== expected.item_count) problems.push(`${feed.items.length} items, expected ${expected.item_count}`);
  const facts = expected.first_item;
  const item = feed.items[0];
  if (!facts) return problems;
  if (!item) return [...problems, 'no first item'];
  if (item.title !== (facts.title ?? '')) problems.push(`title ${JSON.stringify(item.title)}, expected ${JSON.stringify(facts.title)}`);
  const link = facts.link_resolved ?? (facts.link === null ? null : new URL(facts.link, url).href);
  if (item.url !== link) problems.push(`link ${item.url}, expected ${link}`);
  const published = item.published?.getTime() ?? null;
  const date = facts.date === null ? null : expectedInstant(facts.date);
  if (published !== date) problems.push(`date ${item.published?.toISOString()}, expected ${facts.date}`);
  if (facts.has_image !== undefined && (item.image !== null) !== facts.has_image) problems.push(`image ${item.image?.url}, expected ${facts.has_image ? 'one' : 'none'}`);
  if (facts.image && item.image?.url !== facts.image) problems.push(`image ${item.image?.url}, expected ${facts.image}`);
  return problems;
}

/** The conformance summary is this file's report, printed with the test output. */
function report(line: string): void {
  // eslint-disable-next-line no-console
  console.info(line);
}

const manifest = await corpusBytes('expected.json');
const files = manifest ? (JSON.parse(new TextDecoder().decode(manifest)).files as Record<string, Expected>) : {};
// Weather answers are not feeds; they belong to the weather badge's tests.
const feeds = Object.entries(files).filter(([path]) => !path.startsWith('weather/'));
if (!manifest) report('../shared/corpus is absent: the corpus conformance tests are skipped.');

// Each test reads dozens of files, some of megabytes, through the test runner's command channel: seconds on an idle
// machine, several times that on a busy one.
const CORPUS_TIMEOUT = 60_000;

describe.runIf(manifest)('the shared corpus', () => {
  it('every well-formed feed yields the expected item count, first title, link, date and image', async () => {
    const wellFormed = feeds.filter(([, expected]) => !expected.malformed);
    const failures: string[] = [];
    for (const [path, expected] of wellFormed) {
      const url = feedAddress(path, expected);
      try {
        const problems = differences(parseFeed((await corpusBytes(path)) as ArrayBuffer, { url }), expected, url);
        if (problems.length) failures.push(`${path}: ${problems.join('; ')}`);
      } catch (error) {
        failures.push(`${path}: ${String(error)}`);
      }
    }
    report(`${wellFormed.length - failures.length}/${wellFormed.length} corpus files conform`);
    for (const failure of failures) report(`  does not conform: ${failure}`);
    expect(failures).toEqual([]);
  }, CORPUS_TIMEOUT);

  it('every malformed file gives a parse error, or a recovery that matches what a lenient parser finds', async () => {
    const malformed = feeds.filter(([, expected]) => expected.malformed);
    expect(malformed.length).toBeGreaterThan(0);
    const recovered: string[] = [];
    for (const [path, expected] of malformed) {
      let feed: Feed | null = null;
      try {
        feed = parseFeed((await corpusBytes(path)) as ArrayBuffer, { url: feedAddress(path, expected) });
      } catch (error) {
        expect(error, path).toBeInstanceOf(FeedError);
        expect((error as FeedError).kind, path).toBe('parse');
        expect((error as FeedError).message, path).toMatch(/^The response from \S+ .+\.$/);
      }
      if (!feed) continue;
      recovered.push(`${path} (${feed.items.length} items)`);
      if (expected.item_count_if_recovered !== undefined) expect(feed.items.length, path).toBe(expected.item_count_if_recovered);
      const title = /first title[^']*'([^']+)'/.exec(expected.why ?? '')?.[1];
      if (title) expect(feed.items[0].title, path).toBe(title);
    }
    report(`${malformed.length - recovered.length}/${malformed.length} malformed files give a parse error; recovered: ${recovered.join(', ')}`);
  }, CORPUS_TIMEOUT);
});
