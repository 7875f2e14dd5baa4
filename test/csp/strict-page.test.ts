// The drop-in on a page with a strict Content-Security-Policy that enforces Trusted Types and allows only
// the policies docs/security.md names: every widget renders, the article included, and the page sees not one
// securitypolicyviolation, whichever sanitizer the browser gives the article. Then a page of one article per
// vector of the XSS battery: no Trusted Types violation, no more CSP reports than docs/security.md states, no
// request for a pixel, a beacon or a picture that was only text, and no Referer on any picture a feed names.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { NEVER_ASKED, VECTORS } from '../elements/xss-vectors.js';
import { buildDropin } from './build-dropin.js';

const root = new URL('../../', import.meta.url).pathname;
const demoData = join(root, 'demo/public');

/**
 * The CSP reports a page of the battery's hostile articles receives, as docs/security.md states: none. Without the
 * pass that takes handlers and styles out before parsing, this Chromium reports 25 (Sanitizer API) and 35 (DOMPurify).
 */
const MOST_REPORTS = 0;

/** The policies docs/security.md tells hosts to allow. */
const DOCUMENTED_POLICIES = ['lit-html', 'news-widgets-sanitizer'];

/** The documented policy; a portal that shows other sites' feeds also lets their pictures in (`img-src https:`). */
function policy(trustedTypes: readonly string[], feedPictures = false): string {
  return [
    "default-src 'self'",
    ...(feedPictures ? ["img-src 'self' https:"] : []),
    "script-src 'self'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes.join(' ')}`,
  ].join('; ');
}

// Inline scripts are blocked on this page, so the violation listener comes from its own file, first.
const WATCH = `window.violations = [];
document.addEventListener('securitypolicyviolation', event => {
  window.violations.push(event.violatedDirective + ' ' + (event.blockedURI || event.sample || ''));
});`;

// What a browser without the HTML Sanitizer API looks like to the library.
const NO_SANITIZER_API = 'delete Element.prototype.setHTML;';

/** The widgets of the page, one entry each: a new element is one more entry. */
const WIDGETS: { tag: string; attributes: Record<string, string>; part: string; shows: string }[] = [
  { tag: 'weather-badge', attributes: { src: '/weather.json' }, part: 'temperature', shows: '+9°' },
  { tag: 'news-list', attributes: { src: '/feed.json', limit: '3' }, part: 'link', shows: 'Night trams return to the river line after a two-year pause' },
  { tag: 'related-news', attributes: { src: '/feed.json', exclude: 'https://courier.example/2026/11/27/night-trams' }, part: 'link', shows: 'Old Town bakers form a cooperative to share one wood-fired oven' },
  { tag: 'news-article', attributes: { src: '/api/articles/131.json' }, part: 'title', shows: 'Shrubs planted on a dry lake bed are starting to hold back its dust storms' },
];

function widgetTags(): string {
  return WIDGETS.map(({ tag, attributes }) => `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}></${tag}>`).join('\n');
}

/** One article per vector of the XSS battery, each body the vector followed by a picture of the story. */
function hostileTags(): string {
  return VECTORS.map((_, index) => `<news-article src="/hostile/${index}.json"></news-article>`).join('\n');
}

/** The JSON Feed item of the hostile article `index`: the vector in its body, with a story picture on another host. */
function hostileItem(index: number): string {
  return JSON.stringify({
    id: `hostile-${index}`,
    url: `https://publisher.example/${index}`,
    title: `Hostile body ${VECTORS[index][0]}`,
    content_html: `${VECTORS[index][1]}<p>Text of the story.</p><p><img src="https://pictures.example/story-${index}.png" width="800" height="600"></p>`,
  });
}

