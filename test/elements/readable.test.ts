import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Language } from '../../src/i18n/index.js';
import { longestWeather, longWordsArticle, longWordsFeed } from '../../stories/fixtures/long-words.js';
import '../../src/elements/news-article/define.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import '../../src/elements/weather-badge/define.js';
import { PICTURE } from './list-fixtures.js';
import { measureReadability, READABILITY_KINDS, type Readability, type ReadabilityKind } from './readability.js';
import { nextFrames, startWorker, untilState } from './support.js';

// Every word readable, on every screen, in every language: each element in each of its layouts and its error state
// is drawn in en, ru and uz with the longest words those languages bring, at phone, tablet and desktop widths and in
// a 240 px column, light and dark, and measured from inside its shadow root (readability.ts). Every count is 0.

const { worker } = startWorker(() => false);

interface Case {
  name: string;
  tag: keyof HTMLElementTagNameMap;
  attributes: Record<string, string>;
  state: 'ready' | 'error';
}

const FEEDS = '/readable/';
const BROKEN = '/readable/broken.json';

const cases: Case[] = [
  ...(['list', 'grid', 'compact', 'ticker', 'magazine', 'carousel'] as const).map((layout): Case => ({ name: `news-list ${layout}`, tag: 'news-list', attributes: { layout, limit: '6' }, state: 'ready' })),
  { name: 'news-list more', tag: 'news-list', attributes: { limit: '3', more: '' }, state: 'ready' },
  ...(['list', 'grid'] as const).map((layout): Case => ({ name: `related-news ${layout}`, tag: 'related-news', attributes: { layout }, state: 'ready' })),
  { name: 'news-article', tag: 'news-article', attributes: {}, state: 'ready' },
  { name: 'weather-badge compact', tag: 'weather-badge', attributes: { latitude: '41.31', longitude: '69.28' }, state: 'ready' },
  { name: 'weather-badge card', tag: 'weather-badge', attributes: { latitude: '41.31', longitude: '69.28', layout: 'card', label: 'Toshkent' }, state: 'ready' },
  { name: 'news-list error', tag: 'news-list', attributes: { src: BROKEN }, state: 'error' },
  { name: 'related-news error', tag: 'related-news', attributes: { src: BROKEN }, state: 'error' },
  { name: 'news-article error', tag: 'news-article', attributes: { src: BROKEN }, state: 'error' },
  { name: 'weather-badge compact error', tag: 'weather-badge', attributes: { latitude: '1.5', longitude: '2.5' }, state: 'error' },
  { name: 'weather-badge card error', tag: 'weather-badge', attributes: { latitude: '1.5', longitude: '2.5', layout: 'card', label: 'Toshkent' }, state: 'error' },
];


/** Screens: a phone, a large phone, a tablet, a desktop, and a 240 px side column of a desktop page. */
const screens = [
  { name: '320 px', width: 320 },
  { name: '390 px', width: 390 },
  { name: '768 px', width: 768 },
  { name: '1280 px', width: 1280 },
  { name: '240 px column', width: 1280, column: 240 },
];

const languages: Language[] = ['en', 'ru', 'uz'];

// The ticker's window shows part of its line at a time by design: every headline passes through it. The carousel's
// row too: every card is a scroll, a swipe, an arrow key or a button away.
const scrollers = ['.viewport', '.frame:has(.ticker)', '.items.carousel'];

/** The widest min-content width of each case over the languages. */
const narrowest = new Map<string, number>();

/** Counts of every case and kind over all screens, languages and themes, with the first few findings. */
const tally = new Map<string, { count: number; examples: string[] }>();

function record(name: string, where: string, found: Readability | { pageWider: string[] }): void {
  for (const [kind, lines] of Object.entries(found)) {
    const key = `${name}|${kind}`;
    const entry = tally.get(key) ?? { count: 0, examples: [] };
    entry.count += lines.length;
    for (const line of lines) if (entry.examples.length < 3) entry.examples.push(`${where}: ${line}`);
    tally.set(key, entry);
  }
}

function answerEverything(language: Language): void {
  worker.use(
    http.get(BROKEN, () => new HttpResponse('Internal Server Error', { status: 500 })),
    http.get(`${FEEDS}:language/feed.json`, ({ params }) => HttpResponse.json(longWordsFeed(params.language as Language, 6, PICTURE))),
    http.get(`${FEEDS}:language/article.json`, ({ params }) => HttpResponse.json(longWordsArticle(params.language as Language, PICTURE))),
    http.get('https://api.open-meteo.com/v1/forecast', ({ request }) =>
      new URL(request.url).searchParams.get('latitude') === '1.5' ? new HttpResponse('Bad Gateway', { status: 502 }) : HttpResponse.json(longestWeather(language)),
    ),
  );
}

