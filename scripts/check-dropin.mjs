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
<body>
<weather-badge src="/weather.json"></weather-badge>
<news-list src="/feed.json" limit="3"></news-list>
<news-article src="/article.json"></news-article>
<related-news src="/feed.json"></related-news>
</body></html>`;

const feed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Drop-in check',
  items: ['First headline', 'Second headline', 'Third headline', 'Fourth headline'].map((title, index) => ({
    id: String(index),
    title,
    url: `https://news.example/${index}`,
  })),
});

const weather = JSON.stringify({ current: { temperature_2m: 9.2, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 45, is_day: 1 } });

const article = JSON.stringify({
  id: 'https://news.example/article',
  title: 'An article on its own',
  content_html: '<p>The first paragraph of the article.</p><h2>A subhead</h2><ul><li>One point</li></ul>',
  date_published: '2026-11-26T18:47:00Z',
});

const answers = {
  '/feed.json': ['application/feed+json', feed],
  '/weather.json': ['application/json', weather],
  '/article.json': ['application/json', article],
};

// What each widget must show once ready: the text of its first matching node.
const expected = [
  ['weather-badge', '[part="temperature"]', '+9°'],
  ['news-list', 'a[part="link"]', 'First headline'],
  ['news-article', '[part="title"]', 'An article on its own'],
  ['related-news', 'a[part="link"]', 'First headline'],
];

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  if (answers[path]) return response.writeHead(200, { 'content-type': answers[path][0] }).end(answers[path][1]);
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
  await tab.waitForFunction(
    tags => tags.every(tag => document.querySelector(tag)?.getAttribute('state') === 'ready'),
    expected.map(([tag]) => tag),
    { timeout: 15000 },
  );
  for (const [tag, selector, text] of expected) {
    const shown = await tab.evaluate(([tag, selector]) => document.querySelector(tag).shadowRoot.querySelector(selector)?.textContent?.trim(), [tag, selector]);
    if (shown !== text) failures.push(`${tag} shows ${JSON.stringify(shown)} where ${JSON.stringify(text)} was expected`);
  }
  const titles = await tab.evaluate(() => [...document.querySelector('news-list').shadowRoot.querySelectorAll('a[part="link"]')].map(link => link.textContent.trim()));
  if (titles.join('|') !== 'First headline|Second headline|Third headline') failures.push(`unexpected headlines: ${titles.join('|')}`);
  const foreign = requested.filter(path => path !== '/' && !answers[path] && !/^\/[^/]+\.js$/.test(path));
  if (foreign.length) failures.push(`requested files outside the drop-in: ${foreign.join(', ')}`);
  const scripts = requested.filter(path => path.endsWith('.js'));
  console.log(`drop-in: all four widgets ready on a blank page, from ${scripts.length} files: ${scripts.join(', ')}`);
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
