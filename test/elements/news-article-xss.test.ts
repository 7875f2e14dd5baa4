// Every vector below goes into every field of every source format, through both sanitizer paths, and must
// execute nothing and leave nothing that could execute later: no event handler attribute, no style, no
// script-capable element, and no address that is not absolute http(s) (mailto on links).
import { expect } from '@esm-bundle/chai';
import DOMPurify from 'dompurify';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { mountArticle, settled } from './article-fixtures.js';
import { nextFrames } from './support.js';
import { fieldsOf, FORBIDDEN, FORMATS, ITEM_ID, NEVER_ASKED, NEVER_ASKED_FROM_XHTML, source, unsafeAddress, VECTORS, type Field, type Format } from './xss-vectors.js';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), c => c.charCodeAt(0));

/**
 * The sources, answered in the page through the client's fetch seam: the battery makes thousands of requests,
 * and a round trip through the service worker costs more than rendering the article does.
 */
function answerSource(input: string): Promise<Response> {
  const match = /\/xss\/([^/]+)\/([^/]+)\/(\d+)$/.exec(new URL(input, location.href).pathname);
  const vector = match && VECTORS[Number(match[3])];
  if (!match || !vector) return Promise.resolve(new Response(null, { status: 404 }));
  const { text, type } = source(match[1] as Format, match[2] as Field, vector[1]);
  return Promise.resolve(new Response(text, { headers: { 'content-type': type } }));
}

/** Every picture address the page asked for, by format; the battery of each format starts with none. */
const asked: string[] = [];

