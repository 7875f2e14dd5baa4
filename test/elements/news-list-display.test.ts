import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import '../../src/elements/news-list/define.js';
import type { NewsList } from '../../src/elements/news-list/news-list.js';
import { checkDay, minuteTimers } from '../../src/elements/shared/clock.js';
import { PICTURE, storyFeed } from './list-fixtures.js';
import { measureReadability } from './readability.js';
import { fakeTimeouts, freezeClock, jsonFeed, mount, nextFrames, roundTrip, startWorker, until, untilObserved, untilState, type FakeTimeouts } from './support.js';

const FEED = '/test-feeds/stories.json';
const LAYOUTS = ['list', 'grid', 'compact', 'ticker', 'magazine', 'carousel'] as const;

const { worker, requests } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

function serve(feed: object): void {
  worker.use(http.get(FEED, () => HttpResponse.json(feed)));
}

function mountList(attributes: Record<string, string>, parent?: HTMLElement): NewsList {
  return mount('news-list', { src: FEED, ...attributes }, parent);
}

function all<T extends Element = HTMLElement>(list: NewsList, selector: string): T[] {
  return [...list.shadowRoot!.querySelectorAll<T>(selector)];
}

function texts(list: NewsList, selector: string): string[] {
  return all(list, selector).map(node => node.textContent!.replace(/\s+/g, ' ').trim());
}

async function ready(attributes: Record<string, string> = {}, parent?: HTMLElement): Promise<NewsList> {
  const list = mountList(attributes, parent);
  await untilState(list, 'ready');
  return list;
}

/** How many stories wait out their second on screen: timers of one second, as impressions set them. */
function dwells(timeouts: FakeTimeouts): number {
  return timeouts.pending().filter(delay => delay === 1000).length;
}

/** Local midnight of the day `days` from today, plus hours and minutes. */
function localDay(days: number, hours: number, minutes: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days, hours, minutes);
}

