// The drop-in on a page with a strict Content-Security-Policy that enforces Trusted Types and allows only
// the policies docs/security.md names: every widget renders, the article included, and the page sees not one
// securitypolicyviolation, whichever sanitizer the browser gives the article.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { buildDropin } from './build-dropin.js';

const root = new URL('../../', import.meta.url).pathname;
const demoData = join(root, 'demo/public');

/** The policies docs/security.md tells hosts to allow. */
const DOCUMENTED_POLICIES = ['lit-html', 'news-widgets-sanitizer'];

function policy(trustedTypes: readonly string[]): string {
  return [
    "default-src 'self'",
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

function page(withoutSanitizerApi: boolean): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict</title>
<script src="/watch.js"></script>
${withoutSanitizerApi ? '<script src="/no-sanitizer-api.js"></script>' : ''}
<script type="module" src="/news-widgets.js"></script></head>
<body>
${widgetTags()}
</body></html>`;
}

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
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy(trustedTypes) })
        .end(page(url.searchParams.has('without-sanitizer-api')));
    }
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

/** Opens the strict page, waits until every widget has left its loading state, and lets it settle. */
async function visit(query: string): Promise<Visit> {
  const tab = await browser.newPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  tab.on('request', request => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  const consoleErrors: string[] = [];
  tab.on('pageerror', error => errors.push(error.message));
  tab.on('console', message => message.type() === 'error' && consoleErrors.push(`${message.text()} (${message.location().url})`));
  await tab.goto(`${origin}/${query}`);
  await tab.waitForFunction(
    count => [...document.querySelectorAll('[state]')].length === count && [...document.querySelectorAll('[state]')].every(element => element.getAttribute('state') !== 'loading'),
    WIDGETS.length,
    { timeout: 15_000 },
  );
  // Pictures in the article load lazily as it scrolls into view; bring all of them in before counting.
  await tab.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await tab.waitForTimeout(300);
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
});
