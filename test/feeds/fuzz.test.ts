// Property-based tests, as the trusted parsers fuzz themselves: generated documents of every format and mutated
// corpus documents go through parseFeed, random text through the text routines, and random markup through the
// article's sanitizer walk (in Chromium). `npm test` runs each property with a fixed seed; `npm run fuzz` runs
// them with many more cases and a random seed, which a failure prints (FUZZ_SEED=... runs it again).
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import { collapseWhitespace, cutText, decodeEntities, escapeHtml, htmlToText, plainText, truncateWords } from '../../src/data/text.js';
import type { Feed } from '../../src/data/types.js';
import { corpusBytes } from './corpus.js';

/** The seed and the cases per property: fixed in `npm test`, given by `npm run fuzz` (scripts/fuzz.mjs). */
const { seed, runs } = (() => {
  const given = inject('fuzz');
  return given?.runs ? given : { seed: 20261201, runs: 2000 };
})();
const options = { seed, numRuns: runs, endOnFailure: true };
/** A property's cases take what they take on a busy machine; the limit only ends a property that hangs. */
const TIMEOUT = Math.max(300_000, runs * 50);

const url = 'https://fuzz.example/feeds/feed.xml';

// Words a reader would read: the text of every generated document is made of them, so that any "<", ">" or "&"
// in a text field of the output can only be markup that leaked.
const word = fc.constantFrom('river', 'tram', 'night', 'bakers', 'oven', 'dust', 'lake', 'council', 'vote', 'Ünïcødé', 'да', '市');

/** A text as the document writes it and the words it says: plain, as references, in CDATA. */
const textPiece = fc.oneof(
  word,
  word.map(text => `&#${text.codePointAt(0)};${text.slice(String.fromCodePoint(text.codePointAt(0)!).length)}`),
  word.map(text => `<![CDATA[${text}]]>`),
  fc.constant(' '),
);
const xmlText = fc.array(textPiece, { maxLength: 6 }).map(pieces => pieces.join(' '));

/** HTML as a feed escapes it into an element: tags with hostile attributes around words. */
const htmlPiece = fc.oneof(
  word,
  fc.constantFrom(
    '<p>', '</p>', '<b>', '</b>', '<img src="javascript:alert(1)" onerror="alert(1)">', '<img src="/p.png" width="640" height="480">',
    '<script>alert(1)</script>', '<a href="vbscript:x">', '</a>', '<!-- c -->', '<style>p{}</style>', '<br/>', '<noscript><img src=//e.example/n.png></noscript>',
  ),
);
const escapedHtml = fc.array(htmlPiece, { maxLength: 8 }).map(pieces => escapeHtml(pieces.join(' ')));

/** Addresses, good and bad: the output may hold only absolute http(s) ones. */
const address = fc.oneof(
  fc.constantFrom(
    'https://fuzz.example/story/1', '/relative/story', 'story?x=1', '//cdn.fuzz.example/x.png', 'javascript:alert(1)', ' JaVaScRiPt:alert(1)',
    'data:text/html,<b>', 'vbscript:x', 'mailto:a@b.example', 'http://[::1]/', 'https://fuzz.example/a b', '', '#top', 'file:///etc/passwd',
  ),
  fc.string({ maxLength: 20 }),
);

const rssItem = fc
  .record({ title: xmlText, link: address, description: escapedHtml, guid: address, category: xmlText, creator: xmlText, image: address })
  .map(
    ({ title, link, description, guid, category, creator, image }) =>
      `<item><title>${title}</title><link>${escapeHtml(link)}</link><description>${description}</description><guid>${escapeHtml(guid)}</guid>` +
      `<category>${category}</category><dc:creator>${creator}</dc:creator><media:content url="${escapeHtml(image)}" medium="image"/></item>`,
  );
const rss = fc
  .record({ title: xmlText, link: address, items: fc.array(rssItem, { maxLength: 4 }) })
  .map(
    ({ title, link, items }) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>` +
      `<title>${title}</title><link>${escapeHtml(link)}</link>${items.join('')}</channel></rss>`,
  );

const atomKind = fc.constantFrom('text', 'html', 'xhtml');
const atomText = (kind: string, text: string) =>
  kind === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml"><p>${text}</p></div>` : text;
const atomEntry = fc
  .record({ titleKind: atomKind, title: xmlText, link: address, contentKind: fc.constantFrom('html', 'xhtml'), content: escapedHtml, author: xmlText, base: address })
  .map(
    ({ titleKind, title, link, contentKind, content, author, base }) =>
      `<entry xml:base="${escapeHtml(base)}"><title type="${titleKind}">${atomText(titleKind, title)}</title><link href="${escapeHtml(link)}"/>` +
      `<content type="${contentKind}">${contentKind === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${decodeEntities(content)}</div>` : content}</content>` +
      `<author><name>${author}</name></author></entry>`,
  );
const atom = fc
  .record({ title: xmlText, entries: fc.array(atomEntry, { maxLength: 4 }) })
  .map(({ title, entries }) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${entries.join('')}</feed>`);

