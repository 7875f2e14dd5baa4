import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import type { FeedItem } from '../../src/data/types.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import { freezeClock, mount, startWorker, until, untilState } from './support.js';

// A list of several sources: merged, each story once with its source, one failing source among good ones, OPML,
// the filters, "More stories" and the carousel's keys. Each sentence is one line of the contract.

const { worker, requests } = startWorker(url => url.pathname.startsWith('/sources/'));

interface AxeResult {
  violations: { id: string; help: string }[];
}
const axe = (globalThis as unknown as { axe: { run(context: Element, options?: object): Promise<AxeResult> } }).axe;

const NOW = new Date('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();

interface Story {
  id: string;
  title: string;
  url?: string;
  summary?: string;
  category?: string;
  published: string;
}

function jsonFeed(title: string, stories: Story[], language = 'en'): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    language,
    items: stories.map(story => ({ id: story.id, title: story.title, url: story.url ?? `https://${title.toLowerCase().replace(/\W+/g, '')}.example/${story.id}`, summary: story.summary ?? '', date_published: story.published, _news: story.category ? { category: story.category } : undefined })),
  };
}

function rssFeed(title: string, stories: Story[]): string {
  const items = stories
    .map(story => `<item><guid>${story.id}</guid><title>${story.title}</title><link>${story.url ?? `https://rss.example/${story.id}`}</link><description>${story.summary ?? ''}</description><pubDate>${new Date(story.published).toUTCString()}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${title}</title><link>https://rss.example/</link>${items}</channel></rss>`;
}

const answer = (path: string, body: object | string, status = 200) =>
  http.get(path, () => (typeof body === 'string' ? new HttpResponse(body, { status, headers: { 'content-type': status === 200 ? 'application/rss+xml' : 'text/plain' } }) : HttpResponse.json(body)));

function titles(list: Element): string[] {
  return [...list.shadowRoot!.querySelectorAll('[part="title"]')].map(title => title.textContent!);
}

function parts(list: Element, part: string): string[] {
  return [...list.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map(node => node.textContent!);
}

let pageClient: NewsClient;
let thaw: (() => void) | null = null;

beforeEach(() => {
  pageClient = getClient();
  setClient(new NewsClient({ retries: 0 }));
});

afterEach(() => {
  setClient(pageClient);
  thaw?.();
  thaw = null;
});

/** Two JSON Feeds and an RSS feed; the South feed lists the North feed's bridge story again, under another id. */
function serveThreeSources(): void {
  worker.use(
    answer('/sources/north.json', jsonFeed('North Post', [
      { id: 'n1', title: 'Bridge opens to traffic', url: 'https://north.example/bridge', published: ago(5) },
      { id: 'n2', title: 'Library extends its hours', published: ago(1) },
    ])),
    answer('/sources/south.json', jsonFeed('South Herald', [
      { id: 's1', title: 'Harbour festival begins', published: ago(3) },
      { id: 's2', title: 'Bridge opens to traffic', url: 'https://south.example/copy-of-bridge', published: ago(4) },
    ])),
    answer('/sources/east.xml', rssFeed('East Courier', [{ id: 'e1', title: 'Snow closes the pass', published: ago(2) }])),
  );
}

const THREE = '/sources/north.json /sources/south.json /sources/east.xml';

describe('<news-list> of several sources', () => {
  it('merges two JSON Feeds and an RSS feed newest first, shows a story two sources list once, and names each source', async () => {
    serveThreeSources();
    const list = mount('news-list', { src: THREE });
    await untilState(list, 'ready');
    expect(titles(list)).to.deep.equal(['Library extends its hours', 'Snow closes the pass', 'Harbour festival begins', 'Bridge opens to traffic']);
    expect(parts(list, 'source')).to.deep.equal(['North Post', 'East Courier', 'South Herald', 'North Post']);
  });

  it('tells each story its source in news-load and news-select', async () => {
    serveThreeSources();
    const list = mount('news-list', { src: THREE });
    const loaded = new Promise<FeedItem[]>(resolve => list.addEventListener('news-load', event => resolve((event as CustomEvent<{ items: FeedItem[] }>).detail.items), { once: true }));
    const items = await loaded;
    expect(items.map(item => item.source?.title)).to.have.members(['North Post', 'North Post', 'South Herald', 'East Courier']);
    expect(items.find(item => item.title === 'Snow closes the pass')!.source!.url).to.equal(new URL('/sources/east.xml', location.href).href);
  });

  it('shows the other sources when one answers 500, fires news-error for that one, and stays ready', async () => {
    serveThreeSources();
    worker.use(answer('/sources/south.json', 'Internal Server Error', 500));
    const list = mount('news-list', { src: THREE });
    const errors: Error[] = [];
    list.addEventListener('news-error', event => errors.push((event as CustomEvent<{ error: Error }>).detail.error));
    await untilState(list, 'ready');
    await until(list, () => errors.length > 0, () => 'expected a news-error for the failing source');
    expect(titles(list)).to.deep.equal(['Library extends its hours', 'Snow closes the pass', 'Bridge opens to traffic']);
    expect(errors).to.have.length(1);
    expect(errors[0].message).to.contain('500');
    expect(list.hasAttribute('stale')).to.equal(false);
  });

  it('is in error, with its retry button, only when every source failed', async () => {
    worker.use(answer('/sources/north.json', 'Bad Gateway', 502), answer('/sources/south.json', 'Internal Server Error', 500), answer('/sources/east.xml', 'Not Found', 404));
    const list = mount('news-list', { src: THREE });
    await untilState(list, 'error');
    expect(list.shadowRoot!.querySelector('[part="retry"]')).to.not.equal(null);
  });

  it('reads an OPML document with three outlines as three sources', async () => {
    serveThreeSources();
    worker.use(
      http.get('/sources/regions.opml', () =>
        new HttpResponse(
          `<?xml version="1.0"?><opml version="2.0"><head><title>Regions</title></head><body>
            <outline text="North" xmlUrl="/sources/north.json"/>
            <outline text="Coast"><outline text="South" xmlUrl="/sources/south.json"/></outline>
            <outline text="East" xmlUrl="/sources/east.xml"/></body></opml>`,
          { headers: { 'content-type': 'text/x-opml' } },
        ),
      ),
    );
    const list = mount('news-list', { src: '/sources/regions.opml' });
    await untilState(list, 'ready');
    expect(titles(list)).to.deep.equal(['Library extends its hours', 'Snow closes the pass', 'Harbour festival begins', 'Bridge opens to traffic']);
    // The names the OPML document gives its sources are the names shown.
    expect(parts(list, 'source')).to.deep.equal(['North', 'East', 'South', 'North']);
  });

  it('keeps the feed order with sort="feed", and one source keeps its feed order and shows no source names', async () => {
    serveThreeSources();
    const sorted = mount('news-list', { src: THREE, sort: 'feed' });
    const single = mount('news-list', { src: '/sources/south.json' });
    await Promise.all([untilState(sorted, 'ready'), untilState(single, 'ready')]);
    expect(titles(sorted)).to.deep.equal(['Bridge opens to traffic', 'Library extends its hours', 'Harbour festival begins', 'Snow closes the pass']);
    expect(titles(single)).to.deep.equal(['Harbour festival begins', 'Bridge opens to traffic']);
    expect(parts(single, 'source')).to.deep.equal([]);
    const newest = mount('news-list', { src: '/sources/south.json', sort: 'newest' });
    await untilState(newest, 'ready');
    expect(titles(newest)).to.deep.equal(['Harbour festival begins', 'Bridge opens to traffic']);
  });

  it('makes one request per source for twenty lists over the same three sources', async () => {
    serveThreeSources();
    const lists = Array.from({ length: 20 }, (_, index) => mount(index % 2 ? 'related-news' : 'news-list', { src: THREE, min: '1', exclude: 'https://none.example/' }));
    await Promise.all(lists.map(list => untilState(list, 'ready')));
    expect(requests.map(url => url.pathname).sort()).to.deep.equal(['/sources/east.xml', '/sources/north.json', '/sources/south.json']);
  });
});

describe('<news-list> filters', () => {
  function serveWords(): void {
    worker.use(
      answer('/sources/words.json', jsonFeed('Words', [
        { id: 'w1', title: 'Football final tonight', category: 'Sport', published: ago(1) },
        { id: 'w2', title: 'Football betting grows', category: 'Sport', published: ago(2) },
        { id: 'w3', title: 'Выборы в городском совете', category: 'Политика', published: ago(3) },
        { id: 'w4', title: 'Новый парк', summary: 'Ёлки высадили у реки', category: 'Город', published: ago(4) },
        { id: 'w5', title: 'Oʻzbekiston terma jamoasi gʻalaba qozondi', category: 'Sport', published: ago(5) },
        { id: 'w6', title: "Toshkentda ta'lim forumi", category: 'Taʼlim', published: ago(50) },
      ], 'ru')),
    );
  }

  const cases: [string, Record<string, string>, string[]][] = [
    ['keywords keeps stories holding one of the words, as whole words', { keywords: 'football, pass' }, ['w1', 'w2']],
    ['a Russian keyword finds its word whatever its case and ё', { keywords: 'ЕЛКИ' }, ['w4']],
    ['an Uzbek keyword finds its word whatever apostrophe it is typed with', { keywords: "o'zbekiston" }, ['w5']],
    ['block-keywords drops stories holding one of the words', { 'block-keywords': 'betting, выборы' }, ['w1', 'w4', 'w5', 'w6']],
    ['category keeps the listed categories only', { category: 'sport, город' }, ['w1', 'w2', 'w4', 'w5']],
    ['max-age drops stories older than that many hours', { 'max-age': '48' }, ['w1', 'w2', 'w3', 'w4', 'w5']],
    ['the filters combine, and limit counts what they left', { keywords: 'football, gʻalaba, ta‘lim', 'block-keywords': 'betting', category: 'Sport, Ta’lim', 'max-age': '48', limit: '1' }, ['w1']],
    ['with limit the filters still keep the stories they keep', { keywords: 'football, gʻalaba, ta‘lim', 'block-keywords': 'betting', category: 'Sport, Ta’lim', 'max-age': '48' }, ['w1', 'w5']],
  ];

  for (const [sentence, attributes, ids] of cases) {
    it(sentence, async () => {
      thaw = freezeClock(NOW);
      serveWords();
      const list = mount('news-list', { src: '/sources/words.json', ...attributes });
      await untilState(list, 'ready');
      const shown = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')].map(item => `w${Number(item.dataset.index) + 1}`);
      expect(titles(list)).to.have.length(ids.length);
      expect(shown).to.have.length(ids.length);
      const expected = ids.map(id => ({ w1: 'Football final tonight', w2: 'Football betting grows', w3: 'Выборы в городском совете', w4: 'Новый парк', w5: 'Oʻzbekiston terma jamoasi gʻalaba qozondi', w6: "Toshkentda ta'lim forumi" })[id]);
      expect(titles(list)).to.deep.equal(expected);
    });
  }

  it('keeps a story exactly max-age hours old and drops one a second older (frozen clock)', async () => {
    thaw = freezeClock(NOW);
    worker.use(answer('/sources/age.json', jsonFeed('Age', [
      { id: 'a1', title: 'Exactly two days old', published: ago(48) },
      { id: 'a2', title: 'Two days and a second', published: new Date(NOW.getTime() - 48 * HOUR - 1000).toISOString() },
    ])));
    const list = mount('news-list', { src: '/sources/age.json', 'max-age': '48' });
    await untilState(list, 'ready');
    expect(titles(list)).to.deep.equal(['Exactly two days old']);
  });

  it('is empty when the filters keep nothing', async () => {
    serveWords();
    const list = mount('news-list', { src: '/sources/words.json', keywords: 'volcano' });
    await untilState(list, 'empty');
  });

  it('chooses again when a filter changes, without a request', async () => {
    serveWords();
    const list = mount('news-list', { src: '/sources/words.json' });
    await untilState(list, 'ready');
    const before = requests.length;
    list.setAttribute('keywords', 'парк');
    await until(list, () => titles(list).length === 1, () => `expected one story, saw ${titles(list).join(' | ')}`);
    expect(titles(list)).to.deep.equal(['Новый парк']);
    expect(requests.length).to.equal(before);
  });
});

describe('<news-list more>', () => {
  function serveMany(count: number): void {
    worker.use(answer('/sources/many.json', jsonFeed('Many', Array.from({ length: count }, (_, index) => ({ id: `m${index}`, title: `Story number ${index}`, published: ago(index) })))));
  }

  it('shows the next limit stories without a request, focuses the first it added, announces how many, and goes when none are left', async () => {
    serveMany(7);
    const list = mount('news-list', { src: '/sources/many.json', limit: '3', more: '' });
    await untilState(list, 'ready');
    const root = list.shadowRoot!;
    expect(titles(list)).to.have.length(3);
    // The first stories are no news to announce.
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('');
    const before = requests.length;
    root.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await until(list, () => titles(list).length === 6, () => `expected six stories, saw ${titles(list).length}`);
    await until(list, () => root.activeElement?.textContent === 'Story number 3', () => `expected the focus on the fourth story, it is on ${root.activeElement?.textContent}`);
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('3 more stories shown');
    root.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await until(list, () => titles(list).length === 7, () => `expected seven stories, saw ${titles(list).length}`);
    await until(list, () => root.activeElement?.textContent === 'Story number 6', () => 'expected the focus on the seventh story');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('1 more story shown');
    expect(root.querySelector('[part="more"]')).to.equal(null);
    expect(requests.length).to.equal(before);
  });

  it('speaks the list’s language: Russian and Uzbek', async () => {
    serveMany(4);
    const russian = mount('news-list', { src: '/sources/many.json', limit: '2', more: '', lang: 'ru' });
    const uzbek = mount('news-list', { src: '/sources/many.json', limit: '3', more: '', lang: 'uz' });
    await Promise.all([untilState(russian, 'ready'), untilState(uzbek, 'ready')]);
    expect(russian.shadowRoot!.querySelector('[part="more"]')!.textContent).to.equal('Ещё новости');
    expect(uzbek.shadowRoot!.querySelector('[part="more"]')!.textContent).to.equal('Yana yangiliklar');
    russian.shadowRoot!.querySelector<HTMLButtonElement>('[part="more"]')!.click();
    await until(russian, () => titles(russian).length === 4, () => 'expected four stories');
    expect(russian.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Показано ещё 2 новости');
  });

  it('shows no button without more, nor when every story is shown', async () => {
    serveMany(3);
    const without = mount('news-list', { src: '/sources/many.json', limit: '2' });
    const all = mount('news-list', { src: '/sources/many.json', limit: '3', more: '' });
    await Promise.all([untilState(without, 'ready'), untilState(all, 'ready')]);
    expect(without.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    expect(all.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
  });
});

describe('<news-list layout="carousel">', () => {
  it('steps from card to card with the arrow keys, to the ends with Home and End, and never moves on its own', async () => {
    worker.use(answer('/sources/cards.json', jsonFeed('Cards', Array.from({ length: 6 }, (_, index) => ({ id: `c${index}`, title: `Card ${index}`, published: ago(index) })))));
    const list = mount('news-list', { src: '/sources/cards.json', layout: 'carousel' });
    list.style.width = '320px';
    await untilState(list, 'ready');
    const root = list.shadowRoot!;
    const row = root.querySelector<HTMLElement>('.items.carousel')!;
    expect(getComputedStyle(row).scrollSnapType).to.contain('x');
    expect(row.scrollWidth).to.be.greaterThan(row.clientWidth);
    root.querySelector<HTMLElement>('.link')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root.activeElement?.textContent).to.equal('Card 1');
    await sendKeys({ press: 'End' });
    expect(root.activeElement?.textContent).to.equal('Card 5');
    await sendKeys({ press: 'ArrowLeft' });
    expect(root.activeElement?.textContent).to.equal('Card 4');
    await sendKeys({ press: 'Home' });
    expect(root.activeElement?.textContent).to.equal('Card 0');
    // Tab reaches every card: each is a link named by its title.
    expect([...root.querySelectorAll('.carousel .link')].map(link => link.textContent)).to.deep.equal(['Card 0', 'Card 1', 'Card 2', 'Card 3', 'Card 4', 'Card 5']);
    expect(row.getAnimations({ subtree: true })).to.have.length(0);
  });

  it('turns a page with the next and previous buttons, named for screen readers', async () => {
    worker.use(answer('/sources/cards.json', jsonFeed('Cards', Array.from({ length: 6 }, (_, index) => ({ id: `c${index}`, title: `Card ${index}`, published: ago(index) })))));
    const list = mount('news-list', { src: '/sources/cards.json', layout: 'carousel' });
    list.style.width = '320px';
    await untilState(list, 'ready');
    const root = list.shadowRoot!;
    const row = root.querySelector<HTMLElement>('.items.carousel')!;
    const next = root.querySelector<HTMLButtonElement>('[part="next"]')!;
    expect(next.textContent!.trim()).to.equal('Next stories');
    expect(root.querySelector('[part="previous"]')!.textContent!.trim()).to.equal('Previous stories');
    const scrolled = new Promise(resolve => row.addEventListener('scrollend', resolve, { once: true }));
    next.click();
    await scrolled;
    expect(row.scrollLeft).to.be.greaterThan(0);
    const { violations } = await axe.run(list, { resultTypes: ['violations'] });
    expect(violations.map(violation => violation.id)).to.deep.equal([]);
  });
});
