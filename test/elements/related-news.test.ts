import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/elements/related-news/define.js';
import { comparableUrl } from '../../src/elements/related-news/related-items.js';
import type { RelatedNews } from '../../src/elements/related-news/related-news.js';
import { storyFeed } from './list-fixtures.js';
import '../../src/elements/news-article/define.js';
import { mount, startWorker, until, untilState } from './support.js';

const FEED = '/test-feeds/related.json';

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

function serve(feed: object): void {
  worker.use(http.get(FEED, () => HttpResponse.json(feed)));
}

function mountRelated(attributes: Record<string, string> = {}): RelatedNews {
  return mount('related-news', { src: FEED, ...attributes });
}

function titles(element: RelatedNews): string[] {
  return [...element.shadowRoot!.querySelectorAll('[part="title"]')].map(title => title.textContent!);
}

afterEach(() => {
  document.querySelector('link[rel="canonical"]')?.remove();
});

describe('<related-news>', () => {
  it('shows at most 6 stories under a localized "Similar news" heading', async () => {
    serve(storyFeed(9));
    const element = mountRelated();
    await untilState(element, 'ready');
    expect(element.limit).to.equal(6);
    expect(titles(element)).to.have.length(6);
    expect(element.shadowRoot!.querySelector('h2[part="heading"]')!.textContent).to.equal('Similar news');
    for (const [lang, heading] of [['ru', 'Похожие новости'], ['uz', 'Oʻxshash yangiliklar']]) {
      const localized = mountRelated({ lang });
      await untilState(localized, 'ready');
      expect(localized.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(heading);
    }
    const own = mountRelated({ heading: 'More from the city' });
    const none = mountRelated({ heading: '' });
    await Promise.all([untilState(own, 'ready'), untilState(none, 'ready')]);
    expect(own.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('More from the city');
    expect(none.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
  });

  it('leaves out the story named by exclude, by address (normalized) or by id', async () => {
    serve(storyFeed(5));
    const byUrl = mountRelated({ exclude: 'http://www.news.example/story/1/?utm_source=mail#comments' });
    const byId = mountRelated({ exclude: 'story-2' });
    await Promise.all([untilState(byUrl, 'ready'), untilState(byId, 'ready')]);
    expect(titles(byUrl)).to.deep.equal(['Story 0', 'Story 2', 'Story 3', 'Story 4']);
    expect(titles(byId)).to.deep.equal(['Story 0', 'Story 1', 'Story 3', 'Story 4']);
  });

  it("leaves out the page's canonical address by default", async () => {
    serve(storyFeed(5));
    const canonical = document.createElement('link');
    canonical.rel = 'canonical';
    canonical.href = 'https://news.example/story/0';
    document.head.append(canonical);
    const element = mountRelated();
    await untilState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
  });

  it('leaves out by default the story a <news-article> on the page shows, even one that arrives after the list', async () => {
    serve(storyFeed(5));
    let answer!: () => void;
    const answered = new Promise<void>(resolve => (answer = resolve));
    // The article comes from a feed: its story is known by the feed's id and address, not by the page's.
    worker.use(http.get('/test-feeds/article.json', async () => {
      await answered;
      return HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', title: 'Article', items: [{ id: 'story-3', url: 'https://news.example/story/3', title: 'Story 3', content_html: '<p>Text.</p>' }] });
    }));
    const article = mount('news-article', { src: '/test-feeds/article.json' });
    const element = mountRelated();
    await untilState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Story 0', 'Story 1', 'Story 2', 'Story 3', 'Story 4']);
    answer();
    await untilState(article, 'ready');
    await until(element, () => titles(element).length === 4, () => `still ${titles(element).join(', ')}`);
    expect(titles(element)).to.deep.equal(['Story 0', 'Story 1', 'Story 2', 'Story 4']);
    const later = mountRelated();
    await untilState(later, 'ready');
    expect(titles(later), 'a list mounted once the article is shown').to.deep.equal(['Story 0', 'Story 1', 'Story 2', 'Story 4']);
    const told = mountRelated({ exclude: 'story-0' });
    await untilState(told, 'ready');
    expect(titles(told), 'exclude names the story instead').to.deep.equal(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
  });

  it("leaves out the page's own address by default", async () => {
    serve({ ...storyFeed(4), items: (storyFeed(4) as { items: { url: string }[] }).items.map((item, index) => (index === 1 ? { ...item, url: location.href } : item)) });
    const element = mountRelated();
    await untilState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Story 0', 'Story 2', 'Story 3']);
  });

  it('shows one story listed twice under different ids once', async () => {
    const feed = storyFeed(4) as { items: { id: string; url: string }[] };
    feed.items[2].url = feed.items[0].url;
    serve(feed);
    const element = mountRelated();
    await untilState(element, 'ready');
    expect(titles(element)).to.deep.equal(['Story 0', 'Story 1', 'Story 3']);
  });

  it('renders nothing, with state empty, when fewer than min usable stories remain', async () => {
    serve(storyFeed(3));
    const element = mountRelated({ exclude: 'story-0' });
    await untilState(element, 'empty');
    expect(element.min).to.equal(3);
    expect(element.getBoundingClientRect().height).to.equal(0);
    expect(element.shadowRoot!.textContent!.trim()).to.equal('');
    const two = mountRelated({ exclude: 'story-0', min: '2' });
    await untilState(two, 'ready');
    expect(titles(two)).to.deep.equal(['Story 1', 'Story 2']);
    const junk = mountRelated({ exclude: 'story-0', min: 'many' });
    await untilState(junk, 'empty');
    expect(junk.min).to.equal(3);
  });

  it('never asks for more stories than it may show: min above limit counts as limit', async () => {
    serve(storyFeed(3));
    const element = mountRelated({ limit: '2', min: '5' });
    await untilState(element, 'ready');
    expect(titles(element)).to.have.length(2);
  });

  it('compares addresses without scheme, www, fragment, trailing slash or tracking parameters', () => {
    expect(comparableUrl('https://www.news.example/a/?utm_medium=x&b=2&a=1#top')).to.equal('news.example/a?a=1&b=2');
    expect(comparableUrl('http://news.example/a')).to.equal('news.example/a');
    expect(comparableUrl('javascript:alert(1)')).to.equal(null);
  });

  it('shows a localized error with a retry button when the feed fails', async () => {
    worker.use(http.get(FEED, () => new HttpResponse(null, { status: 503 })));
    const element = mountRelated({ lang: 'ru' });
    await untilState(element, 'error');
    expect(element.shadowRoot!.querySelector('[part="message"]')!.textContent).to.equal('Источник новостей сейчас недоступен.');
    expect(element.shadowRoot!.querySelector('[part="retry"]')).not.to.equal(null);
  });
});