const jsonFeed = fc
  .record({
    title: fc.array(word, { maxLength: 5 }).map(words => words.join(' ')),
    items: fc.array(fc.record({ title: fc.array(word, { maxLength: 5 }).map(words => words.join(' ')), url: address, image: address, html: fc.array(htmlPiece, { maxLength: 8 }) }), { maxLength: 4 }),
  })
  .map(({ title, items }) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title, items: items.map((item, index) => ({ id: String(index), title: item.title, url: item.url, image: item.image, content_html: item.html.join(' ') })) }),
  );

/** parseFeed, with every failure a FeedError; null when it failed so. */
function parsed(text: string): Feed | null {
  try {
    return parseFeed(text, { url });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return null;
  }
}

function expectAbsoluteHttp(address: string | null | undefined, what: string): void {
  if (address === null || address === undefined) return;
  const parsedAddress = new URL(address);
  expect(['http:', 'https:'], `${what}: ${address}`).toContain(parsedAddress.protocol);
  expect(parsedAddress.href, `${what} is resolved`).toBe(address);
}

/** What holds of any output: absolute http(s) addresses only, every one resolved, and text fields that are strings. */
function expectSoundFeed(feed: Feed): void {
  expectAbsoluteHttp(feed.url, 'feed url');
  for (const item of feed.items) {
    expectAbsoluteHttp(item.url, 'item url');
    expectAbsoluteHttp(item.image?.url, 'item image');
    for (const text of [item.title, item.summary, item.author ?? '', item.category ?? '', ...item.tags]) expect(typeof text).toBe('string');
  }
}

/** What holds of a generated feed besides: its text fields hold words, never markup or references. */
function expectTextOnly(feed: Feed): void {
  for (const text of [feed.title, ...feed.items.flatMap(item => [item.title, item.author ?? '', item.category ?? '', ...item.tags])]) {
    expect(text, 'a text field').not.toMatch(/[<>&]/);
  }
}

describe('parseFeed, fuzzed', () => {
  for (const [format, documents] of [['RSS', rss], ['Atom', atom], ['JSON Feed', jsonFeed]] as const) {
    it(`reads generated ${format} documents: no exception but a FeedError, addresses absolute http(s), text fields text`, () => {
      fc.assert(
        fc.property(documents, document => {
          const feed = parsed(document);
          if (!feed) return;
          expectSoundFeed(feed);
          expectTextOnly(feed);
          for (const item of feed.items) expect(item.summary).not.toMatch(/<[a-z!/?]/i);
        }),
        options,
      );
    }, TIMEOUT);
  }

  it('reads mutated corpus documents: no exception but a FeedError, addresses absolute http(s)', async () => {
    const paths = ['rss/', 'atom/', 'hostile/'];
    const documents: string[] = [];
    const manifest = await corpusBytes('expected.json');
    if (!manifest) {
      console.warn('Skipping mutated corpus documents: ../shared/corpus is absent.');
      return;
    }
    const expected = JSON.parse(new TextDecoder().decode(manifest)) as { files: Record<string, unknown> };
    for (const path of Object.keys(expected.files).filter(path => paths.some(folder => path.startsWith(folder))).slice(0, 24)) {
      const bytes = await corpusBytes(path);
      if (bytes) documents.push(new TextDecoder().decode(bytes).slice(0, 20_000));
    }
    expect(documents.length).toBeGreaterThan(5);
    const snippet = fc.constantFrom('<', '>', '&', ']]>', '<![CDATA[', '<?x ?>', '<!--', '-->', '</item>', '<item>', '<entry>', '&#0;', '&#xD800;', '"', '<img src=javascript:x>', 'xml:base="javascript:x"', '\u0000');
    const mutation = fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(snippet, fc.string({ maxLength: 8 })));
    fc.assert(
      fc.property(fc.constantFrom(...documents), fc.array(mutation, { minLength: 1, maxLength: 6 }), (original, mutations) => {
        let document = original;
        for (const [at, length, insert] of mutations) {
          const start = at % (document.length + 1);
          document = document.slice(0, start) + insert + document.slice(start + length);
        }
        const feed = parsed(document);
        if (feed) expectSoundFeed(feed);
      }),
      options,
    );
  }, TIMEOUT);
});

