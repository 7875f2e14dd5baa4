// Proves the drop-in works the way a site owner uses it: a blank page with one <script type="module">,
// no import map and no other files than dist/news-widgets.js (and any chunk of its own).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>drop-in</title><link rel="icon" href="data:,">
<script type="module" src="/news-widgets.js"></script></head>
<body><news-list src="/feed.json" limit="3"></news-list></body></html>`;

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Drop-in check',
  items: ['First headline', 'Second headline', 'Third headline', 'Fourth headline'].map((title, index) => ({
    id: String(index),
    title,
    url: `https://news.example/${index}`,
  })),
});

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (path === '/feed.json') return response.writeHead(200, { 'content-type': 'application/feed+json' }).end(feed);
  const file = normalize(join(dist, path));
  if (extname(file) === '.js' && file.startsWith(dist) && !file.slice(dist.length).includes('/')) {
    try {
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
    } catch {
      // fall through to 404
    }
  }
  response.writeHead(404).end();
});

await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const failures = [];
try {
  const tab = await browser.newPage();
  const requested = [];
  tab.on('request', request => requested.push(new URL(request.url()).pathname));
  tab.on('console', message => message.type() === 'error' && failures.push(`console error: ${message.text()}`));
  tab.on('pageerror', error => failures.push(`uncaught: ${error.message}`));
  await tab.goto(origin);
  await tab.waitForFunction(() => document.querySelector('news-list')?.getAttribute('state') === 'ready', null, { timeout: 10000 });
  const titles = await tab.evaluate(() =>
    [...document.querySelector('news-list').shadowRoot.querySelectorAll('a')].map(link => link.textContent),
  );
  if (titles.join('|') !== 'First headline|Second headline|Third headline') failures.push(`unexpected headlines: ${titles.join('|')}`);
  const foreign = requested.filter(path => path !== '/' && path !== '/feed.json' && !/^\/[^/]+\.js$/.test(path));
  if (foreign.length) failures.push(`requested files outside the drop-in: ${foreign.join(', ')}`);
  console.log(`drop-in: rendered ${titles.length} headlines from ${requested.filter(path => path.endsWith('.js')).join(', ')}`);
} catch (error) {
  failures.push(String(error));
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(`drop-in check failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
