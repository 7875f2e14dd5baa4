import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { NewsList } from '../../src/elements/news-list/news-list.js';
import { WeatherBadge } from '../../src/elements/weather-badge/weather-badge.js';
import { jsonFeed, startWorker, untilState } from './support.js';

// This file imports the classes only, never a define module, so every registration here is the test's own.

const FEED = '/test-feeds/define.json';

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

/** A connected container, removed after the test. */
function host(): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  hosts.push(element);
  return element;
}

function headlines(list: Element): string[] {
  return [...list.shadowRoot!.querySelectorAll('a[part="link"]')].map(link => link.textContent!.trim());
}

/** Whether `tag` is registered as `constructor`; compared here, as a failing comparison would print a whole class. */
function registeredAs(tag: string, constructor: CustomElementConstructor | undefined, registry = customElements): boolean {
  return registry.get(tag) === constructor;
}

/** Whether this browser has scoped registries: constructible registries that a shadow root can be given. */
function scopedRegistries(): boolean {
  try {
    new CustomElementRegistry();
    return true;
  } catch {
    return false;
  }
}

describe('static define()', () => {
  beforeEach(() => worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Ferry timetable changes', 'Library opens late'])))));

  it('registers each element under its own tag when given none', () => {
    NewsList.define();
    NewsArticle.define();
    WeatherBadge.define();
    expect(registeredAs('news-list', NewsList), 'news-list').to.equal(true);
    expect(registeredAs('news-article', NewsArticle), 'news-article').to.equal(true);
    expect(registeredAs('weather-badge', WeatherBadge), 'weather-badge').to.equal(true);
  });

  it('registers under another tag, and an element of that tag loads and renders its feed', async () => {
    NewsList.define('site-headlines');
    const list = document.createElement('site-headlines');
    expect(list).to.be.instanceOf(NewsList);
    list.setAttribute('src', FEED);
    host().append(list);
    await untilState(list, 'ready');
    expect(headlines(list)).to.deep.equal(['Ferry timetable changes', 'Library opens late']);
  });

  it('is harmless when called again for a tag that is taken, by this class or another', () => {
    NewsList.define();
    NewsList.define('repeat-headlines');
    const first = customElements.get('repeat-headlines');
    expect(() => {
      NewsList.define();
      NewsList.define('repeat-headlines');
      NewsArticle.define('repeat-headlines');
    }).not.to.throw();
    expect(registeredAs('news-list', NewsList), 'news-list').to.equal(true);
    expect(registeredAs('repeat-headlines', first), 'repeat-headlines').to.equal(true);
  });

  it('registers in a scoped registry, leaving the global one alone', async function () {
    // Scoped custom element registries are newer than the rest of what the library needs; where a browser lacks
    // them, there is nothing to test.
    if (!scopedRegistries()) this.skip();
    const registry = new CustomElementRegistry();
    NewsList.define('scoped-headlines', registry);
    NewsList.define('scoped-headlines', registry);
    expect(registeredAs('scoped-headlines', undefined), 'the global registry has the tag').to.equal(true);
    const root = host().attachShadow({ mode: 'open', customElementRegistry: registry } as ShadowRootInit);
    root.innerHTML = `<scoped-headlines src="${FEED}"></scoped-headlines>`;
    const list = root.querySelector('scoped-headlines')!;
    expect(list).to.be.instanceOf(NewsList);
    await untilState(list, 'ready');
    expect(headlines(list)).to.deep.equal(['Ferry timetable changes', 'Library opens late']);
  });
});
