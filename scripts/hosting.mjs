// A blank page with the four widgets and one <script type="module">, served the way a site hosts the drop-in: the
// script from a folder of static files (on the page's origin or on another one, as a CDN), the data from the page's
// own server. Used by scripts/check-dropin.mjs on the build and by test/hosting/ on fresh builds.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

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

/** What each widget must show once ready, per page language: the text of its first node matching the selector. */
const expected = {
  en: [
    ['weather-badge', '[part="condition"]', 'overcast'],
    ['news-list', 'a[part="link"]', 'First headline'],
    ['news-article', '[part="title"]', 'An article on its own'],
    ['related-news', 'a[part="link"]', 'First headline'],
  ],
  ru: [
    ['weather-badge', '[part="condition"]', 'пасмурно'],
    ['news-list', 'a[part="link"]', 'First headline'],
    ['news-article', '[part="title"]', 'An article on its own'],
    ['related-news', '[part="heading"]', 'Похожие новости'],
  ],
};

const page = (script, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>drop-in</title><link rel="icon" href="data:,">
<script type="module" src="${script}"></script></head>
<body>
<weather-badge src="/weather.json"></weather-badge>
<news-list src="/feed.json" limit="3"></news-list>
<news-article src="/article.json"></news-article>
<related-news src="/feed.json"></related-news>
</body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/** Answers a GET for a file under `folder` (any depth, nothing outside it), or returns false. */
async function sendFile(folder, path, response) {
  const root = normalize(folder + sep);
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root)) return false;
  try {
    const bytes = await readFile(file);
    // A module script from another origin is fetched in CORS mode; CDNs send this header, and so must a self-host.
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(bytes);
    return true;
  } catch {
    return false;
  }
}

const listen = server => new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)));

/**
 * Opens the page of the four widgets in headless Chromium with `script` (a path inside `folder`) as its only script,
 * and waits for every widget to be ready. `crossOrigin`: the folder is served from a second origin. Returns the
 * problems found (none when every widget shows its data in the page's language) and the script files the page
 * fetched, as paths inside the folder.
 */
export async function checkHosting({ folder, script, crossOrigin = false, lang = 'en' }) {
  const files = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!(await sendFile(folder, path, response))) response.writeHead(404).end();
  });
  const filesOrigin = await listen(files);
  const site = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(crossOrigin ? filesOrigin + script : script, lang));
    if (answers[path]) return response.writeHead(200, { 'content-type': answers[path][0] }).end(answers[path][1]);
    if (!crossOrigin && (await sendFile(folder, path, response))) return;
    response.writeHead(404).end();
  });
  const siteOrigin = await listen(site);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const problems = [];
  const scripts = [];
  try {
    const tab = await browser.newPage();
    tab.on('request', request => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
      else if (url.pathname !== '/' && !answers[url.pathname]) problems.push(`requested a file that is not the drop-in's: ${url.href}`);
      if (crossOrigin && url.pathname.endsWith('.js') && url.origin !== filesOrigin) problems.push(`a script came from the page's origin: ${url.pathname}`);
    });
    tab.on('console', message => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
    tab.on('pageerror', error => problems.push(`uncaught: ${error.message}`));
    await tab.goto(siteOrigin);
    const shows = expected[lang];
    // A widget in its error state will not recover on this page, so waiting stops at the first one.
    const states = await tab
      .waitForFunction(
        tags => {
          const states = tags.map(tag => document.querySelector(tag)?.getAttribute('state'));
          return (states.every(state => state === 'ready') || states.includes('error')) && states;
        },
        shows.map(([tag]) => tag),
        { timeout: 20000 },
      )
      .then(handle => handle.jsonValue());
    shows.forEach(([tag], index) => states[index] !== 'ready' && problems.push(`${tag} is ${states[index]}`));
    for (const [tag, selector, text] of shows) {
      const shown = await tab.evaluate(([tag, selector]) => document.querySelector(tag).shadowRoot.querySelector(selector)?.textContent?.trim(), [tag, selector]);
      if (shown !== text) problems.push(`${tag} shows ${JSON.stringify(shown)} in ${selector} where ${JSON.stringify(text)} was expected`);
    }
    const titles = await tab.evaluate(() => [...document.querySelector('news-list').shadowRoot.querySelectorAll('a[part="link"]')].map(link => link.textContent.trim()));
    if (titles.join('|') !== 'First headline|Second headline|Third headline') problems.push(`unexpected headlines: ${titles.join('|')}`);
  } catch (error) {
    problems.push(String(error));
  } finally {
    await browser.close();
    site.close();
    files.close();
  }
  return { problems, scripts };
}
