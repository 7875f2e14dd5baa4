// A page with all four widgets against a plain page that fetches the same four files and writes them with
// innerHTML: when each shows its data, when it asks for the first of them, and how far it shifts. It runs in Node
// (bench/run.mjs imports it through Vite's module runner) and drives Chromium; both pages come from one local server
// that answers at once, from memory, with `no-store`, and every visit has a browser context of its own.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import type { Browser } from 'playwright';
import { buildDropin } from '../../test/csp/build-dropin.js';

const root = new URL('../../', import.meta.url).pathname;
const demoData = join(root, 'demo/public');

/** The four files both pages show, from the demo's data. */
const DATA = {
  feed: '/feed.json',
  article: '/api/articles/131.json',
  related: '/api/articles/131/related.json',
  weather: '/weather.json',
};

/** The article both pages show; related stories leave it out. */
const CANONICAL = 'https://courier.example/world/2026/11/26/lake-temir-dust';

const VIEWPORT = { width: 1280, height: 720 };

const TAGS = ['weather-badge', 'news-list', 'news-article', 'related-news'] as const;

/** One visit of one page, in milliseconds from navigation start. */
export interface PageVisit {
  /** When the data was on the page: all four widgets in state `ready`, or the plain page's writes done. */
  shown: number;
  /** The earliest `startTime` of the four data files' requests. */
  firstRequest: number;
  /** The latest `responseEnd` of the four data files. */
  lastResponse: number;
  /** When the drop-in had arrived (`responseEnd` of news-widgets.js; the widget page only). */
  dropinLoaded?: number;
  /** Sum of the page's layout-shift entries from navigation to the data shown, its pictures decoded, two frames. */
  layoutShift: number;
  /** When each widget reached `ready` (the widget page only). */
  ready: Partial<Record<(typeof TAGS)[number], number>>;
}

/** Medians over the visits of one page. */
export interface PageSummary {
  shown: number;
  firstRequest: number;
  lastResponse: number;
  dropinLoaded?: number;
  layoutShift: number;
  /** The largest layout shift of any visit. */
  layoutShiftMax: number;
  ready: Partial<Record<(typeof TAGS)[number], number>>;
}

export interface PageLoadComparison {
  rounds: number;
  widgets: PageSummary;
  plain: PageSummary;
  /** widgets.shown / plain.shown. */
  ratio: number;
  /**
   * The median of each round's own ratio (a widget visit and the plain visit right after it): steadier than the
   * ratio of medians when the machine's load changes during the run.
   */
  roundRatio: number;
  /** Every visit, in the order taken. */
  visits: { widgets: PageVisit[]; plain: PageVisit[] };
}

/** What both pages are: a heading with the weather, the headlines, the article, related stories, a paragraph. */
function frame(shows: Record<keyof typeof DATA, string>): string {
  return `<header><h1>The Riverside Courier</h1>${shows.weather}</header>
${shows.feed}
${shows.article}
${shows.related}
<p>Letters to the editor, the crossword and the tide tables are on the pages that follow.</p>`;
}

/** The page a site owner writes: the drop-in and the four tags. */
const WIDGET_PAGE = page(
  'widgets',
  '<script type="module" src="/news-widgets.js"></script>',
  frame({
    weather: `<weather-badge src="${DATA.weather}" label="Tashkent"></weather-badge>`,
    feed: `<news-list src="${DATA.feed}" limit="6"></news-list>`,
    article: `<news-article src="${DATA.article}"></news-article>`,
    related: `<related-news src="${DATA.related}" layout="grid" limit="4"></related-news>`,
  }),
);

