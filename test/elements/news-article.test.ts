import { expect } from '@esm-bundle/chai';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupWorker } from 'msw/browser';
import type { FeedItem } from '../../src/data/types.js';
import { checkDay } from '../../src/elements/shared/clock.js';
import { mountArticle, part, partText, untilState, xml } from './article-fixtures.js';
import { freezeClock, roundTrip, untilObserved } from './support.js';

/** 23:47 yesterday on the reader's clock, the seed page's time. */
function yesterdayAt2347(): Date {
  const date = new Date();
  date.setDate(date.getDate() - 1);
  date.setHours(23, 47, 0, 0);
  return date;
}

const BODY = `
  <p>The first paragraph, with <a href="/world/related">a relative link</a> and <em>emphasis</em>.</p>
  <h2>What changes</h2>
  <ul><li>Night trams every twenty minutes</li><li>Heated shelters</li><li>New low-floor cars</li></ul>
  <figure><img src="/images/shelter.png" width="1200" height="800" alt="A shelter"><figcaption>A new shelter.</figcaption></figure>
  <h1>A publisher's h1</h1>
  <div class="wp-block-group"><p>Wrapped in a div.</p></div>
  <p>&nbsp;</p>`;

function seedItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '131',
    url: 'https://news.example/world/2026/river-line',
    title: 'River line reopens after two years',
    content_html: BODY,
    image: 'https://news.example/images/lead.png',
    date_published: yesterdayAt2347().toISOString(),
    authors: [{ name: 'Dilnoza Karimova' }],
    _news: { category: 'World', views: 131 },
    ...overrides,
  };
}

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), c => c.charCodeAt(0));

const WIDE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"><rect width="800" height="400" fill="#8ab"/></svg>';

const worker = setupWorker(
  http.get('https://news.example/images/wide.svg', () => new HttpResponse(WIDE_SVG, { headers: { 'content-type': 'image/svg+xml' } })),
  http.get('https://news.example/images/*', () => new HttpResponse(PNG, { headers: { 'content-type': 'image/png' } })),
);
let requests = 0;
worker.events.on('request:start', ({ request }) => {
  if (new URL(request.url).pathname.startsWith('/articles/')) requests += 1;
});

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
after(() => worker.stop());

afterEach(() => {
  worker.resetHandlers();
  requests = 0;
  document.documentElement.lang = '';
});

function serveJson(path: string, body: JsonBodyType): void {
  worker.use(http.get(path, () => HttpResponse.json(body)));
}

function serveXml(path: string, body: string, type: string): void {
  worker.use(http.get(path, () => new HttpResponse(body, { headers: { 'content-type': type } })));
}

