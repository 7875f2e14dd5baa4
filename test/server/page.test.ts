// A server-rendered page in Chromium: renderWidgets in Node makes it, a server sends it with the built drop-in, and
// playwright reads it as a reader does, with JavaScript off (crawlers, readers without scripts) and on (the drop-in
// takes the widgets over from the data in the page, with no request and nothing moving).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { renderWidgets } from '../../src/server/index.js';
import { buildDropin } from '../csp/build-dropin.js';
import { ARTICLE, pageMarkup, startFeedServer, STORIES, type FeedServer } from './fixtures.js';

const TAGS = ['weather-badge', 'news-list', 'news-article', 'related-news'];
const PAGES: Record<string, 'en' | 'ru'> = { '/news/': 'en', '/novosti/': 'ru' };
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css' };

let dist: string;
let server: FeedServer;
let browser: Browser;

async function answerPage(path: string, response: ServerResponse): Promise<boolean> {
  // One page per language, each in a folder of its own beside /feeds/.
  const lang = PAGES[path];
  if (lang) {
    const html = await renderWidgets(pageMarkup(lang), { baseUrl: `${server.origin}${path}` });
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    return true;
  }
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return true;
  }
  if (!path.startsWith('/cdn/')) return false;
  const file = normalize(join(dist, path.slice('/cdn/'.length)));
  try {
    if (!file.startsWith(dist)) throw new Error('outside');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
  return true;
}

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'news-widgets-ssr-'));
  await buildDropin(dist);
  server = await startFeedServer(answerPage);
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

// Runs before the page's own scripts: what the test reads of the page afterwards.
const WATCH = `
window.shifts = [];
new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value); })
  .observe({ type: 'layout-shift', buffered: true });
window.loaded = [];
document.addEventListener('news-load', event => window.loaded.push(event.target.localName));
window.selected = [];
document.addEventListener('news-select', event => { window.selected.push(event.detail.item.title); event.preventDefault(); });`;

/** Each widget's shadow root as markup, without comments (Lit's markers) and style elements, which differ in form only. */
function shadowMarkup(tab: Page): Promise<Record<string, string>> {
  return tab.evaluate(tags => {
    const clean = (root: ShadowRoot) => {
      const copy = document.createElement('div');
      copy.append(...[...root.childNodes].map(node => node.cloneNode(true)));
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments: Node[] = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      for (const node of [...comments, ...copy.querySelectorAll('style')]) node.parentNode!.removeChild(node);
      // Attributes in one order: the browser adds those a template binds after the others.
      for (const element of copy.querySelectorAll('*')) {
        const attributes = [...element.attributes].map(({ name, value }) => [name, value]).sort(([a], [b]) => (a < b ? -1 : 1));
        for (const [name] of attributes) element.removeAttribute(name);
        for (const [name, value] of attributes) element.setAttribute(name, value);
      }
      return copy.innerHTML;
    };
    return Object.fromEntries(tags.map(tag => [tag, clean(document.querySelector(tag)!.shadowRoot!)]));
  }, TAGS);
}

describe('a server-rendered page', () => {
  it('shows headlines, links, the article and the weather with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/news/`);
    const list = tab.locator('news-list');
    for (const [index, story] of STORIES.entries()) {
      const link = list.getByRole('link', { name: story.title });
      expect(await link.isVisible(), story.title).toBe(true);
      expect(await link.getAttribute('href')).toBe(story.url);
      expect(await list.locator('[part~="item"]').nth(index).isVisible()).toBe(true);
    }
    const article = tab.locator('news-article');
    expect(await article.getByRole('heading', { level: 1, name: ARTICLE.title }).isVisible()).toBe(true);
    expect(await article.getByText('The bridge over the river opens on Monday.').isVisible()).toBe(true);
    expect(await article.getByRole('link', { name: 'new timetable' }).getAttribute('href')).toBe('https://news.example/timetable');
    expect(await tab.locator('weather-badge [part="condition"]').innerText()).toBe('overcast');
    expect(await tab.locator('related-news').getByRole('link', { name: STORIES[0].title }).isVisible()).toBe(true);
    await context.close();
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`takes the widgets over with JavaScript on (${lang}): no request for the embedded data, the same DOM, no layout shift`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const tab = await context.newPage();
      await tab.addInitScript(WATCH);
      const feedRequests: string[] = [];
      tab.on('request', request => new URL(request.url()).pathname.startsWith('/feeds/') && feedRequests.push(request.url()));
      const errors: string[] = [];
      tab.on('pageerror', error => errors.push(error.message));
      // The drop-in waits until the server's DOM has been read.
      let release!: () => void;
      const held = new Promise<void>(resolve => (release = resolve));
      await tab.route('**/cdn/news-widgets.js', async route => {
        await held;
        await route.continue();
      });
      await tab.goto(`${server.origin}${lang === 'en' ? '/news/' : '/novosti/'}`, { waitUntil: 'commit' });
      await tab.waitForFunction(() => document.querySelector('related-news')?.shadowRoot !== null);
      const served = await shadowMarkup(tab);
      release();
      await tab.waitForFunction(count => (window as unknown as { loaded: string[] }).loaded.length === count, TAGS.length, { timeout: 20_000 });
      // Two frames, so a shift of the takeover would have been drawn and counted.
      await tab.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      expect(feedRequests).toEqual([]);
      expect(errors).toEqual([]);
      expect(await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((sum, shift) => sum + shift, 0))).toBe(0);
      const states = await tab.evaluate(tags => tags.map(tag => document.querySelector(tag)!.getAttribute('state')), TAGS);
      expect(states).toEqual(['ready', 'ready', 'ready', 'ready']);
      const taken = await shadowMarkup(tab);
      for (const tag of TAGS) expect(taken[tag], tag).toBe(served[tag]);
      // The server's nodes are gone: each shadow root holds what the element drew.
      expect(await tab.evaluate(() => document.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part~="item"]').length)).toBe(STORIES.length);

      // From here the widgets behave as usual: events, and a new attribute drawn at once.
      await tab.locator('news-list').getByRole('link', { name: STORIES[1].title }).click();
      expect(await tab.evaluate(() => (window as unknown as { selected: string[] }).selected)).toEqual([STORIES[1].title]);
      await tab.evaluate(() => document.querySelector('news-list')!.setAttribute('limit', '1'));
      await tab.waitForFunction(() => document.querySelector('news-list')!.shadowRoot!.querySelectorAll('[part~="item"]').length === 1);
      expect(feedRequests).toEqual([]);
      await context.close();
    });
  }
});