/** Draws every case in `language` on one page, each in a section of its own, and waits until each has settled. */
async function drawAll(language: Language, { column, narrowest }: { column?: number; narrowest?: boolean } = {}): Promise<{ page: HTMLElement; widgets: [Case, HTMLElement][] }> {
  const page = document.createElement('main');
  page.lang = language;
  const widgets = cases.map((entry): [Case, HTMLElement] => {
    // Laid out as news sites lay out a column: a grid track as wide as the room it has, never narrower than its
    // content, so a widget wider than the window makes the page scroll sideways, as it would there.
    const section = document.createElement('section');
    section.style.marginBlock = '24px';
    section.style.display = 'grid';
    section.style.gridTemplateColumns = '1fr';
    if (column) section.style.width = `${column}px`;
    // As narrow as the widget can be: its min-content width.
    if (narrowest) section.style.width = 'min-content';
    const widget = document.createElement(entry.tag);
    const src = entry.tag === 'news-article' ? `${FEEDS}${language}/article.json` : entry.tag === 'weather-badge' ? null : `${FEEDS}${language}/feed.json`;
    for (const [name, value] of Object.entries({ ...(src ? { src } : {}), ...entry.attributes })) widget.setAttribute(name, value);
    section.append(widget);
    page.append(section);
    return [entry, widget];
  });
  document.body.append(page);
  await Promise.all(widgets.map(([entry, widget]) => untilState(widget, entry.state, 20_000)));
  // Pictures in view are drawn before measuring; lazy ones far below never load, and their boxes do not wait for them.
  const inView = widgets.flatMap(([, widget]) => [...widget.shadowRoot!.querySelectorAll('img')].filter(image => image.getBoundingClientRect().top < innerHeight));
  await Promise.all(inView.map(image => image.decode().catch(() => {})));
  await document.fonts.ready;
  return { page, widgets };
}

describe('every word readable', function () {
  this.timeout(120_000);

  after(async () => {
    await setViewport({ width: 800, height: 600 });
    const rows = [...cases.map(entry => entry.name), 'page'].map(name => [name, ...READABILITY_KINDS.map(kind => tally.get(`${name}|${kind}`)?.count ?? 0), tally.get(`${name}|pageWider`)?.count ?? 0, narrowest.get(name) ?? '']);
    // eslint-disable-next-line no-console -- the counts are the report this check exists to give
    console.log(
      `readability counts over ${screens.length} screens x ${languages.length} languages x 2 themes\n` +
        ['case', ...READABILITY_KINDS, 'pageWider', 'narrowest px'].join('\t') +
        '\n' +
        rows.map(row => row.join('\t')).join('\n') +
        '\n' +
        [...tally.entries()]
          .filter(([, entry]) => entry.count > 0)
          .map(([key, entry]) => `${key}:\n  ${entry.examples.join('\n  ')}`)
          .join('\n'),
    );
  });

  for (const language of languages) {
    it(`fits every element of ${language} on a 320 px phone: at its narrowest it is at most 288 px wide`, async () => {
      await setViewport({ width: 1280, height: 900 });
      answerEverything(language);
      const { page, widgets } = await drawAll(language, { narrowest: true });
      const tooWide: string[] = [];
      try {
        for (const [entry, widget] of widgets) {
          const width = Math.ceil(widget.getBoundingClientRect().width);
          narrowest.set(entry.name, Math.max(width, narrowest.get(entry.name) ?? 0));
          if (width > 288) tooWide.push(`${entry.name}: ${width} px`);
        }
      } finally {
        page.remove();
      }
      expect(tooWide, `narrowest widths in ${language}`).to.deep.equal([]);
    });
  }

  for (const screen of screens) {
    for (const language of languages) {
      it(`shows every word of every element whole in ${language} on a ${screen.name} screen, light and dark`, async () => {
        await setViewport({ width: screen.width, height: 900 });
        answerEverything(language);
        const { page, widgets } = await drawAll(language, { column: screen.column });
        const failures: string[] = [];
        try {
          for (const theme of ['light', 'dark']) {
            for (const [, widget] of widgets) widget.setAttribute('theme', theme);
            await nextFrames();
            const where = `${language}, ${screen.name}, ${theme}`;
            for (const [entry, widget] of widgets) {
              const found = measureReadability(widget, { scrollers });
              record(entry.name, where, found);
              for (const kind of READABILITY_KINDS) for (const line of found[kind as ReadabilityKind]) failures.push(`${entry.name} ${kind} (${where}): ${line}`);
            }
            // The page scrolls sideways when anything on it is wider than the window.
            const wider = document.documentElement.scrollWidth > document.documentElement.clientWidth;
            record('page', where, { pageWider: wider ? [`${document.documentElement.scrollWidth} px in a ${document.documentElement.clientWidth} px window`] : [] });
            if (wider) failures.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${document.documentElement.clientWidth} px window (${where})`);
          }
        } finally {
          page.remove();
        }
        expect(failures.length, `${failures.length} words not readable:\n${failures.slice(0, 12).join('\n')}`).to.equal(0);
      });
    }
  }
});