function page(withoutSanitizerApi: boolean, hostile: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict</title>
<script src="/watch.js"></script>
${withoutSanitizerApi ? '<script src="/no-sanitizer-api.js"></script>' : ''}
<script type="module" src="/news-widgets.js"></script></head>
<body>
${hostile ? hostileTags() : widgetTags()}
</body></html>`;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml' };

let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'news-widgets-csp-'));
  await buildDropin(dist);
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const trustedTypes = url.searchParams.get('trusted-types')?.split(',') ?? DOCUMENTED_POLICIES;
    if (url.pathname === '/') {
      return response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy(trustedTypes, url.searchParams.has('hostile')) })
        .end(page(url.searchParams.has('without-sanitizer-api'), url.searchParams.has('hostile')));
    }
    const hostile = /^\/hostile\/(\d+)\.json$/.exec(url.pathname);
    if (hostile && VECTORS[Number(hostile[1])]) return response.writeHead(200, { 'content-type': 'application/feed+json' }).end(hostileItem(Number(hostile[1])));
    // The browser asks for an icon on its own; a 404 would be a console error of the page's making, not ours.
    if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
    if (url.pathname === '/watch.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(WATCH);
    if (url.pathname === '/no-sanitizer-api.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(NO_SANITIZER_API);
    const folder = extname(url.pathname) === '.js' ? dist : demoData;
    const file = normalize(join(folder, url.pathname));
    try {
      if (!file.startsWith(folder)) throw new Error('outside');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

interface Visit {
  page: Page;
  states: Record<string, string | null>;
  violations: string[];
  scripts: string[];
  errors: string[];
  consoleErrors: string[];
}

/** A picture a feed named, as the page asked for it: its address and the Referer the browser sent, if any. */
interface PictureRequest {
  url: string;
  referer: string | undefined;
}

/** Opens the strict page, waits until every widget has left its loading state, and lets it settle. */
async function visit(query: string, pictures: PictureRequest[] = [], widgets = WIDGETS.length): Promise<Visit> {
  const tab = await browser.newPage();
  // Every host a feed names answers here with a picture; each request is logged with the headers it went out with.
  await tab.route(/^https:\/\/[^/]*\.example\//, async route => {
    const headers = await route.request().allHeaders();
    pictures.push({ url: route.request().url(), referer: headers.referer });
    await route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  const scripts: string[] = [];
  const errors: string[] = [];
  tab.on('request', request => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  const consoleErrors: string[] = [];
  tab.on('pageerror', error => errors.push(error.message));
  tab.on('console', message => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
  await tab.goto(`${origin}/${query}`);
  await tab.waitForFunction(
    count => [...document.querySelectorAll('[state]')].length === count && [...document.querySelectorAll('[state]')].every(element => element.getAttribute('state') !== 'loading'),
    widgets,
    { timeout: 15_000 },
  );
  // Pictures in the articles load lazily as they scroll into view: bring each one in and wait for its pictures.
  await tab.evaluate(async () => {
    for (const element of document.querySelectorAll('[state]')) {
      element.scrollIntoView();
      await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const pictures = [...(element.shadowRoot?.querySelectorAll('img') ?? [])].filter(image => image.checkVisibility() && !image.complete);
      await Promise.all(pictures.map(image => new Promise(resolve => ['load', 'error'].forEach(type => image.addEventListener(type, resolve, { once: true })))));
    }
  });
  // A violation is dispatched as a task after what caused it: two frames more let the last ones arrive.
  await tab.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const states = await tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('[state]')].map(element => [element.localName, element.getAttribute('state')])));
  const violations = await tab.evaluate(() => (window as unknown as { violations: string[] }).violations);
  return { page: tab, states, violations, scripts, errors, consoleErrors };
}

describe('a page with a strict CSP and Trusted Types', () => {
  it('renders every widget with visible content, the article through the Sanitizer API, with no violation or console error', async () => {
    const { page: tab, states, violations, scripts, errors, consoleErrors } = await visit('');
    try {
      expect(states).toEqual(Object.fromEntries(WIDGETS.map(({ tag }) => [tag, 'ready'])));
      for (const { tag, part, shows } of WIDGETS) {
        const content = tab.locator(`${tag} [part~="${part}"]`).first();
        expect(await content.isVisible(), `${tag} shows its ${part}`).toBe(true);
        expect((await content.textContent())?.trim()).toBe(shows);
      }
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(scripts.some(path => path.includes('purify'))).toBe(false);
      const body = await tab.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelector('[part="body"]')!.textContent);
      expect(body).toContain('Why these shrubs');
      expect(await tab.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelectorAll('[part="body"] img').length)).toBe(1);
    } finally {
      await tab.close();
    }
  });

  it('renders the article through DOMPurify, where the Sanitizer API is missing, with no violation or console error', async () => {
    const { page: tab, states, violations, scripts, errors, consoleErrors } = await visit('?without-sanitizer-api');
    try {
      expect(states['news-article']).toBe('ready');
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(scripts.some(path => path.includes('purify'))).toBe(true);
      const body = await tab.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelector('[part="body"]')!.textContent);
      expect(body).toContain('What comes next');
    } finally {
      await tab.close();
    }
  });

  it('needs news-widgets-sanitizer for DOMPurify: without it the page reports the violation and the article a config error, while the feeds still parse', async () => {
    const { page: tab, states, violations } = await visit('?without-sanitizer-api&trusted-types=lit-html');
    try {
      expect(violations.some(violation => violation.startsWith('trusted-types'))).toBe(true);
      expect(states['news-article']).toBe('error');
      expect(states['news-list']).toBe('ready');
      const message = await tab.evaluate(() => document.querySelector('news-article')!.shadowRoot!.querySelector('[part="message"]')!.textContent);
      expect(message).toBe('This article is not available.');
    } finally {
      await tab.close();
    }
  });

  for (const withoutSanitizerApi of [false, true]) {
    const path = withoutSanitizerApi ? 'DOMPurify' : 'the Sanitizer API';
    it(`with one hostile article per vector, through ${path}: no Trusted Types violation, at most ${MOST_REPORTS} CSP reports, no request for a pixel or beacon, no Referer`, async () => {
      const pictures: PictureRequest[] = [];
      const { page: tab, states, violations, errors } = await visit(`?hostile${withoutSanitizerApi ? '&without-sanitizer-api' : ''}`, pictures, VECTORS.length);
      try {
        expect(Object.values(states)).toEqual(['ready']);
        const count = await tab.evaluate(() => [...document.querySelectorAll('news-article')].filter(article => article.getAttribute('state') === 'ready').length);
        expect(count).toBe(VECTORS.length);
        expect(errors).toEqual([]);
        const byDirective: Record<string, number> = {};
        for (const violation of violations) byDirective[violation.split(' ')[0]] = (byDirective[violation.split(' ')[0]] ?? 0) + 1;
        expect(violations.filter(violation => /trusted-types/.test(violation))).toEqual([]);
        expect(violations.length, `reports by directive: ${JSON.stringify(byDirective)}`).toBeLessThanOrEqual(MOST_REPORTS);
        // The story pictures load (the control that the log sees requests), and none of them carries a Referer.
        // A few vectors take the rest of their body with them (<plaintext>, an unclosed <textarea>); every other
        // story picture is in its article and was asked for: the control that the log sees the page's requests.
        const shown = await tab.evaluate(() =>
          [...document.querySelectorAll('news-article')].flatMap(article => [...article.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="body"] img')].map(image => image.src)),
        );
        const stories = shown.filter(address => /\/story-\d+\.png$/.test(address));
        expect(stories.length).toBeGreaterThan(VECTORS.length - 5);
        expect(pictures.filter(picture => /\/story-\d+\.png$/.test(picture.url)).map(picture => picture.url).sort()).toEqual(stories.sort());
        expect(pictures.filter(picture => picture.referer !== undefined)).toEqual([]);
        expect(pictures.filter(picture => NEVER_ASKED.test(picture.url))).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