describe('<news-list> stories', () => {
  it('shows each story with its picture (alt = title, lazy, box reserved), title link, excerpt, category and time', async () => {
    serve(storyFeed(3));
    const list = await ready({ limit: '3' });
    const [image] = all<HTMLImageElement>(list, '[part="image"]');
    expect(image.alt).to.equal('Story 0');
    expect(image.loading).to.equal('lazy');
    expect(getComputedStyle(image).aspectRatio).to.equal('4 / 3');
    const [link] = all<HTMLAnchorElement>(list, 'a[part="link"]');
    expect(link.href).to.equal('https://news.example/story/0');
    expect(link.textContent!.trim()).to.equal('Story 0');
    expect(texts(list, '[part="excerpt"]')[0]).to.equal('What happened in story 0, told in one plain sentence for the list.');
    expect(texts(list, '[part="category"]')).to.deep.equal(['World', 'City', 'World']);
    expect(all(list, '[part="time"]')[0].tagName).to.equal('TIME');
  });

  it('renders no picture at all for a story without one, and none with hide-images', async () => {
    serve(storyFeed(4, { pictured: index => index !== 1 }));
    const list = await ready({ limit: '4' });
    expect(all(list, '[part="item"]').map(item => item.querySelector('img') !== null)).to.deep.equal([true, false, true, true]);
    const hidden = await ready({ limit: '4', 'hide-images': '' });
    expect(all(hidden, 'img')).to.have.length(0);
  });

  it('puts back in their places the picture, excerpt and time that hide-images, compact and hide-dates took away', async () => {
    serve(storyFeed(2));
    const list = await ready({ limit: '2', 'hide-images': '', 'hide-dates': '', layout: 'compact' });
    const parts = () => all(list, '[part="item"]').map(item => [...item.querySelectorAll('[part]')].map(node => node.getAttribute('part')).join(' '));
    expect(parts()).to.deep.equal(['link title meta category', 'link title meta category']);
    Object.assign(list, { hideImages: false, hideDates: false, layout: 'list' });
    await list.updateComplete;
    expect(parts()).to.deep.equal(['image link title excerpt meta category time', 'image link title excerpt meta category time']);
    expect(all(list, '.dot')).to.have.length(2);
  });

  it('cuts the excerpt at a word, with an ellipsis, at excerpt-length characters; 0 shows none', async () => {
    const summary = 'The council voted on Tuesday to keep the reading rooms open until midnight for the whole exam season.';
    serve(storyFeed(1, { summary: () => summary }));
    const short = await ready({ 'excerpt-length': '30' });
    expect(texts(short, '[part="excerpt"]')).to.deep.equal(['The council voted on Tuesday…']);
    const none = await ready({ 'excerpt-length': '0' });
    expect(all(none, '[part="excerpt"]')).to.have.length(0);
    const junk = await ready({ 'excerpt-length': 'lots' });
    expect(junk.excerptLength).to.equal(150);
    expect(texts(junk, '[part="excerpt"]')).to.deep.equal([summary]);
  });

  it('shows calendar-style times in a <time datetime>, in each language', async () => {
    const published = [localDay(0, 0, 5), localDay(-1, 23, 47), localDay(-3, 9, 10)];
    serve(storyFeed(3, { published: index => published[index] }));
    const expected: Record<string, string[]> = {
      en: ['Today, 00:05', 'Yesterday, 23:47'],
      ru: ['Сегодня, 00:05', 'Вчера, 23:47'],
      uz: ['Bugun, 00:05', 'Kecha, 23:47'],
    };
    for (const [lang, words] of Object.entries(expected)) {
      const list = await ready({ lang, limit: '3' });
      const times = all(list, 'time[part="time"]');
      expect(times.slice(0, 2).map(time => time.textContent)).to.deep.equal(words);
      expect(times[0].getAttribute('datetime')).to.equal(published[0].toISOString());
    }
    const hidden = await ready({ 'hide-dates': '' });
    expect(all(hidden, 'time')).to.have.length(0);
    expect(texts(hidden, '[part="category"]')).to.have.length(3);
  });

  it('says "Yesterday" after midnight without a new request, on one minute timer for every list', async () => {
    serve(storyFeed(1, { published: () => localDay(0, 22, 15) }));
    const lists = await Promise.all([ready(), ready(), ready()]);
    expect(minuteTimers()).to.equal(1);
    expect(texts(lists[0], '[part="time"]')).to.deep.equal(['Today, 22:15']);
    const restore = freezeClock(localDay(1, 0, 0));
    try {
      checkDay();
      await Promise.all(lists.map(list => list.updateComplete));
      for (const list of lists) expect(texts(list, '[part="time"]')).to.deep.equal(['Yesterday, 22:15']);
    } finally {
      restore();
      checkDay();
    }
    expect(requests).to.have.length(1);
    for (const list of lists) list.remove();
    expect(minuteTimers()).to.equal(0);
  });

  it('applies target and rel to every link; target="_blank" alone gets rel="noopener"', async () => {
    serve(storyFeed(2));
    const blank = await ready({ target: '_blank' });
    expect(all(blank, 'a').map(link => [link.getAttribute('target'), link.getAttribute('rel')])).to.deep.equal([
      ['_blank', 'noopener'],
      ['_blank', 'noopener'],
    ]);
    const sponsored = await ready({ target: 'news', rel: 'nofollow' });
    expect(all(sponsored, 'a')[0].getAttribute('rel')).to.equal('nofollow');
    const plain = await ready();
    expect(all(plain, 'a')[0].hasAttribute('target')).to.equal(false);
    expect(all(plain, 'a')[0].hasAttribute('rel')).to.equal(false);
  });

  it('shows the heading attribute as a heading, in the skeleton too, and none without it', async () => {
    serve(storyFeed(2));
    const list = mountList({ heading: 'Latest' });
    await list.updateComplete;
    expect(texts(list, 'h2[part="heading"]')).to.deep.equal(['Latest']);
    await untilState(list, 'ready');
    expect(texts(list, 'h2[part="heading"]')).to.deep.equal(['Latest']);
    const plain = await ready();
    expect(all(plain, '[part="heading"]')).to.have.length(0);
  });

  it('keeps --news-list-padding inside its own background (none by default)', async () => {
    serve(storyFeed(1));
    const plain = await ready();
    const padded = await ready({ style: '--news-list-padding: 12px' });
    expect(getComputedStyle(plain).paddingTop).to.equal('0px');
    expect(getComputedStyle(padded).paddingTop).to.equal('12px');
  });

  it('reads junk layouts as list, and lays out the layouts differently', async () => {
    serve(storyFeed(3));
    const junk = await ready({ layout: 'slideshow' });
    expect(junk.layout).to.equal('list');
    for (const layout of LAYOUTS) {
      const list = await ready({ layout });
      expect(all(list, '[part="list"]')[0].classList.contains(layout)).to.equal(true);
    }
    const grid = await ready({ layout: 'grid' });
    expect(getComputedStyle(all(grid, '[part="list"]')[0]).display).to.equal('grid');
    const compact = await ready({ layout: 'compact' });
    expect(all(compact, 'img, [part="excerpt"]')).to.have.length(0);
  });

  it('is a real list with a busy skeleton of limit rows while loading, in every layout', async () => {
    worker.use(http.get(FEED, () => new Promise<Response>(() => {})));
    for (const layout of LAYOUTS) {
      const list = mountList({ layout, limit: '5' });
      await list.updateComplete;
      expect(list.getAttribute('state')).to.equal('loading');
      expect(all(list, '[part="skeleton"][aria-busy="true"] .item')).to.have.length(5);
    }
    serve(storyFeed(2));
    const loaded = await ready();
    expect(all(loaded, 'ul[part="list"] > li[part="item"]')).to.have.length(2);
    expect(all(loaded, '[aria-busy="true"]')).to.have.length(0);
  });

  it('gives each story its natural height, with every word of a long title and no clamp, in every layout', async () => {
    const long = 'An extraordinarily long headline about the council meeting '.repeat(6).trim();
    serve({ ...storyFeed(3), items: (storyFeed(3) as { items: object[] }).items.map((item, index) => ({ ...item, title: index === 1 ? long : `Story ${index}` })) });
    for (const layout of ['list', 'grid', 'compact'] as const) {
      const list = await ready({ layout, limit: '3', 'hide-images': '' });
      const [short, tall] = all(list, '.item').map(item => item.getBoundingClientRect().height);
      expect(tall, layout).to.be.above(short + 40);
      const title = all(list, '[part="title"]')[1];
      expect(title.textContent, layout).to.equal(long);
      expect(getComputedStyle(title).webkitLineClamp, layout).to.equal('none');
      expect(measureReadability(list).hidden, layout).to.deep.equal([]);
    }
  });

  it('keeps the height of its skeleton while the reader sees it, and lets go once the list is out of view', async () => {
    worker.use(http.get('/test-feeds/later.json', () => HttpResponse.json(jsonFeed(['One', 'Two']))));
    const page = document.createElement('div');
    const list = mountList({ src: '/test-feeds/later.json', limit: '6' }, page);
    await list.updateComplete;
    const skeleton = all(list, '[part="skeleton"]')[0].getBoundingClientRect().height;
    await untilState(list, 'ready');
    const frame = all(list, '.frame')[0];
    expect(frame.getBoundingClientRect().height).to.equal(skeleton);
    expect(all(list, '[part="list"]')[0].getBoundingClientRect().height).to.be.below(skeleton);
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 2}px`;
    page.prepend(spacer);
    // The list's own observer is told in the same rendering step as one made now, and has been by the frames after.
    await untilObserved(list);
    await nextFrames();
    expect(getComputedStyle(frame).minHeight).to.equal('0px');
    expect(frame.getBoundingClientRect().height).to.equal(all(list, '[part="list"]')[0].getBoundingClientRect().height);
  });

  it('gives every title at least title-lines lines, and a longer title all of its lines', async () => {
    const long = 'An extraordinarily long headline about the council meeting '.repeat(6).trim();
    serve({ ...storyFeed(3), items: (storyFeed(3) as { items: object[] }).items.map((item, index) => ({ ...item, title: index === 1 ? long : `Story ${index}` })) });
    const list = await ready({ 'title-lines': '3', 'hide-images': '', limit: '3' });
    const lineHeight = parseFloat(getComputedStyle(all(list, '[part="title"]')[0]).lineHeight);
    const [first, second, third] = all(list, '[part="title"]').map(title => title.getBoundingClientRect().height);
    expect(first).to.be.closeTo(3 * lineHeight, 1);
    expect(third).to.equal(first);
    expect(second).to.be.above(3 * lineHeight + 1);
    expect(measureReadability(list).hidden).to.deep.equal([]);
    const rows = all(list, '.item').map(item => item.getBoundingClientRect().height);
    expect(rows[2]).to.equal(rows[0]);
  });

  it('marks a feed in a right-to-left language rtl, with its language', async () => {
    serve({ ...storyFeed(2), language: 'ar-EG' });
    const list = await ready();
    const element = all(list, '[part="list"]')[0];
    expect(element.getAttribute('dir')).to.equal('rtl');
    expect(element.getAttribute('lang')).to.equal('ar-EG');
    expect(getComputedStyle(element).direction).to.equal('rtl');
    serve({ ...storyFeed(2), language: 'en' });
    const ltr = await ready({ src: '/test-feeds/stories.json?ltr' });
    expect(all(ltr, '[part="list"]')[0].hasAttribute('dir')).to.equal(false);
  });

  it('shows what the page put inside while loading and after a failure, and the stories once they come', async () => {
    let answer!: (response: Response) => void;
    const answered = new Promise<Response>(resolve => (answer = resolve));
    worker.use(http.get(FEED, () => answered));
    const host = document.createElement('div');
    host.innerHTML = '<news-list src="/test-feeds/stories.json"><a href="/server-rendered">Server headline</a></news-list>';
    document.body.append(host);
    try {
      const list = host.querySelector('news-list')!;
      await list.updateComplete;
      const slot = list.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map(element => element.textContent)).to.deep.equal(['Server headline']);
      expect(list.shadowRoot!.querySelector('[aria-busy="true"]')).not.to.equal(null);
      answer(HttpResponse.json(storyFeed(2)));
      await untilState(list, 'ready');
      expect(list.shadowRoot!.querySelector('slot')).to.equal(null);
      worker.use(http.get('/test-feeds/broken.json', () => new HttpResponse(null, { status: 500 })));
      list.src = '/test-feeds/broken.json';
      await untilState(list, 'error');
      expect(list.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      expect(list.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    } finally {
      host.remove();
    }
  });

  it('fires a cancelable news-select with the story and its index; the link is followed unless it is cancelled', async () => {
    serve(storyFeed(3));
    const list = await ready();
    const selected: CustomEvent[] = [];
    let cancel = true;
    const onSelect = (event: Event) => {
      selected.push(event as CustomEvent);
      if (cancel) event.preventDefault();
    };
    // Runs after the element's own click handling: it sees whether the link's default action still stands, then
    // stops the navigation itself so the test page stays.
    const followed: boolean[] = [];
    const onClick = (event: Event) => {
      followed.push(!event.defaultPrevented);
      event.preventDefault();
    };
    document.addEventListener('news-select', onSelect);
    document.addEventListener('click', onClick);
    try {
      all<HTMLAnchorElement>(list, 'a[part="link"]')[1].click();
      cancel = false;
      all<HTMLAnchorElement>(list, 'a[part="link"]')[2].click();
      expect(selected.map(event => event.detail.index)).to.deep.equal([1, 2]);
      expect(selected[0].detail.item.url).to.equal('https://news.example/story/1');
      expect(selected[0].cancelable && selected[0].composed && selected[0].bubbles).to.equal(true);
      expect(followed).to.deep.equal([false, true]);
    } finally {
      document.removeEventListener('news-select', onSelect);
      document.removeEventListener('click', onClick);
    }
  });

  it('fires news-impression once per story that was at least half visible for a second', async () => {
    serve(storyFeed(3));
    const list = mountList({ layout: 'compact' });
    const seen: number[] = [];
    list.addEventListener('news-impression', event => seen.push(event.detail.index));
    await untilState(list, 'ready');
    // The rows are drawn but not yet observed: the second of each starts on the faked clock.
    const timeouts = fakeTimeouts();
    try {
      await until(list, () => dwells(timeouts) === 3, () => `expected a second to start for 3 stories, not ${dwells(timeouts)}`);
      timeouts.tick(999);
      expect(seen).to.deep.equal([]);
      timeouts.tick(1);
      expect([...seen].sort()).to.deep.equal([0, 1, 2]);
      list.style.display = 'none';
      list.style.display = '';
      await untilObserved(list);
      timeouts.tick(1300);
      expect(seen).to.have.length(3);
    } finally {
      timeouts.restore();
    }
  });

  it('does not count a story that was visible for less than a second, or never visible', async () => {
    serve(storyFeed(2));
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    const box = document.createElement('div');
    box.append(spacer);
    const list = mountList({ layout: 'compact' }, box);
    const seen: number[] = [];
    list.addEventListener('news-impression', event => seen.push(event.detail.index));
    await untilState(list, 'ready');
    const timeouts = fakeTimeouts();
    try {
      await untilObserved(list);
      timeouts.tick(1300);
      expect(seen).to.deep.equal([]);
      list.scrollIntoView();
      await until(list, () => dwells(timeouts) === 2, () => `expected a second to start for 2 stories, not ${dwells(timeouts)}`);
      timeouts.tick(500);
      window.scrollTo(0, 0);
      await until(list, () => dwells(timeouts) === 0, () => 'expected the seconds to stop off screen');
      timeouts.tick(1300);
      expect(seen).to.deep.equal([]);
    } finally {
      timeouts.restore();
      window.scrollTo(0, 0);
    }
  });

  describe('refresh', () => {
    const pageClient = getClient();

    beforeEach(() => {
      // A refresh reaches a list through the cache, which the other tests of this file keep empty.
      setClient(new NewsClient({ retries: 0 }));
    });

    afterEach(() => {
      getClient().clear();
      setClient(pageClient);
    });

  it('holds new stories of a refresh behind a button while the list is on screen, and announces them politely', async () => {
    serve(jsonFeed(['Morning']));
    const list = await ready();
    // jsonFeed numbers ids from 0, so give the new feed ids of its own for the stories that are new.
    worker.use(
      http.get(FEED, () =>
        HttpResponse.json({
          version: 'https://jsonfeed.org/version/1.1',
          items: [
            { id: 'noon', title: 'Noon', url: 'https://news.example/noon' },
            { id: 'evening', title: 'Evening', url: 'https://news.example/evening' },
            { id: '0', title: 'Morning', url: 'https://news.example/0' },
          ],
        }),
      ),
    );
    const top = all(list, '[part="item"]')[0].getBoundingClientRect().top;
    await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
    await until(list, () => all(list, '[part="new-stories"]').length === 1, () => 'expected the new-stories button');
    expect(texts(list, '[part="new-stories"]')).to.deep.equal(['2 new stories']);
    expect(texts(list, '[role="status"]')).to.deep.equal(['2 new stories']);
    expect(texts(list, '[part="title"]')).to.deep.equal(['Morning']);
    expect(all(list, '[part="item"]')[0].getBoundingClientRect().top).to.equal(top);
    all<HTMLButtonElement>(list, '[part="new-stories"]')[0].click();
    await until(list, () => texts(list, '[part="title"]').length === 3, () => 'expected three stories');
    expect(texts(list, '[part="title"]')).to.deep.equal(['Noon', 'Evening', 'Morning']);
    expect(all(list, '[part="new-stories"]')).to.have.length(0);
    // The button is gone, so the keyboard's place moves to the first story.
    await until(list, () => list.shadowRoot!.activeElement?.textContent?.trim() === 'Noon', () => `expected focus on Noon, not ${list.shadowRoot!.activeElement?.outerHTML}`);
  });

  it('shows new stories at once when the list is out of view', async () => {
    serve(jsonFeed(['Morning']));
    const box = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    box.append(spacer);
    const list = mountList({}, box);
    await untilState(list, 'ready');
    worker.use(http.get(FEED, () => HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'new', title: 'Evening', url: 'https://news.example/e' }, { id: '0', title: 'Morning', url: 'https://news.example/0' }] })));
    await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
    await until(list, () => texts(list, '[part="title"]').length === 2, () => 'expected the new story to show at once');
    expect(all(list, '[part="new-stories"]')).to.have.length(0);
  });

  });

  it('says "1 new story" in English, and the Russian and Uzbek forms', async () => {
    const { en } = await import('../../src/i18n/en.js');
    const { ru } = await import('../../src/i18n/ru.js');
    const { uz } = await import('../../src/i18n/uz.js');
    expect([1, 3].map(n => en.list.newStories(String(n), n))).to.deep.equal(['1 new story', '3 new stories']);
    expect([1, 3, 5, 21].map(n => ru.list.newStories(String(n), n))).to.deep.equal(['1 новая новость', '3 новые новости', '5 новых новостей', '21 новая новость']);
    expect(uz.list.newStories('3', 3)).to.equal('3 ta yangi xabar');
  });

  it('waits to load until near the viewport with loading="lazy"', async () => {
    serve(storyFeed(2));
    const box = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = '400vh';
    box.append(spacer);
    const list = mountList({ loading: 'lazy' }, box);
    await list.updateComplete;
    await untilObserved(list);
    await roundTrip();
    expect(requests).to.have.length(0);
    list.scrollIntoView();
    await untilState(list, 'ready');
    expect(requests).to.have.length(1);
  });

  it('lets the ticker be paused and played from a button', async () => {
    serve(storyFeed(4));
    const list = await ready({ layout: 'ticker' });
    const button = all<HTMLButtonElement>(list, '[part="pause"]')[0];
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(button.textContent!.trim()).to.equal('Pause headlines');
    button.click();
    await list.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Play headlines');
    expect(all(list, '[part="list"]')[0].classList.contains('paused')).to.equal(true);
  });

  it('takes away a picture that fails to load, so its story closes up, with no broken-image icon', async () => {
    const missing = new URL('/test-pictures/missing.png', location.href).href;
    worker.use(http.get(missing, () => new HttpResponse(null, { status: 404 })));
    serve({ ...storyFeed(2), items: (storyFeed(2) as { items: object[] }).items.map((item, index) => ({ ...item, image: index === 0 ? missing : PICTURE })) });
    for (const layout of ['list', 'grid'] as const) {
      const list = await ready({ layout });
      const [failed] = all<HTMLImageElement>(list, '[part="image"]');
      await until(list, () => failed.hidden === true, () => 'the failed picture is still shown');
      expect(failed.getBoundingClientRect().height, layout).to.equal(0);
      const text = all(list, '.item')[0].querySelector('.text')!;
      // The text takes the whole story: no room is kept for the picture.
      expect(text.getBoundingClientRect().width, layout).to.be.closeTo(all(list, '.item')[0].getBoundingClientRect().width, 1);
      expect(all<HTMLImageElement>(list, '[part="image"]')[1].hidden, layout).to.equal(false);
    }
  });

  it('shows the fallback-image in place of a picture that fails to load, and takes away one that cannot be shown', async () => {
    const missing = new URL('/test-pictures/missing.png', location.href).href;
    worker.use(http.get(missing, () => new HttpResponse(null, { status: 404 })));
    serve({ ...storyFeed(1), items: (storyFeed(1) as { items: object[] }).items.map(item => ({ ...item, image: missing })) });
    const list = await ready({ 'fallback-image': PICTURE });
    const [picture] = all<HTMLImageElement>(list, '[part="image"]');
    await until(list, () => picture.src === PICTURE, () => `the picture is still ${picture.src}`);
    await picture.decode();
    expect(picture.hidden).to.equal(false);
    expect(picture.naturalWidth).to.be.above(0);
    const unsafe = await ready({ 'fallback-image': 'javascript:alert(1)' });
    const [taken] = all<HTMLImageElement>(unsafe, '[part="image"]');
    await until(unsafe, () => taken.hidden === true, () => 'the failed picture is still shown');
    expect(taken.src).to.equal(missing);
  });

  it('never shows a picture whose address is not http(s)', async () => {
    serve({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'A', url: 'https://news.example/a', image: 'javascript:alert(1)' }, { id: 'b', title: 'B', url: 'https://news.example/b', image: PICTURE }] });
    const list = await ready();
    expect(all(list, '[part="item"]').map(item => item.querySelector('img') !== null)).to.deep.equal([false, true]);
  });
});

describe('<news-list layout="ticker"> and reduced motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('moves only for readers who have not asked for reduced motion; for them it stands still, scrollable, without a pause button', async () => {
    serve(storyFeed(4));
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await ready({ layout: 'ticker' });
    const track = all(moving, '[part="list"]')[0];
    expect(getComputedStyle(track).animationName).to.equal('ticker');
    expect(getComputedStyle(all(moving, '[part="pause"]')[0]).display).not.to.equal('none');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(track).animationName).to.equal('none');
    expect(getComputedStyle(track.parentElement!).overflowX).to.equal('auto');
    expect(getComputedStyle(all(moving, '[part="pause"]')[0]).display).to.equal('none');
  });
});
