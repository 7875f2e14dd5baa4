import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import { getScheduler } from '../../src/data/scheduler.js';
import '../../src/elements/news-list/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import type { Feed } from '../../src/data/types.js';
import { jsonFeed, mount, startWorker, until, watchSchedules } from './support.js';

const FEED = '/test-feeds/shared.json';

function deferred(): { promise: Promise<void>; resolve(): void } {
  let resolve!: () => void;
  const promise = new Promise<void>(done => (resolve = done));
  return { promise, resolve };
}

const { worker, requests } = startWorker(url => url.pathname.startsWith('/test-feeds/'));
watchSchedules(getScheduler());

const pageClient = getClient();

beforeEach(() => {
  // These tests are about the cache, so they use a client with the defaults of a real page.
  setClient(new NewsClient());
});

afterEach(() => {
  getClient().clear();
  setClient(pageClient);
});

function mountList(attributes: Record<string, string>): NewsList {
  return mount('news-list', attributes);
}

function titles(list: NewsList): string[] {
  return [...list.shadowRoot!.querySelectorAll('a[part="link"]')].map(link => link.textContent!);
}

function untilTitles(list: NewsList, expected: string[]): Promise<void> {
  return until(list, () => titles(list).join('|') === expected.join('|'), () => `expected ${expected.join('|')}, showing ${titles(list).join('|') || list.getAttribute('state')}`);
}