describe('the text routines, fuzzed', () => {
  it('decodeEntities undoes escapeHtml, and htmlToText reads escaped text as that text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
        expect(decodeEntities(escapeHtml(text))).toBe(text);
        expect(htmlToText(escapeHtml(text))).toBe(plainText(text));
      }),
      options,
    );
  }, TIMEOUT);

  it('htmlToText gives collapsed text within its limit, never cut inside a character, whatever the markup', () => {
    const markup = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), htmlPiece, fc.constantFrom('<', '</', '<!--', '-->', '<script>', '</script', '<style', '&', '&#', ';')), { maxLength: 30 });
    fc.assert(
      fc.property(markup, fc.integer({ min: 1, max: 300 }), (pieces, limit) => {
        const text = htmlToText(pieces.join(''), limit);
        expect(text.length).toBeLessThanOrEqual(limit);
        expect(collapseWhitespace(text)).toBe(text);
        expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
      }),
      options,
    );
  }, TIMEOUT);

  it('cutText and truncateWords never split a character and keep to their length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, length) => {
        const cut = cutText(text, length);
        expect(cut.length).toBeLessThanOrEqual(length);
        expect(text.startsWith(cut)).toBe(true);
        expect(cut).not.toMatch(/[\uD800-\uDBFF]$/);
        const truncated = truncateWords(text, length);
        expect(truncated.length).toBeLessThanOrEqual(length + 1);
        expect(truncated).not.toMatch(/[\uD800-\uDBFF]\u2026?$/);
      }),
      options,
    );
  }, TIMEOUT);
});

describe.runIf(typeof document !== 'undefined')('the article\'s sanitizer, fuzzed', () => {
  const element = fc.constantFrom('p', 'b', 'a', 'img', 'div', 'span', 'table', 'tr', 'td', 'h1', 'ul', 'li', 'svg', 'math', 'style', 'noscript', 'template', 'select', 'textarea', 'form', 'figure', 'pre');
  const attribute = fc.constantFrom(
    ' href="/x"', ' href="javascript:x()"', ' src="/p.png"', ' src="https://p.example/pixel.gif"', ' width="1"', ' width="640" height="480"', ' onclick="x()"',
    ' style="display:none"', ' title="t"', ' lang="en"', ' srcset="/a.png 2x"', ' hidden', '',
  );
  const tag = fc.oneof(
    fc.tuple(element, attribute, attribute).map(([name, one, two]) => `<${name}${one}${two}>`),
    element.map(name => `</${name}>`),
    word,
    fc.constantFrom('<!--', '-->', '<![CDATA[', ']]>', '&lt;b&gt;', '&amp;', ' ', '<?x>', '<', '>', '"'),
  );
  const html = fc.array(tag, { maxLength: 24 }).map(pieces => pieces.join(''));

  for (const engine of ['sanitizer-api', 'dompurify'] as const) {
    it(`through ${engine === 'sanitizer-api' ? 'the Sanitizer API' : 'DOMPurify'}: sanitizing its own output again changes nothing`, async () => {
      const { sanitizeArticleHtml } = await import('../../src/elements/news-article/article-body.js');
      const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
      if (engine === 'dompurify') delete (Element.prototype as { setHTML?: unknown }).setHTML;
      try {
        await fc.assert(
          fc.asyncProperty(html, async markup => {
            const once = (await sanitizeArticleHtml(markup, { base: 'https://fuzz.example/story' })).innerHTML;
            const twice = (await sanitizeArticleHtml(once, { base: 'https://fuzz.example/story' })).innerHTML;
            expect(twice).toBe(once);
          }),
          { ...options, numRuns: Math.min(runs, 2000) },
        );
      } finally {
        if (setHTML) Object.defineProperty(Element.prototype, 'setHTML', setHTML);
      }
    }, TIMEOUT);
  }
});

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by `npm run fuzz`: the seed and the cases per property; absent in `npm test`. */
    fuzz?: { seed: number; runs: number };
  }
}
