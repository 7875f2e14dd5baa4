// news-list against the hand-written VanillaNewsList: both show their skeleton of `count` rows, laid out; then the
// data is handed over and the clock runs until the stories are in the DOM and laid out.
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { feedParser } from '../../src/data/parse-feed.js';
import type { Feed } from '../../src/data/types.js';
import '../../src/elements/news-list/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { MemoryServer, ORIGIN } from './memory-server.js';
import { storyFeed } from './stories.js';
import { VanillaNewsList } from './vanilla-list.js';

export interface RenderComparison {
  items: number;
  runs: number;
  /** Median milliseconds from data handed over to stories laid out. */
  newsList: number;
  vanilla: number;
  /** newsList / vanilla. */
  ratio: number;
  /** Every run, in the order taken, for whoever wants the spread. */
  samples: { newsList: number[]; vanilla: number[] };
}

const WAITING = '/render/waiting.json';

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
// A scavenge before each run empties the young generation, whose collection would otherwise land in some runs and
// not others; it is quick, unlike a full collection, which would triple the time the benchmark takes.
const collectGarbage = gc && (() => gc({ type: 'minor' }));

const frame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Mounts a news-list of `count` rows waiting on an address that never answers: it shows its skeleton. */
async function waitingList(host: HTMLElement, count: number): Promise<NewsList> {
  const list = document.createElement('news-list');
  list.limit = count;
  list.src = `${ORIGIN}${WAITING}`;
  host.append(list);
  await list.updateComplete;
  void list.offsetHeight;
  return list;
}

/**
 * The time news-list takes from `src` being set to an address whose parsed feed is in the shared cache, to its
 * stories being laid out. Included: the update that starts the load (it redraws the skeleton it already shows), the
 * load from the cache, removing the skeleton, drawing the stories, `updated()` (which starts watching each story for
 * impressions), and style and layout.
 */
async function timeNewsList(host: HTMLElement, count: number, src: string): Promise<number> {
  const list = await waitingList(host, count);
  await frame();
  collectGarbage?.();
  const loaded = new Promise(resolve => list.addEventListener('news-load', resolve, { once: true }));
  const start = performance.now();
  list.src = src;
  await loaded;
  // news-load comes just before the update that draws the stories is requested: wait for that one.
  await list.updateComplete;
  void list.offsetHeight;
  const elapsed = performance.now() - start;
  if (list.state !== 'ready' || list.shadowRoot!.querySelectorAll('.items > .item').length !== count) throw new Error(`news-list did not draw ${count} stories`);
  list.remove();
  return elapsed;
}

/** The time VanillaNewsList takes from being given the parsed feed to its stories being laid out. */
async function timeVanilla(host: HTMLElement, count: number, feed: Feed): Promise<number> {
  const list = new VanillaNewsList();
  list.limit = count;
  host.append(list);
  void list.offsetHeight;
  await frame();
  collectGarbage?.();
  const start = performance.now();
  list.feed = feed;
  void list.offsetHeight;
  const elapsed = performance.now() - start;
  if (list.shadowRoot!.querySelectorAll('.items > .item').length !== count) throw new Error(`the vanilla list did not draw ${count} stories`);
  list.remove();
  return elapsed;
}

/**
 * Draws `count` stories `runs` times with each element, alternating which goes first, in one page whose client
 * answers from memory, and compares the medians. The feed is parsed once, before any run: parsing is measured
 * apart (bench/parse.mjs).
 */
export async function compareRendering(count: number, runs: number): Promise<RenderComparison> {
  const server = new MemoryServer();
  const path = `/render/stories-${count}.json`;
  server.answer(path, storyFeed(count));
  server.hold(WAITING);
  const pageClient = getClient();
  const client = new NewsClient({ fetch: server.fetch, retries: 0 });
  setClient(client);
  const host = document.createElement('main');
  host.style.width = '720px';
  document.body.append(host);
  try {
    const src = `${ORIGIN}${path}`;
    // The parser the element uses, so the cache holds the value it will read.
    const feed = await client.get(src, feedParser('auto'));
    const samples = { newsList: [] as number[], vanilla: [] as number[] };
    // One unmeasured run of each warms up the code and loads the chunks the list draws with.
    await timeNewsList(host, count, src);
    await timeVanilla(host, count, feed);
    for (let run = 0; run < runs; run++) {
      if (run % 2) {
        samples.vanilla.push(await timeVanilla(host, count, feed));
        samples.newsList.push(await timeNewsList(host, count, src));
      } else {
        samples.newsList.push(await timeNewsList(host, count, src));
        samples.vanilla.push(await timeVanilla(host, count, feed));
      }
    }
    const newsList = median(samples.newsList);
    const vanilla = median(samples.vanilla);
    return { items: count, runs, newsList, vanilla, ratio: newsList / vanilla, samples };
  } finally {
    host.remove();
    setClient(pageClient);
  }
}