const worker = setupWorker(
  // A vector in the picture field is a relative address; the page asks for it as a picture, and gets nothing.
  http.get('/xss/:format/:field/*', () => new HttpResponse(null, { status: 404 })),
  // Pictures that survive must load from somewhere; nothing here ever answers with script.
  http.get(/^https:\/\/(img|news|evil)\.example\//, () => new HttpResponse(PNG, { headers: { 'content-type': 'image/png' } })),
);

// The flag every payload would raise, and the dialogs a classic payload would open instead.
const hits: string[] = [];
const detector = (name: unknown) => hits.push(String(name));
const page = window as unknown as Record<string, unknown>;
page.__xss = detector;
for (const dialog of ['alert', 'confirm', 'prompt', 'print']) page[dialog] = () => hits.push(dialog);

const pageClient = getClient();

worker.events.on('request:start', ({ request }) => {
  if (/^https:\/\/[^/]*\.example\//.test(request.url)) asked.push(request.url);
});

before(async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  setClient(new NewsClient({ cacheSize: 0, retries: 0, fetch: answerSource }));
});
after(() => {
  setClient(pageClient);
  worker.stop();
});
afterEach(() => {
  hits.length = 0;
  asked.length = 0;
});

const HTML = 'http://www.w3.org/1999/xhtml';

/** Throws unless nothing under `root` can run script or reach a non-http(s) address. */
function assertInert(root: ParentNode, label: string): void {
  for (const element of root.querySelectorAll('*')) {
    const where = `${label}: <${element.localName}>`;
    expect(element.namespaceURI, `${where} namespace`).to.equal(HTML);
    expect(FORBIDDEN.has(element.localName), `${where} is not allowed`).to.equal(false);
    for (const { name, value } of element.attributes) {
      expect(name.toLowerCase().startsWith('on'), `${where} ${name}`).to.equal(false);
      expect(name.toLowerCase(), `${where} has a style attribute`).not.to.equal('style');
      expect(unsafeAddress(element.localName, name, value), `${where} ${name}="${value}"`).to.equal(false);
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      expect(element.getAttribute('rel'), `${where} rel`).to.equal('noopener noreferrer');
    }
  }
}

/**
 * Resolves once what the articles kept has had its chance to run: two frames (autofocus, toggle, animations),
 * every picture that loads at once loaded or failed, and two frames more for the events that follows. A lazy
 * picture off screen loads nothing, so has nothing to report.
 */
async function settle(articles: NewsArticle[]): Promise<void> {
  await nextFrames();
  const pictures = articles.flatMap(article => [...article.shadowRoot!.querySelectorAll('img')]).filter(picture => picture.loading !== 'lazy' && !picture.complete);
  await Promise.all(
    pictures.map(
      picture =>
        new Promise(resolve => {
          picture.addEventListener('load', resolve, { once: true });
          picture.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
  await nextFrames();
}

async function renderBattery(format: Format, field: Field): Promise<NewsArticle[]> {
  const articles = VECTORS.map((_, index) => mountArticle({ src: `/xss/${format}/${field}/${index}`, 'item-id': ITEM_ID }));
  const states = await Promise.all(articles.map(article => settled(article, 8000)));
  states.forEach((state, index) => expect(state, `${format} ${field} ${VECTORS[index][0]}`).to.equal('ready'));
  await settle(articles);
  return articles;
}

function checkBattery(format: Format, field: Field, articles: NewsArticle[]): void {
  expect(hits, `${format} ${field}: payloads ran`).to.deep.equal([]);
  articles.forEach((article, index) => assertInert(article.shadowRoot!, `${format} ${field} ${VECTORS[index][0]}`));
  // No picture a reader never sees, nor one that was only text, is in an article or was asked for, lead included.
  const never = (address: string) => NEVER_ASKED.test(address) || (format === 'atom-xhtml' && NEVER_ASKED_FROM_XHTML.test(address));
  articles.forEach((article, index) => {
    const kept = [...article.shadowRoot!.querySelectorAll('img')].map(image => image.getAttribute('src') ?? '').filter(never);
    expect(kept, `${format} ${field} ${VECTORS[index][0]} keeps`).to.deep.equal([]);
  });
  expect(asked.filter(never), `${format} ${field}: asked for`).to.deep.equal([]);
  // Nothing in a shadow root reaches the page's globals, but check that the page is still the page.
  expect(page.__xss).to.equal(detector);
  expect(typeof document.getElementById).to.equal('function');
  expect(document.forms).to.be.instanceOf(HTMLCollection);
}

/**
 * One test per format and field. `sanitizerCalls` counts the calls of the sanitizer the path should use,
 * so every body is shown to have gone through it.
 */
function batteryTests(sanitizer: string, sanitizerCalls: () => number): void {
  for (const format of FORMATS) {
    for (const field of fieldsOf(format)) {
      it(`${format}: nothing in the ${field} runs or stays dangerous`, async () => {
        const before = sanitizerCalls();
        const articles = await renderBattery(format, field);
        checkBattery(format, field, articles);
        if (field === 'body') expect(sanitizerCalls() - before, `${sanitizer} sanitized every body`).to.be.at.least(VECTORS.length);
      });
    }
  }
}

describe('<news-article> XSS battery', () => {
  it(`holds at least 40 vectors (${VECTORS.length}), each with its own name`, () => {
    expect(VECTORS.length).to.be.at.least(40);
    expect(new Set(VECTORS.map(([name]) => name)).size).to.equal(VECTORS.length);
  });

  it('knows every picture address of the pixel, lead and text vectors as one never to ask for', () => {
    const addresses = VECTORS.filter(([name]) => /^(pixel|lead|text)-/.test(name)).flatMap(([, payload]) => [...payload.matchAll(/src="([^"]+)"/g)].map(match => match[1]));
    expect(addresses).to.have.length(13);
    expect(addresses.filter(address => !NEVER_ASKED.test(address) && !NEVER_ASKED_FROM_XHTML.test(address))).to.deep.equal([]);
  });

  it('notices a payload that runs and an attribute that could: the detector itself works', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open' });
      // Deliberately unsafe, to prove that a sanitizer mistake would fail the battery.
      root.innerHTML = '<img onerror="__xss(\'control\')" src="/no-such-picture.png"><a href="javascript:void 0">x</a>';
      await new Promise(resolve => root.querySelector('img')!.addEventListener('error', resolve, { once: true }));
      expect(hits).to.deep.equal(['control']);
      expect(() => assertInert(root, 'control')).to.throw(/onerror/);
      root.querySelector('img')!.remove();
      expect(() => assertInert(root, 'control')).to.throw(/javascript:void 0/);
    } finally {
      host.remove();
    }
  });

  describe('through the HTML Sanitizer API (Element.setHTML)', () => {
    const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
    let calls = 0;

    before(() => {
      expect(setHTML?.value, 'this Chromium has Element.prototype.setHTML').to.be.a('function');
      Object.defineProperty(Element.prototype, 'setHTML', {
        ...setHTML,
        value(this: Element, ...args: unknown[]) {
          calls += 1;
          return (setHTML!.value as (...args: unknown[]) => void).apply(this, args);
        },
      });
    });
    after(() => Object.defineProperty(Element.prototype, 'setHTML', setHTML!));

    batteryTests('setHTML', () => calls);
  });

  describe('through DOMPurify, as in browsers without the Sanitizer API', () => {
    const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
    const sanitize = DOMPurify.sanitize;
    let calls = 0;

    before(() => {
      // What an older browser looks like: no setHTML. The element decides on every body, so this switches it.
      delete (Element.prototype as { setHTML?: unknown }).setHTML;
      DOMPurify.sanitize = ((...args: Parameters<typeof sanitize>) => {
        calls += 1;
        return sanitize.apply(DOMPurify, args);
      }) as typeof sanitize;
    });
    after(() => {
      Object.defineProperty(Element.prototype, 'setHTML', setHTML!);
      DOMPurify.sanitize = sanitize;
    });

    batteryTests('DOMPurify', () => calls);
  });
});