/** The same page without the library: fetch, json, innerHTML, as each file arrives. */
const PLAIN_PAGE = page(
  'plain',
  '',
  `${frame({ weather: '<p id="weather"></p>', feed: '<ul id="list"></ul>', article: '<article id="article"></article>', related: '<ul id="related"></ul>' })}
<script type="module">
const show = (url, id, write) => fetch(url).then(response => response.json()).then(data => { document.getElementById(id).innerHTML = write(data); });
const story = item => \`<li>\${item.image ? \`<img src="\${item.image}" alt="" width="120" height="80" loading="lazy">\` : ''}<a href="\${item.url}">\${item.title}</a></li>\`;
await Promise.all([
  show('${DATA.weather}', 'weather', weather => \`Tashkent \${Math.round(weather.current.temperature_2m)}°\`),
  show('${DATA.feed}', 'list', feed => feed.items.slice(0, 6).map(story).join('')),
  show('${DATA.article}', 'article', article => \`<h2>\${article.title}</h2>\${article.content_html}\`),
  show('${DATA.related}', 'related', feed => feed.items.filter(item => item.url !== '${CANONICAL}').slice(0, 4).map(story).join('')),
]);
performance.mark('data-shown');
</script>`,
);

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="canonical" href="${CANONICAL}">
${head}
</head>
<body>
${body}
</body>
</html>`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

async function filesUnder(folder: string, into: Map<string, Buffer>): Promise<void> {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    into.set(`/${relative(folder, path)}`, await readFile(path));
  }
}

/**
 * Serves the two pages, the drop-in in `dist` and the demo's data, all read into memory first so that no answer
 * waits on the disk. `no-store` and a fresh context per visit keep one visit from warming the next.
 */
async function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const files = new Map<string, Buffer>();
  await filesUnder(demoData, files);
  await filesUnder(dist, files);
  files.set('/widgets.html', Buffer.from(WIDGET_PAGE));
  files.set('/plain.html', Buffer.from(PLAIN_PAGE));
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (!body) return response.writeHead(404, { 'cache-control': 'no-store' }).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

interface Watched {
  benchLayoutShift: PerformanceObserver & { total: number };
  benchReady: Record<string, number>;
  benchFailed?: string;
}

/**
 * Runs in each page before its own scripts: sums layout shifts from navigation on, and marks `data-shown` when the
 * four widgets have all reflected `state="ready"` (a mutation record arrives in the microtask after the update that
 * set it, which is the update that drew the data).
 */
function watchPage(tags: readonly string[]): void {
  const page = window as unknown as Watched;
  const observer = new PerformanceObserver(list => {
    for (const entry of list.getEntries()) observer.total += (entry as PerformanceEntry & { value: number; hadRecentInput: boolean }).value;
  }) as Watched['benchLayoutShift'];
  observer.total = 0;
  observer.observe({ type: 'layout-shift', buffered: true });
  page.benchLayoutShift = observer;
  page.benchReady = {};
  new MutationObserver((records, watcher) => {
    for (const { target } of records) {
      const state = (target as Element).getAttribute('state');
      const tag = (target as Element).localName;
      if (state === 'ready') page.benchReady[tag] ??= performance.now();
      else if (state === 'error' || state === 'empty') page.benchFailed = `${tag} is ${state}`;
    }
    if (tags.every(tag => document.querySelector(`${tag}[state="ready"]`))) {
      performance.mark('data-shown');
      watcher.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
}

/** Once the data is shown: waits for the pictures in view and two frames, then reads the page's figures. */
async function collect(dataPaths: string[]): Promise<PageVisit & { requests: number }> {
  const page = window as unknown as Watched;
  const images: HTMLImageElement[] = [];
  const gather = (node: Document | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element instanceof HTMLImageElement) images.push(element);
      if (element.shadowRoot) gather(element.shadowRoot);
    }
  };
  gather(document);
  const inView = images.filter(image => {
    const box = image.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  // A picture that fails to decode leaves what it leaves; a stuck one must not hold the run forever.
  await Promise.race([Promise.all(inView.map(image => image.decode().catch(() => {}))), new Promise(resolve => setTimeout(resolve, 2000))]);
  for (let left = 2; left; left--) await new Promise(resolve => requestAnimationFrame(resolve));
  await new Promise(resolve => setTimeout(resolve));
  for (const entry of page.benchLayoutShift.takeRecords()) page.benchLayoutShift.total += (entry as PerformanceEntry & { value: number }).value;
  const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const requests = resources.filter(entry => dataPaths.includes(new URL(entry.name).pathname));
  const dropin = resources.find(entry => new URL(entry.name).pathname === '/news-widgets.js');
  return {
    shown: performance.getEntriesByName('data-shown')[0].startTime,
    firstRequest: Math.min(...requests.map(entry => entry.startTime)),
    lastResponse: Math.max(...requests.map(entry => entry.responseEnd)),
    dropinLoaded: dropin?.responseEnd,
    layoutShift: page.benchLayoutShift.total,
    ready: page.benchReady,
    requests: requests.length,
  };
}

async function visit(browser: Browser, url: string): Promise<PageVisit> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript(watchPage, TAGS);
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', error => errors.push(error.message));
    await tab.goto(url);
    await tab.waitForFunction(() => performance.getEntriesByName('data-shown').length > 0 || (window as unknown as Watched).benchFailed, null, { timeout: 30_000 });
    const failed = await tab.evaluate(() => (window as unknown as Watched).benchFailed);
    if (failed || errors.length) throw new Error(`${url}: ${[failed, ...errors].filter(Boolean).join('; ')}`);
    const { requests, ...figures } = await tab.evaluate(collect, Object.values(DATA));
    // Fewer would mean a file came from elsewhere (a cache, a shared request): the pages would not be comparable.
    if (requests !== 4) throw new Error(`${url} requested ${requests} of the 4 data files`);
    return figures;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summary(visits: PageVisit[]): PageSummary {
  const of = (figure: (visit: PageVisit) => number | undefined) => median(visits.map(figure).filter(value => value !== undefined));
  const ready: PageSummary['ready'] = {};
  for (const tag of TAGS) if (visits.every(visit => visit.ready[tag] !== undefined)) ready[tag] = of(visit => visit.ready[tag]);
  return {
    shown: of(visit => visit.shown),
    firstRequest: of(visit => visit.firstRequest),
    lastResponse: of(visit => visit.lastResponse),
    ...(visits.every(visit => visit.dropinLoaded !== undefined) && { dropinLoaded: of(visit => visit.dropinLoaded) }),
    layoutShift: of(visit => visit.layoutShift),
    layoutShiftMax: Math.max(...visits.map(visit => visit.layoutShift)),
    ready,
  };
}

/**
 * Builds the drop-in as `npm run build` does, then visits the widget page and the plain page in turn, `rounds`
 * times each after one unmeasured visit of each (which wakes the server and the browser), every visit in a fresh
 * browser context, so with a cold HTTP cache.
 */
export async function comparePageLoad(browser: Browser, rounds: number, progress: (step: string) => void): Promise<PageLoadComparison> {
  const dist = await mkdtemp(join(tmpdir(), 'news-widgets-page-load-'));
  let server: Server | undefined;
  try {
    progress('page load: building the drop-in');
    await buildDropin(dist);
    const served = await serve(dist);
    server = served.server;
    const visits: PageLoadComparison['visits'] = { widgets: [], plain: [] };
    progress(`page load: ${rounds} rounds of the widget page and the plain page`);
    for (let round = -1; round < rounds; round++) {
      const widgets = await visit(browser, `${served.origin}/widgets.html`);
      const plain = await visit(browser, `${served.origin}/plain.html`);
      if (round < 0) continue;
      visits.widgets.push(widgets);
      visits.plain.push(plain);
    }
    const widgets = summary(visits.widgets);
    const plain = summary(visits.plain);
    const roundRatio = median(visits.widgets.map((widgetVisit, round) => widgetVisit.shown / visits.plain[round].shown));
    return { rounds, widgets, plain, ratio: widgets.shown / plain.shown, roundRatio, visits };
  } finally {
    server?.close();
    await rm(dist, { recursive: true, force: true });
  }
}
