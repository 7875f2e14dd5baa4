import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-list/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { jsonFeed, mount, roundTrip, startWorker, until, untilState } from './support.js';

const FEED = '/test-feeds/main.json';

const { worker, requests } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

afterEach(() => {
  document.documentElement.lang = '';
});

function mountList(attributes: Record<string, string>, parent?: HTMLElement): NewsList {
  return mount('news-list', attributes, parent);
}

function shadowText(list: NewsList, selector: string): string[] {
  return [...list.shadowRoot!.querySelectorAll(selector)].map(node => node.textContent!.trim());
}

describe('<news-list>', () => {
  it('shows loading, then the headlines of the feed as links', async () => {
    server200(['Night trams return', 'Bakers share an oven']);
    const list = mountList({ src: FEED });
    await list.updateComplete;
    expect(list.getAttribute('state')).to.equal('loading');
    expect(list.shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
    await untilState(list, 'ready');
    const links = [...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    expect(links.map(link => link.textContent)).to.deep.equal(['Night trams return', 'Bakers share an oven']);
    expect(links[1].href).to.equal('https://news.example/1');
  });

  it('reads an RSS feed in windows-1251, with a default namespace, through the feed parser', async () => {
    // Cyrillic А..я are 0xC0..0xFF in windows-1251.
    const cp1251 = (text: string) => Uint8Array.from(text, char => (char >= 'А' && char <= 'я' ? char.charCodeAt(0) - 0x410 + 0xc0 : char.charCodeAt(0)));
    const rss = `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0" xmlns="http://backend.userland.com/rss2"><channel><title>Лента</title>
<item><title>Трамваи вернулись</title><link>/news/1</link></item>
<item><title>Пекари</title><link>https://news.example/2</link></item></channel></rss>`;
    worker.use(http.get('/test-feeds/legacy.xml', () => new HttpResponse(cp1251(rss), { headers: { 'content-type': 'application/rss+xml' } })));
    const list = mountList({ src: '/test-feeds/legacy.xml' });
    await untilState(list, 'ready');
    const links = [...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
    expect(links.map(link => link.textContent)).to.deep.equal(['Трамваи вернулись', 'Пекари']);
    expect(links[0].href).to.equal(new URL('/news/1', location.href).href);
  });

  it('insists on the format it is given: format="atom" for an RSS feed is an error', async () => {
    worker.use(http.get(FEED, () => HttpResponse.text('<rss version="2.0"><channel><item><title>A</title></item></channel></rss>', { headers: { 'content-type': 'application/xml' } })));
    const list = mountList({ src: FEED, format: 'atom' });
    await untilState(list, 'error');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['The news source sent something that is not a news feed.']);
  });

  it('shows a story without a link as plain text, not as a link that goes nowhere', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'No link here' }] })));
    const list = mountList({ src: FEED });
    await untilState(list, 'ready');
    expect(list.shadowRoot!.querySelector('a')).to.equal(null);
    expect(shadowText(list, '[part="title"]')).to.deep.equal(['No link here']);
  });

  it('renders markup in titles as text', async () => {
    server200(['<img src=x onerror="window.__owned = true">Headline']);
    const list = mountList({ src: FEED });
    await untilState(list, 'ready');
    expect(list.shadowRoot!.querySelector('img')).to.equal(null);
    expect(shadowText(list, 'a')[0]).to.equal('<img src=x onerror="window.__owned = true">Headline');
    expect((window as unknown as { __owned?: boolean }).__owned).to.equal(undefined);
  });

  it('shows at most limit headlines, the default for junk limits, and the nearest bound for limits beyond the range', async () => {
    server200(Array.from({ length: 14 }, (_, index) => `Story ${index}`));
    const three = mountList({ src: FEED, limit: '3' });
    const junk = mountList({ src: FEED, limit: 'ten' });
    const below = mountList({ src: FEED, limit: '-2' });
    await Promise.all([untilState(three, 'ready'), untilState(junk, 'ready'), untilState(below, 'ready')]);
    expect(shadowText(three, 'li')).to.deep.equal(['Story 0', 'Story 1', 'Story 2']);
    expect(shadowText(junk, 'li')).to.have.length(10);
    expect(shadowText(below, 'li')).to.deep.equal(['Story 0']);
  });

  it('is empty, with a message, when the feed has no items', async () => {
    server200([]);
    const list = mountList({ src: FEED });
    await untilState(list, 'empty');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['No stories yet.']);
  });

  it('fires news-load with the parsed feed', async () => {
    server200(['One']);
    const list = mountList({ src: FEED });
    const event = await new Promise<CustomEvent>(resolve => list.addEventListener('news-load', resolve as EventListener, { once: true }));
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.items[0].title).to.equal('One');
  });

  it('shows a localized error and fires news-error on HTTP 500, without the status line', async () => {
    worker.use(http.get(FEED, () => new HttpResponse('Internal Server Error', { status: 500 })));
    const list = mountList({ src: FEED });
    const event = await new Promise<CustomEvent>(resolve => list.addEventListener('news-error', resolve as EventListener, { once: true }));
    await untilState(list, 'error');
    expect(event.detail.error.kind).to.equal('http');
    expect(event.detail.error.status).to.equal(500);
    const text = list.shadowRoot!.textContent!;
    expect(text).to.contain('The news source is not available right now.');
    expect(text).not.to.contain('500');
    expect(list.shadowRoot!.querySelector('[part="retry"]')!.textContent).to.equal('Try again');
  });

  it('shows a parse error for malformed JSON', async () => {
    worker.use(http.get(FEED, () => HttpResponse.text('{"version": "https://jsonfeed.org/version/1.1", "items": [', { headers: { 'content-type': 'application/json' } })));
    const list = mountList({ src: FEED });
    await untilState(list, 'error');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['The news source sent something that is not a news feed.']);
  });

  it('recovers when retry is pressed after the source recovers', async () => {
    server200(['Back again']);
    // Handlers added later take precedence, so the one-off failure goes last.
    worker.use(http.get(FEED, () => new HttpResponse(null, { status: 503 }), { once: true }));
    const list = mountList({ src: FEED });
    await untilState(list, 'error');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await untilState(list, 'ready');
    expect(shadowText(list, 'a')).to.deep.equal(['Back again']);
    expect(requests).to.have.length(2);
  });

  it('speaks the language of the nearest [lang] ancestor, and follows a change of its own lang', async () => {
    worker.use(http.get(FEED, () => new HttpResponse(null, { status: 404 })));
    const section = document.createElement('section');
    section.lang = 'ru-RU';
    const list = mountList({ src: FEED }, section);
    await untilState(list, 'error');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['Источник новостей сейчас недоступен.']);
    list.setAttribute('lang', 'uz');
    // The Uzbek table may still be on its way; the element shows its skeleton until it arrives.
    await list.updateComplete;
    await untilState(list, 'error');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['Yangiliklar manbasi hozir mavjud emas.']);
    expect(shadowText(list, '[part="retry"]')).to.deep.equal(['Qayta urinish']);
  });

  it('falls back to English for a language it does not ship', async () => {
    document.documentElement.lang = 'fr';
    server200([]);
    const list = mountList({ src: FEED });
    await untilState(list, 'empty');
    expect(shadowText(list, '[part="message"]')).to.deep.equal(['No stories yet.']);
  });

  it('is a config error, with no request and no retry button, without a usable src', async () => {
    for (const src of ['', 'javascript:alert(1)']) {
      const list = mountList(src ? { src } : {});
      await untilState(list, 'error');
      expect(shadowText(list, '[part="message"]')).to.deep.equal(['This widget is not set up correctly.']);
      expect(list.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
    }
    expect(requests).to.have.length(0);
  });

  it('does not report an error when removed while loading, and loads when put back', async () => {
    let answer!: () => void;
    const answered = new Promise<void>(resolve => (answer = resolve));
    worker.use(http.get(FEED, async () => {
      await answered;
      return HttpResponse.json(jsonFeed(['Late']));
    }));
    const errors: Event[] = [];
    const list = mountList({ src: FEED });
    list.addEventListener('news-error', event => errors.push(event));
    await list.updateComplete;
    await until(list, () => requests.length === 1, () => 'expected the request');
    list.remove();
    // The aborted request has failed by the time a later one is answered.
    await roundTrip();
    expect(list.getAttribute('state')).to.equal('loading');
    document.body.append(list);
    answer();
    await untilState(list, 'ready');
    expect(errors).to.have.length(0);
    expect(shadowText(list, 'a')).to.deep.equal(['Late']);
  });

  it('loads a new feed when src changes', async () => {
    server200(['First']);
    worker.use(http.get('/test-feeds/other.json', () => HttpResponse.json(jsonFeed(['Second']))));
    const list = mountList({ src: FEED });
    await untilState(list, 'ready');
    list.src = '/test-feeds/other.json';
    await list.updateComplete;
    expect(list.getAttribute('state')).to.equal('loading');
    await new Promise<void>(resolve => list.addEventListener('news-load', () => resolve(), { once: true }));
    await list.updateComplete;
    expect(shadowText(list, 'a')).to.deep.equal(['Second']);
  });
});

function server200(titles: string[]): void {
  worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(titles))));
}
