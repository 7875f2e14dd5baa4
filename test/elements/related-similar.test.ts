import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-article/define.js';
import '../../src/elements/related-news/define.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import type { RelatedNews } from '../../src/elements/related-news/related-news.js';
import { subjectFeed, type Subject } from '../../stories/fixtures/related-subjects.js';
import { mount, startWorker, until, untilState } from './support.js';

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

type Lang = 'en' | 'ru';

/** Serves the forty stories in `lang` (and the three on museums) at an address of their own, and returns it. */
function serveSubjects(lang: Lang, withMuseum = false): string {
  const address = `/test-feeds/subjects-${lang}${withMuseum ? '-museum' : ''}.json`;
  worker.use(http.get(address, () => HttpResponse.json(subjectFeed(lang, { withMuseum }))));
  return address;
}

/** The subjects and indexes of the stories a list shows, from their links (`…/en/talks/3`). */
function shown(element: RelatedNews): { subject: Subject; id: string }[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map(link => {
    const [, , subject, index] = new URL(link.href).pathname.split('/');
    return { subject: subject as Subject, id: `${subject}-${index}` };
  });
}

function ofSubject(element: RelatedNews, subject: Subject): number {
  return shown(element).filter(story => story.subject === subject).length;
}

/** Mounts an article showing `id` of `src`, and resolves once it has told the page its story. */
async function mountArticle(src: string, id: string, attributes: Record<string, string> = {}): Promise<NewsArticle> {
  const article = mount('news-article', { src, 'item-id': id, ...attributes });
  await new Promise(resolve => article.addEventListener('news-load', resolve, { once: true }));
  return article;
}

async function mountSimilar(src: string, attributes: Record<string, string> = {}): Promise<RelatedNews> {
  const element = mount('related-news', { src, order: 'similar', limit: '6', ...attributes });
  await until(element, () => element.state !== 'loading', () => 'still loading');
  await element.updateComplete;
  return element;
}

/** Page metadata added by a test, taken away after it. */
const added: Element[] = [];
const pageTitle = document.title;

function addMeta(attributes: Record<string, string>, tag = 'meta'): void {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.head.append(element);
  added.push(element);
}

afterEach(() => {
  for (const element of added.splice(0)) element.remove();
  document.title = pageTitle;
});

describe('<related-news order="similar">', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`shows at least 5 of the article's subject's 7 other stories in its six, never the article itself (${lang})`, async () => {
      const src = serveSubjects(lang);
      await mountArticle(src, 'talks-0');
      const element = await mountSimilar(src);
      expect(element.state).to.equal('ready');
      expect(shown(element)).to.have.length(6);
      expect(ofSubject(element, 'talks')).to.be.at.least(5);
      expect(shown(element).map(story => story.id)).not.to.include('talks-0');
    });

    it(`ranks by the page's og: and article: metadata when no article is on the page: at least 4 of 6 (${lang})`, async () => {
      const src = serveSubjects(lang);
      const [story] = subjectFeed(lang).items.filter(item => item.id === 'floods-0');
      addMeta({ property: 'og:title', content: story.title });
      addMeta({ property: 'og:description', content: story.summary });
      for (const tag of story.tags) addMeta({ property: 'article:tag', content: tag });
      addMeta({ property: 'article:section', content: story._news.category });
      addMeta({ rel: 'canonical', href: story.url }, 'link');
      const element = await mountSimilar(src);
      expect(shown(element)).to.have.length(6);
      expect(ofSubject(element, 'floods')).to.be.at.least(4);
      expect(shown(element).map(item => item.id), 'the page is not its own related story').not.to.include('floods-0');
    });

    it(`is empty, and renders nothing, for an article whose subject has only two other stories (${lang})`, async () => {
      const src = serveSubjects(lang, true);
      await mountArticle(src, 'museum-1');
      const element = await mountSimilar(src);
      expect(element.state).to.equal('empty');
      expect(element.getBoundingClientRect().height).to.equal(0);
      expect(element.shadowRoot!.textContent!.trim()).to.equal('');
    });
  }

  it("follows the article when it shows another story (another item-id)", async () => {
    const src = serveSubjects('en');
    const article = await mountArticle(src, 'talks-0');
    const element = await mountSimilar(src);
    const before = shown(element).map(story => story.id);
    expect(ofSubject(element, 'talks')).to.be.at.least(5);
    const told = new Promise(resolve => article.addEventListener('news-load', resolve, { once: true }));
    article.setAttribute('item-id', 'football-0');
    await told;
    await element.updateComplete;
    expect(shown(element).map(story => story.id)).not.to.deep.equal(before);
    expect(ofSubject(element, 'football')).to.be.at.least(5);
    expect(shown(element).map(story => story.id)).not.to.include('football-0');
  });

  it('reads the article named by for when the page has several', async () => {
    const src = serveSubjects('ru');
    await mountArticle(src, 'talks-0');
    await mountArticle(src, 'prices-0', { id: 'reading' });
    const element = await mountSimilar(src, { for: 'reading' });
    expect(ofSubject(element, 'prices')).to.be.at.least(5);
    const first = await mountSimilar(src);
    expect(ofSubject(first, 'talks'), 'without for, the first article of the page').to.be.at.least(5);
  });

  it('leaves out stories older than max-age hours', async () => {
    const src = serveSubjects('en');
    await mountArticle(src, 'talks-0');
    const element = await mountSimilar(src, { 'max-age': '16', min: '1' });
    // One story an hour counted back from now: talks-1 at 5 hours, talks-2 at 10, talks-3 at 15, talks-4 at 20.
    const recent = subjectFeed('en').items.slice(0, 16).map(item => item.id);
    const ids = shown(element).map(story => story.id);
    expect(ids.filter(id => !recent.includes(id))).to.deep.equal([]);
    expect(ids).to.include.members(['talks-1', 'talks-2', 'talks-3']);
    element.maxAge = 0;
    await element.updateComplete;
    expect(ofSubject(element, 'talks')).to.be.at.least(5);
  });

  it('keeps the feed order, and says so once in the console, when there is no story being read', async () => {
    const src = serveSubjects('en');
    document.title = '';
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await mountSimilar(src);
      expect(shown(element).map(story => story.id)).to.deep.equal(['talks-0', 'elections-0', 'floods-0', 'football-0', 'prices-0', 'talks-1']);
      element.limit = 5;
      await element.updateComplete;
      expect(shown(element)).to.have.length(5);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('order="similar"');
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the feed order by default (order="feed"), and goes back to it at once when order becomes feed', async () => {
    const src = serveSubjects('en');
    await mountArticle(src, 'football-0');
    const element = mount('related-news', { src });
    await untilState(element, 'ready');
    expect(element.order).to.equal('feed');
    const feedOrder = ['talks-0', 'elections-0', 'floods-0', 'prices-0', 'talks-1', 'elections-1'];
    expect(shown(element).map(story => story.id)).to.deep.equal(feedOrder);
    const similar = await mountSimilar(src);
    expect(ofSubject(similar, 'football')).to.be.at.least(5);
    similar.order = 'feed';
    await similar.updateComplete;
    expect(shown(similar).map(story => story.id)).to.deep.equal(feedOrder);
  });
});