describe('<news-article>', () => {
  it('shows the seed article: category, calendar time, views, title, author, lead picture and body', async () => {
    serveJson('/articles/131.json', seedItem());
    const article = mountArticle({ src: '/articles/131.json' });
    await untilState(article, 'ready');
    expect(partText(article, 'category')).to.equal('World');
    expect(partText(article, 'time')).to.equal('Yesterday, 23:47');
    expect(part(article, 'time')!.getAttribute('datetime')).to.equal(yesterdayAt2347().toISOString());
    expect(part(article, 'time')!.localName).to.equal('time');
    expect(partText(article, 'views')).to.equal('131 views');
    expect(part(article, 'title')!.localName).to.equal('h2');
    expect(partText(article, 'title')).to.equal('River line reopens after two years');
    expect(partText(article, 'author')).to.equal('Dilnoza Karimova');
    const lead = part(article, 'image')!.querySelector('img')!;
    expect(lead.getAttribute('src')).to.equal('https://news.example/images/lead.png');
    expect(lead.alt).to.equal('River line reopens after two years');
    const body = part(article, 'body')!;
    expect([...body.querySelectorAll('h2')].map(heading => heading.textContent)).to.deep.equal(['What changes', "A publisher's h1"]);
    expect([...body.querySelectorAll('ul > li')].map(item => item.textContent)).to.deep.equal(['Night trams every twenty minutes', 'Heated shelters', 'New low-floor cars']);
    expect(body.querySelector('figcaption')!.textContent).to.equal('A new shelter.');
  });

  it('renders the body as sanitized nodes: absolute addresses, rel on links, lazy pictures with their size, no wrappers or empty paragraphs', async () => {
    serveJson('/articles/131.json', seedItem());
    const article = mountArticle({ src: '/articles/131.json' });
    await untilState(article, 'ready');
    const body = part(article, 'body')!;
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://news.example/world/related');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    const image = body.querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('https://news.example/images/shelter.png');
    expect([image.getAttribute('loading'), image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['lazy', '1200', '800']);
    expect(body.querySelectorAll(':scope > div div, h1, .wp-block-group').length).to.equal(0);
    expect([...body.querySelectorAll('p')].map(paragraph => paragraph.textContent!.trim())).to.deep.equal([
      'The first paragraph, with a relative link and emphasis.',
      'Wrapped in a div.',
    ]);
  });

  it('speaks Russian and Uzbek: calendar time and views with their plural words', async () => {
    serveJson('/articles/131.json', seedItem({ _news: { category: 'Мир', views: 1840 } }));
    const russian = mountArticle({ src: '/articles/131.json', lang: 'ru' });
    const section = document.createElement('section');
    section.lang = 'uz-Latn';
    const uzbek = mountArticle({ src: '/articles/131.json' }, section);
    await Promise.all([untilState(russian, 'ready'), untilState(uzbek, 'ready')]);
    expect(partText(russian, 'time')).to.equal('Вчера, 23:47');
    expect(partText(russian, 'views')).to.equal('1\u00a0840 просмотров');
    expect(partText(uzbek, 'time')).to.equal('Kecha, 23:47');
    expect(partText(uzbek, 'views')).to.equal('1\u00a0840 marta koʻrilgan');
  });

  it('says "Yesterday" after midnight without loading again, on the page\'s minute timer', async () => {
    const now = new Date();
    const published = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 22, 15);
    serveJson('/articles/tonight.json', seedItem({ date_published: published.toISOString() }));
    const article = mountArticle({ src: '/articles/tonight.json' });
    await untilState(article, 'ready');
    expect(partText(article, 'time')).to.equal('Today, 22:15');
    const restore = freezeClock(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 0, 0));
    try {
      checkDay();
      await article.updateComplete;
      expect(partText(article, 'time')).to.equal('Yesterday, 22:15');
    } finally {
      restore();
      checkDay();
    }
  });

  it('writes the date, with the year when it is not this year, and large counts compactly', async () => {
    serveJson('/articles/old.json', seedItem({ date_published: '2024-03-12T09:10:00', _news: { views: 12_345 } }));
    const article = mountArticle({ src: '/articles/old.json' });
    await untilState(article, 'ready');
    const local = new Date('2024-03-12T09:10:00Z');
    const expected = `${local.getDate()} March 2024, ${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(partText(article, 'time')).to.equal(expected);
    expect(partText(article, 'views')).to.equal('12.3K views');
  });

  it('puts the title at heading-level; junk levels fall back to 2, levels beyond 6 read as 6', async () => {
    serveJson('/articles/131.json', seedItem());
    const four = mountArticle({ src: '/articles/131.json', 'heading-level': '4' });
    const junk = mountArticle({ src: '/articles/131.json', 'heading-level': 'seven' });
    const tooDeep = mountArticle({ src: '/articles/131.json', 'heading-level': '9' });
    await Promise.all([four, junk, tooDeep].map(article => untilState(article, 'ready')));
    expect(part(four, 'title')!.localName).to.equal('h4');
    expect(part(junk, 'title')!.localName).to.equal('h2');
    expect(part(tooDeep, 'title')!.localName).to.equal('h6');
  });

  it('hides the lead picture with hide-image, and shows the body’s copy of it only then', async () => {
    const body = '<figure><img src="https://news.example/images/lead.png" alt=""><figcaption>Lead</figcaption></figure><p>Text</p>';
    serveJson('/articles/131.json', seedItem({ content_html: body }));
    const shown = mountArticle({ src: '/articles/131.json' });
    const hidden = mountArticle({ src: '/articles/131.json', 'hide-image': '' });
    await Promise.all([untilState(shown, 'ready'), untilState(hidden, 'ready')]);
    expect(part(shown, 'image')).not.to.equal(null);
    expect(getComputedStyle(part(shown, 'body')!.querySelector('figure')!).display).to.equal('none');
    expect(part(hidden, 'image')).to.equal(null);
    expect(getComputedStyle(part(hidden, 'body')!.querySelector('figure')!).display).to.equal('block');
  });

  it('reserves the lead picture’s box: its own ratio when the source gives a size, 16:9 when not', async () => {
    worker.use(
      http.get('/articles/wordpress.json', () =>
        HttpResponse.json({
          id: 5,
          link: 'https://news.example/5/',
          title: { rendered: 'Sized' },
          content: { rendered: '<p>x</p>' },
          _embedded: { 'wp:featuredmedia': [{ source_url: 'https://news.example/images/wide.svg', media_details: { width: 800, height: 400 } }] },
        }),
      ),
    );
    serveJson('/articles/unsized.json', seedItem());
    const sized = mountArticle({ src: '/articles/wordpress.json' });
    const unsized = mountArticle({ src: '/articles/unsized.json' });
    await Promise.all([untilState(sized, 'ready'), untilState(unsized, 'ready')]);
    const sizedImage = part(sized, 'image')!.querySelector('img')!;
    await sizedImage.decode();
    expect([sizedImage.getAttribute('width'), sizedImage.getAttribute('height')]).to.deep.equal(['800', '400']);
    const ratio = (element: Element) => element.getBoundingClientRect().width / element.getBoundingClientRect().height;
    expect(ratio(sizedImage)).to.be.closeTo(2, 0.02);
    expect(ratio(part(unsized, 'image')!.querySelector('img')!)).to.be.closeTo(16 / 9, 0.02);
  });

  it('reads a JSON Feed and shows the item named by item-id, else the first', async () => {
    serveJson('/articles/feed.json', {
      version: 'https://jsonfeed.org/version/1.1',
      items: [seedItem({ id: 'a', title: 'First story' }), seedItem({ id: 'b', title: 'Second story' })],
    });
    const first = mountArticle({ src: '/articles/feed.json' });
    const second = mountArticle({ src: '/articles/feed.json', 'item-id': 'b' });
    await Promise.all([untilState(first, 'ready'), untilState(second, 'ready')]);
    expect(partText(first, 'title')).to.equal('First story');
    expect(partText(second, 'title')).to.equal('Second story');
  });

  it('reads a WordPress post, and the first of a list of posts', async () => {
    const post = (id: number, title: string) => ({
      id,
      link: `https://news.example/${id}/`,
      date_gmt: '2026-03-12T04:10:00',
      title: { rendered: title },
      content: { rendered: '<p>From WordPress</p>' },
      _embedded: { 'wp:term': [[{ taxonomy: 'category', name: 'World' }]], author: [{ name: 'Aziz' }] },
    });
    serveJson('/articles/post.json', post(7, 'One post'));
    serveJson('/articles/posts.json', [post(8, 'Newest post'), post(9, 'Older post')]);
    const single = mountArticle({ src: '/articles/post.json' });
    const list = mountArticle({ src: '/articles/posts.json' });
    const chosen = mountArticle({ src: '/articles/posts.json', 'item-id': '9' });
    await Promise.all([single, list, chosen].map(article => untilState(article, 'ready')));
    expect([partText(single, 'title'), partText(single, 'category'), partText(single, 'author')]).to.deep.equal(['One post', 'World', 'Aziz']);
    expect(partText(list, 'title')).to.equal('Newest post');
    expect(partText(chosen, 'title')).to.equal('Older post');
  });

  it('reads RSS and Atom, with item-id matching an id or a link', async () => {
    const rss = `<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>C</title>
      <item><guid isPermaLink="false">rss-1</guid><title>RSS one</title><link>https://news.example/rss/1</link><content:encoded>${xml('<p>One</p>')}</content:encoded></item>
      <item><guid isPermaLink="false">rss-2</guid><title>RSS two</title><link>https://news.example/rss/2</link><description>${xml('<p>Two <b>bold</b></p>')}</description></item>
    </channel></rss>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>C</title>
      <entry><id>urn:atom:1</id><title>Atom one</title><link href="https://news.example/atom/1"/><content type="html">${xml('<p>Atom body</p>')}</content></entry>
      <entry><id>urn:atom:2</id><title>Atom two</title><link href="https://news.example/atom/2"/><content type="html">${xml('<h2>Sub</h2><p>Second body</p>')}</content></entry>
    </feed>`;
    serveXml('/articles/feed.xml', rss, 'application/rss+xml');
    serveXml('/articles/atom.xml', atom, 'application/atom+xml');
    const byLink = mountArticle({ src: '/articles/feed.xml', 'item-id': 'https://news.example/rss/2' });
    const byId = mountArticle({ src: '/articles/atom.xml', 'item-id': 'urn:atom:2' });
    await Promise.all([untilState(byLink, 'ready'), untilState(byId, 'ready')]);
    expect(partText(byLink, 'title')).to.equal('RSS two');
    expect(part(byLink, 'body')!.querySelector('b')!.textContent).to.equal('bold');
    expect(partText(byId, 'title')).to.equal('Atom two');
    expect(part(byId, 'body')!.querySelector('h2')!.textContent).to.equal('Sub');
  });

  it('shows a summary without HTML as a paragraph of text', async () => {
    serveJson('/articles/text.json', seedItem({ content_html: undefined, content_text: 'Only plain <text> here.' }));
    const article = mountArticle({ src: '/articles/text.json' });
    await untilState(article, 'ready');
    const paragraphs = part(article, 'body')!.querySelectorAll('p');
    expect([...paragraphs].map(paragraph => paragraph.textContent)).to.deep.equal(['Only plain <text> here.']);
  });

  it('is a config error, without a retry button, when the item is not in the feed, and says so in its own words', async () => {
    serveJson('/articles/feed.json', { version: 'https://jsonfeed.org/version/1.1', items: [seedItem({ id: 'a' })] });
    const article = mountArticle({ src: '/articles/feed.json', 'item-id': 'missing' });
    const event = await new Promise<CustomEvent>(resolve => article.addEventListener('news-error', resolve as EventListener, { once: true }));
    await untilState(article, 'error');
    expect(event.detail.error.kind).to.equal('config');
    expect(event.detail.error.message).to.contain('"missing"');
    expect(partText(article, 'message')).to.equal('This article is not available.');
    expect(part(article, 'retry')).to.equal(null);
  });

  it('says the same in Russian, and is a config error with no request without a src', async () => {
    const article = mountArticle({ lang: 'ru' });
    await untilState(article, 'error');
    expect(partText(article, 'message')).to.equal('Статья недоступна.');
    expect(requests).to.equal(0);
  });

  it('shows a retryable error for a failing source, and the article after a retry', async () => {
    serveJson('/articles/131.json', seedItem());
    worker.use(http.get('/articles/131.json', () => new HttpResponse(null, { status: 503 }), { once: true }));
    const article = mountArticle({ src: '/articles/131.json' });
    const event = await new Promise<CustomEvent>(resolve => article.addEventListener('news-error', resolve as EventListener, { once: true }));
    await untilState(article, 'error');
    expect(event.detail.error.kind).to.equal('http');
    expect(partText(article, 'message')).to.equal('The news source is not available right now.');
    (part(article, 'retry') as HTMLButtonElement).click();
    await untilState(article, 'ready');
    expect(partText(article, 'title')).to.equal('River line reopens after two years');
    expect(requests).to.equal(2);
  });

  it('is empty when the item has neither title, text nor picture', async () => {
    serveJson('/articles/empty.json', { id: 'e', url: 'https://news.example/e', content_html: '<p> </p><script>x()</script>' });
    const article = mountArticle({ src: '/articles/empty.json' });
    await untilState(article, 'empty');
    expect(partText(article, 'message')).to.equal('No stories yet.');
  });

  it('shows a skeleton of the size of the header and lead picture while loading', async () => {
    let answer = () => {};
    const held = new Promise<void>(resolve => (answer = resolve));
    worker.use(
      http.get('/articles/slow.json', async () => {
        await held;
        return HttpResponse.json(seedItem());
      }),
    );
    const article = mountArticle({ src: '/articles/slow.json' });
    const hidden = mountArticle({ src: '/articles/slow.json', 'hide-image': '' });
    await Promise.all([article.updateComplete, hidden.updateComplete]);
    expect(article.getAttribute('state')).to.equal('loading');
    const skeleton = article.shadowRoot!.querySelector('[aria-busy="true"]')!;
    expect(skeleton.querySelector('[role="status"]')!.textContent).to.equal('Loading…');
    const height = (element: Element) => element.getBoundingClientRect().height;
    const leadBox = skeleton.querySelector('p')!;
    expect(height(leadBox) / leadBox.getBoundingClientRect().width).to.be.closeTo(9 / 16, 0.01);
    expect(hidden.shadowRoot!.querySelector('[aria-busy="true"] p')).to.equal(null);
    expect(height(hidden)).to.be.greaterThan(90);
    answer();
    await untilState(article, 'ready');
  });

  it('fires news-load with the item shown', async () => {
    serveJson('/articles/131.json', seedItem());
    const article = mountArticle({ src: '/articles/131.json' });
    const event = await new Promise<CustomEvent<FeedItem>>(resolve => article.addEventListener('news-load', resolve as EventListener, { once: true }));
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.title).to.equal('River line reopens after two years');
    expect(event.detail.views).to.equal(131);
  });

  it('waits with loading="lazy" until it comes near the viewport', async () => {
    serveJson('/articles/131.json', seedItem());
    const far = document.createElement('div');
    far.setAttribute('style', 'margin-top: 500vh');
    const article = mountArticle({ src: '/articles/131.json', loading: 'lazy' }, far);
    await article.updateComplete;
    await untilObserved(article);
    await roundTrip();
    expect(requests).to.equal(0);
    expect(article.getAttribute('state')).to.equal('loading');
    article.scrollIntoView();
    await untilState(article, 'ready');
    expect(requests).to.equal(1);
  });
});