describe('<news-list> on the shared client', () => {
  it('twenty lists with the same src make exactly one request', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Everyone sees this']))));
    const lists = Array.from({ length: 20 }, () => mountList({ src: FEED }));
    await Promise.all(lists.map(list => untilTitles(list, ['Everyone sees this'])));
    expect(requests).to.have.length(1);
    const late = mountList({ src: FEED, limit: '1' });
    await untilTitles(late, ['Everyone sees this']);
    expect(requests).to.have.length(1);
  });

  it('after a reload with persistence on, shows the last items before the network answers, then the new ones', async () => {
    // The previous visit: a client with persistence fetched the feed, which may be kept but must be revalidated.
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['From the last visit']), { headers: { 'cache-control': 'max-age=0' } })));
    await new NewsClient({ persist: true }).get(FEED, parseJsonFeed);
    expect(requests).to.have.length(1);

    // The reload: an empty memory, the same storage, and a network that has not answered yet.
    setClient(new NewsClient({ persist: true }));
    const network = deferred();
    const asked = deferred();
    worker.use(
      http.get(FEED, async () => {
        asked.resolve();
        await network.promise;
        return HttpResponse.json(jsonFeed(['Fresh today']));
      }),
    );
    const loads: string[][] = [];
    const list = mountList({ src: FEED });
    list.addEventListener('news-load', event => loads.push((event.detail as Feed).items.map(item => item.title)));
    await Promise.all([untilTitles(list, ['From the last visit']), asked.promise]);
    expect(list.getAttribute('state')).to.equal('ready');

    network.resolve();
    await untilTitles(list, ['Fresh today']);
    expect(loads).to.deep.equal([['From the last visit'], ['Fresh today']]);
    expect(list.getAttribute('state')).to.equal('ready');
  });

  for (const caching of ['max-age=0', 'no-store']) {
    it(`keeps the headlines, stays ready, adds stale and fires one news-error when a refresh fails after ${caching}; a later refresh removes stale`, async () => {
      setClient(new NewsClient({ retries: 0 }));
      const headers = { 'cache-control': caching };
      worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Still good']), { headers })));
      const list = mountList({ src: FEED });
      await untilTitles(list, ['Still good']);
      expect(list.hasAttribute('stale')).to.equal(false);

      worker.use(http.get(FEED, () => new HttpResponse(null, { status: 503 })));
      const errors: CustomEvent[] = [];
      list.addEventListener('news-error', event => errors.push(event as CustomEvent));
      await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
      await until(list, () => list.hasAttribute('stale'), () => 'expected the stale attribute');
      await until(list, () => errors.length > 0, () => 'expected news-error');
      expect(list.getAttribute('state')).to.equal('ready');
      expect(titles(list)).to.deep.equal(['Still good']);
      expect(errors.map(event => event.detail.error.kind)).to.deep.equal(['http']);
      // The same trouble again is not news.
      await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
      await list.updateComplete;
      expect(errors).to.have.length(1);

      worker.resetHandlers(http.get(FEED, () => HttpResponse.json(jsonFeed(['Still good']), { headers })));
      await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
      await until(list, () => !list.hasAttribute('stale'), () => 'expected stale to go');
      expect(titles(list)).to.deep.equal(['Still good']);
      expect(errors).to.have.length(1);
    });
  }

  it('shows new headlines a refresh brings without going through loading, once the reader asks for them', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Morning']))));
    const list = mountList({ src: FEED });
    await untilTitles(list, ['Morning']);
    const states: string[] = [];
    new MutationObserver(() => states.push(list.getAttribute('state')!)).observe(list, { attributeFilter: ['state'] });
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Evening', 'Morning']))));
    await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
    await until(list, () => list.shadowRoot!.querySelector('[part="new-stories"]') !== null, () => 'expected the new-stories button');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-stories"]')!.click();
    await untilTitles(list, ['Evening', 'Morning']);
    expect(states).to.deep.equal([]);
  });

  it('shows the picture again when a refresh gives a story whose picture failed a new one', async () => {
    const missing = new URL('/test-pictures/missing.png', location.href).href;
    const picture = new URL('/demo/public/images/tram.svg', location.href).href;
    const feed = (image: string) => ({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'Trams return', url: 'https://news.example/a', image }] });
    worker.use(
      http.get(missing, () => new HttpResponse(null, { status: 404 })),
      http.get(FEED, () => HttpResponse.json(feed(missing))),
    );
    const list = mountList({ src: FEED });
    await untilTitles(list, ['Trams return']);
    const image = () => list.shadowRoot!.querySelector<HTMLImageElement>('[part="image"]')!;
    await until(list, () => image().hidden === true, () => 'the failed picture is still shown');
    const failed = image();
    worker.use(http.get(FEED, () => HttpResponse.json(feed(picture))));
    await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
    await until(list, () => image().getAttribute('src') === picture, () => `the picture is still ${image().getAttribute('src')}`);
    // The same row, redrawn: only the hidden flag of the old address could keep it away.
    expect(image()).to.equal(failed);
    expect(image().hidden).to.equal(false);
  });

  it('schedules lists of one feed and refresh interval once, and leaves no schedule when they go', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Scheduled']))));
    const before = getScheduler().size;
    const lists = Array.from({ length: 20 }, () => mountList({ src: FEED, refresh: '60' }));
    const other = mountList({ src: FEED, refresh: '120' });
    await Promise.all([...lists, other].map(list => untilTitles(list, ['Scheduled'])));
    // The scheduler is a chunk of its own, joined once it has arrived.
    await until(other, () => getScheduler().size - before === 2, () => `expected 2 schedules, found ${getScheduler().size - before}`);
    for (const list of lists) list.removeAttribute('refresh');
    await Promise.all(lists.map(list => list.updateComplete));
    expect(getScheduler().size - before).to.equal(1);
    other.remove();
    expect(getScheduler().size).to.equal(before);
  });

  it('leaves no subscription or schedule behind after many mounts and unmounts', async () => {
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['Before']))));
    const list = mountList({ src: FEED, refresh: '30' });
    await untilTitles(list, ['Before']);
    for (let cycle = 0; cycle < 200; cycle++) {
      list.remove();
      document.body.append(list);
    }
    await until(list, () => getScheduler().size === 1, () => `expected 1 schedule, found ${getScheduler().size}`);
    // Nothing arrives late: the chunk, asked for after every mount asked, reaches this test after it reached them.
    await import('../../src/data/scheduler.js');
    expect(getScheduler().size).to.equal(1);
    list.remove();
    expect(getScheduler().size).to.equal(0);
    // A removed list that still listened would take the new data: Lit renders disconnected elements too.
    worker.use(http.get(FEED, () => HttpResponse.json(jsonFeed(['After']))));
    const witness = mountList({ src: FEED });
    await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
    await untilTitles(witness, ['After']);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Before']);
  });
});
