// What an article's feed can make a reader's browser ask for: its lead picture only from the feed's own fields or
// what the sanitized body kept, lazily; its body's pictures only once the reader is near them, never a pixel or a
// beacon; and every picture and link without a Referer unless the publisher chose `origin`.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { configure, getClient } from '../../src/data/client.js';
import { mountArticle, part, settled } from './article-fixtures.js';
import { nextFrames, roundTrip, startWorker, untilObserved } from './support.js';

const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), c => c.charCodeAt(0));

const { worker, requests } = startWorker(url => url.hostname === 'pictures.example');

let sources = 0;

/** A guard against a hang, not a measure: the first article also waits for its chunk to compile on a busy machine. */
const SETTLE = 20_000;

/** Serves one JSON Feed item at a new address and returns the address. */
function serve(item: object): string {
  const src = `/privacy/${++sources}.json`;
  worker.use(
    http.get(src, () => HttpResponse.json({ id: 'story', url: 'https://news.example/story', title: 'A story', ...item })),
    http.get('https://pictures.example/*', () => new HttpResponse(PNG, { headers: { 'content-type': 'image/png' } })),
  );
  return src;
}

const asked = () => requests.map(url => url.pathname);

/**
 * Resolves once the article's pictures on screen have loaded or failed and every request the page started for any
 * picture has reached the worker: a picture off screen or not drawn (the body's copy of the lead) asks for nothing.
 */
async function picturesSettled(root: ShadowRoot): Promise<void> {
  for (const image of root.querySelectorAll('img')) await untilObserved(image);
  await nextFrames();
  await Promise.all([...root.querySelectorAll('img')].filter(image => image.checkVisibility() && image.getBoundingClientRect().top < innerHeight).map(loaded));
  await roundTrip();
}

/** Resolves once `image` has loaded or failed. */
function loaded(image: HTMLImageElement): Promise<unknown> {
  if (image.complete) return Promise.resolve();
  return new Promise(resolve => ['load', 'error'].forEach(type => image.addEventListener(type, resolve, { once: true })));
}

/** A box of `height` pixels with the article below it, so that the article starts that far below the fold. */
function belowTheFold(height: number): HTMLElement {
  const holder = document.createElement('div');
  holder.append(Object.assign(document.createElement('div'), { className: 'spacer' }));
  (holder.firstElementChild as HTMLElement).style.height = `${height}px`;
  return holder;
}

afterEach(() => {
  configure({ referrerPolicy: 'no-referrer' });
  window.scrollTo(0, 0);
});

describe('<news-article> and the reader\'s privacy', () => {
  it('takes no lead picture from a <noscript> the sanitizer dropped, and asks nothing of its host', async () => {
    const src = serve({ content_html: '<noscript><img src="https://pictures.example/noscript.jpg" width="800" height="600"></noscript><p>Text of the story.</p>' });
    const article = mountArticle({ src });
    expect(await settled(article, SETTLE)).to.equal('ready');
    await picturesSettled(article.shadowRoot!);
    expect(part(article, 'image')).to.equal(null);
    expect(article.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(asked()).to.deep.equal([]);
  });

  it('takes the lead picture from the first picture the body kept, and marks the body\'s copy', async () => {
    const src = serve({
      content_html:
        '<noscript><img src="https://pictures.example/noscript.jpg" width="800" height="600"></noscript><p><img src="https://pictures.example/pixel.gif"><img src="https://pictures.example/kept.jpg" width="800" height="600" alt="Kept"></p>',
    });
    const article = mountArticle({ src });
    expect(await settled(article, SETTLE)).to.equal('ready');
    const lead = part(article, 'image')!.querySelector('img')!;
    expect([lead.getAttribute('src'), lead.getAttribute('alt'), lead.getAttribute('loading'), lead.getAttribute('referrerpolicy')]).to.deep.equal([
      'https://pictures.example/kept.jpg',
      'Kept',
      'lazy',
      'no-referrer',
    ]);
    const copy = part(article, 'body')!.querySelector('img')!;
    expect(copy.classList.contains('lead-copy')).to.equal(true);
    await picturesSettled(article.shadowRoot!);
    expect(asked()).to.deep.equal(['/kept.jpg']);
  });

  it('keeps the feed\'s own picture as the lead, and loads it at once when it is on screen', async () => {
    const src = serve({ image: 'https://pictures.example/declared.jpg', content_html: '<p>Text.</p>' });
    const article = mountArticle({ src });
    expect(await settled(article, SETTLE)).to.equal('ready');
    const lead = part(article, 'image')!.querySelector('img')!;
    await loaded(lead);
    expect(lead.naturalWidth).to.equal(1);
    expect(asked()).to.deep.equal(['/declared.jpg']);
  });

  it('asks for no picture of an article 3,000 px below the fold, lead or body, until the reader comes near it', async () => {
    const src = serve({
      image: 'https://pictures.example/lead.jpg',
      content_html: '<p>Text.</p><p><img src="https://pictures.example/body.jpg" width="800" height="600"></p>',
    });
    const holder = belowTheFold(3000);
    const article = mountArticle({ src }, holder);
    expect(await settled(article, SETTLE)).to.equal('ready');
    await picturesSettled(article.shadowRoot!);
    expect(asked()).to.deep.equal([]);
    article.scrollIntoView();
    await Promise.all([...article.shadowRoot!.querySelectorAll('img')].map(loaded));
    expect(asked().sort()).to.deep.equal(['/body.jpg', '/lead.jpg']);
  });

  it('drops tracking pixels and beacons from the body and asks nothing of their hosts', async () => {
    const src = serve({
      content_html:
        '<p>Text<img src="https://pictures.example/a.gif" width="1" height="1"><img src="https://pictures.example/b.gif" style="display:none">' +
        '<img src="https://pictures.example/c.gif" hidden><img src="https://pictures.example/beacon/open.gif"><img src="https://pictures.example/t.gif" width="0" height="0"></p>' +
        '<p><img src="https://pictures.example/story.jpg" width="800" height="600"></p>',
    });
    const article = mountArticle({ src });
    expect(await settled(article, SETTLE)).to.equal('ready');
    await picturesSettled(article.shadowRoot!);
    expect([...part(article, 'body')!.querySelectorAll('img')].map(image => new URL(image.src).pathname)).to.deep.equal(['/story.jpg']);
    expect(asked()).to.deep.equal(['/story.jpg']);
  });

  it('gives every picture and link from the feed referrerpolicy="no-referrer", or "origin" once the publisher configures it', async () => {
    const item = { image: 'https://pictures.example/lead.jpg', content_html: '<p><a href="https://elsewhere.example/">a link</a><img src="https://pictures.example/body.jpg" width="800" height="600"></p>' };
    const policies = (article: Element) => [...article.shadowRoot!.querySelectorAll('img, a')].map(element => `${element.localName} ${element.getAttribute('referrerpolicy')}`);
    const first = mountArticle({ src: serve(item) });
    expect(await settled(first, SETTLE)).to.equal('ready');
    expect(policies(first)).to.deep.equal(['img no-referrer', 'a no-referrer', 'img no-referrer']);

    configure({ referrerPolicy: 'origin' });
    expect(getClient().settings.referrerPolicy).to.equal('origin');
    const second = mountArticle({ src: serve(item) });
    expect(await settled(second, SETTLE)).to.equal('ready');
    expect(policies(second)).to.deep.equal(['img origin', 'a origin', 'img origin']);
    expect(() => configure({ referrerPolicy: 'unsafe-url' as 'origin' })).to.throw(/referrerPolicy/);
  });
}).timeout(30_000);
