import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import {
  arabicHeadlines,
  headlines,
  headlinesWithNews,
  headlinesWithoutPictures,
  languages,
  longHeadlines,
  MARCH_2024,
  type Language,
  type SampleFeed,
} from './fixtures/headlines.js';
import { pictureHandler } from './fixtures/pictures.js';
import { longWordsFeed } from './fixtures/long-words.js';
import { attributes, contrastRatio, expectEveryWordReadable, luminanceOf, partText, partTexts, widgetIn } from './support.js';
import { getClient } from '../src/data/client.js';
import { parseJsonFeed } from '../src/data/jsonfeed.js';
import '../src/elements/news-list/define.js';
import type { ListLayout, NewsList } from '../src/elements/news-list/news-list.js';

/** The sample feed in `language` (`en`, `ru`, `uz` or `ar`) is at `/stories/<language>/headlines.json`. */
const feedUrl = (language: string) => `/stories/${language}/headlines.json`;
const FEED = feedUrl(':language');

const layouts: readonly ListLayout[] = ['list', 'grid', 'compact', 'ticker'];

interface Args {
  /** The feed; by default the sample feed in the language of `lang`. */
  src?: string;
  lang: Language;
  layout: ListLayout;
  limit: number;
  theme: 'auto' | 'light' | 'dark';
  hideImages: boolean;
}

type Story = StoryObj<Args>;

function sampleFeed(language: string): SampleFeed {
  return language === 'ar' ? arabicHeadlines() : headlines(language as Language);
}

/** Answers the sample feeds with `answer`, keeping the pictures' handler of the whole file. */
function feedAnswers(answer: Parameters<typeof http.get>[1]) {
  return { msw: { handlers: { feed: http.get(FEED, answer) } } };
}

const never = feedAnswers(async () => {
  await delay('infinite');
  return new HttpResponse(null, { status: 204 });
});

const unavailable = feedAnswers(() => new HttpResponse('Service Unavailable', { status: 503 }));

function expectState(canvas: HTMLElement, state: string): Promise<NewsList> {
  return widgetIn(canvas, 'news-list', state);
}

/** A grid needs room for three cards; the other layouts read best at the width of a column of text. */
const widthFor = (layout: ListLayout) => (layout === 'grid' ? 'max-width: 60rem' : 'max-width: 40rem');

const meta: Meta<Args> = {
  title: 'Elements/news-list',
  component: 'news-list',
  args: { lang: 'en', layout: 'list', limit: 8, theme: 'auto', hideImages: false },
  argTypes: {
    src: { control: 'text' },
    lang: { control: 'inline-radio', options: languages },
    layout: { control: 'inline-radio', options: layouts },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    hideImages: { control: 'boolean' },
  },
  // Every attribute the controls set reaches the element (stories/support.ts); the feed defaults to the sample in `lang`.
  render: args => html`<news-list ${attributes({ ...args, src: args.src ?? feedUrl(args.lang) })} style=${widthFor(args.layout)}></news-list>`,
  parameters: {
    msw: {
      handlers: {
        feed: http.get(FEED, ({ params }) => HttpResponse.json(sampleFeed(String(params.language)))),
        pictures: pictureHandler,
      },
    },
  },
};

export default meta;

// What a reader of each language sees in the sample feed: the calendar words of its first, second, third and eighth
// stories (today, yesterday at 23:47, this week at 18:20 and 12 March 2024 at 09:10), and the ticker's button.
const expected: Record<Language, { today: RegExp; yesterday: string; thisWeek: RegExp; march2024: string; pause: string }> = {
  en: { today: /^Today, \d\d:\d\d$/, yesterday: 'Yesterday, 23:47', thisWeek: /^\d{1,2} [A-Z][a-z]+( \d{4})?, 18:20$/, march2024: '12 March 2024, 09:10', pause: 'Pause headlines' },
  ru: { today: /^Сегодня, \d\d:\d\d$/, yesterday: 'Вчера, 23:47', thisWeek: /^\d{1,2} [а-я]+( \d{4})?, 18:20$/, march2024: '12 марта 2024, 09:10', pause: 'Остановить ленту' },
  uz: { today: /^Bugun, \d\d:\d\d$/, yesterday: 'Kecha, 23:47', thisWeek: /^(\d{4}-yil )?\d{1,2}-[a-z]+, 18:20$/, march2024: '2024-yil 12-mart, 09:10', pause: 'Lentani toʻxtatish' },
};

/** The sample feed in `args.lang`, laid out as `args.layout`, as a reader of that language sees it. */
async function expectHeadlines({ canvasElement, args }: StoryContext<Args>): Promise<void> {
  const list = await expectState(canvasElement, 'ready');
  const shown = headlines(args.lang).items.slice(0, args.limit);
  const words = expected[args.lang];
  const root = list.shadowRoot!;

  expect(partTexts(list, 'title')).toEqual(shown.map(item => item.title));
  expect(root.querySelectorAll('a[part="link"] [part="title"]')).toHaveLength(shown.length);

  const times = partTexts(list, 'time');
  expect(times[0]).toMatch(words.today);
  expect(times[1]).toBe(words.yesterday);
  expect(times[2]).toMatch(words.thisWeek);
  expect(times[7]).toBe(words.march2024);
  expect(root.querySelectorAll('time[part="time"]')[7].getAttribute('datetime')).toBe(MARCH_2024.toISOString());

  const images = [...root.querySelectorAll<HTMLImageElement>('img[part="image"]')];
  const pictured = (args.layout === 'list' || args.layout === 'grid') && !args.hideImages;
  if (pictured) {
    // Every story with a picture shows it, named by its title; the one without has none.
    expect(images.map(image => image.alt)).toEqual(shown.filter(item => item.image).map(item => item.title));
    await waitFor(() => expect(images[0].naturalWidth).toBeGreaterThan(0), { timeout: 5000 });
  } else {
    expect(images).toHaveLength(0);
  }

  const excerpts = partTexts(list, 'excerpt');
  if (pictured) {
    // Cut at a word near 150 characters, never inside one.
    expect(excerpts[0]).toMatch(/\p{L}…$/u);
    expect(excerpts[0].length).toBeLessThanOrEqual(151);
    expect(shown[0].summary.startsWith(`${excerpts[0].slice(0, -1)} `)).toBe(true);
  } else if (args.layout !== 'list' && args.layout !== 'grid') {
    expect(excerpts).toHaveLength(0);
  }

  if (args.layout === 'ticker') {
    expect(partTexts(list, 'category')).toHaveLength(0);
    expect(partText(list, 'pause')).toBe(words.pause);
  } else {
    expect(partTexts(list, 'category')).toEqual(shown.map(item => item._news.category));
  }
}

/** The sample feed laid out as `layout` for a reader of `lang`; the controls flip both. */
function ready(layout: ListLayout, lang: Language): Story {
  return { args: { layout, lang }, play: expectHeadlines };
}

/** Rows with a thumbnail at the end, an excerpt cut at a word, the category and a calendar-style time. */
export const List = ready('list', 'en');
export const ListInRussian = ready('list', 'ru');
export const ListInUzbek = ready('list', 'uz');

/** Cards with the picture on top; a card without a picture keeps the height of one with it. */
export const Grid = ready('grid', 'en');
export const GridInRussian = ready('grid', 'ru');
export const GridInUzbek = ready('grid', 'uz');

/** Titles, categories and times, dense. */
export const Compact = ready('compact', 'en');
export const CompactInRussian = ready('compact', 'ru');
export const CompactInUzbek = ready('compact', 'uz');

/** One moving line of headlines with a pause button. */
export const Ticker = ready('ticker', 'en');
export const TickerInRussian = ready('ticker', 'ru');
export const TickerInUzbek = ready('ticker', 'uz');

/** While the feed is on its way: a skeleton of `limit` rows, announced as busy. */
export const Loading: Story = {
  args: { limit: 5 },
  parameters: never,
  play: async ({ canvasElement, args }) => {
    const list = await expectState(canvasElement, 'loading');
    const skeleton = list.shadowRoot!.querySelector('[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).toBe('true');
    expect(skeleton.querySelectorAll('li')).toHaveLength(args.limit);
    expect(skeleton.textContent!.trim()).toBe('Loading…');
    expect(partTexts(list, 'item')).toHaveLength(0);
  },
};

/** A feed without items. */
export const Empty: Story = {
  parameters: feedAnswers(({ params }) => HttpResponse.json({ ...sampleFeed(String(params.language)), items: [] })),
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'empty');
    expect(partTexts(list, 'message')).toEqual(['No stories yet.']);
  },
};

// The sentence and button of a source that answers with a server error, in each language.
const outage: Record<Language, { message: string; retry: string }> = {
  en: { message: 'The news source is not available right now.', retry: 'Try again' },
  ru: { message: 'Источник новостей сейчас недоступен.', retry: 'Повторить' },
  uz: { message: 'Yangiliklar manbasi hozir mavjud emas.', retry: 'Qayta urinish' },
};

/** The source answers 503 to a reader of `lang`: a short localized message and a retry button, never the status line. */
function failing(lang: Language): Story {
  return {
    args: { lang },
    parameters: unavailable,
    play: async ({ canvasElement, args }) => {
      const list = await expectState(canvasElement, 'error');
      expect(partTexts(list, 'message')).toEqual([outage[args.lang].message]);
      expect(partTexts(list, 'retry')).toEqual([outage[args.lang].retry]);
      expect(list.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).toBe('alert');
      expect(list.shadowRoot!.textContent).not.toMatch(/503|Unavailable/);
    },
  };
}

export const ServerError = failing('en');
export const ErrorInRussian = failing('ru');
export const ErrorInUzbek = failing('uz');

let requests = 0;

/** The first request fails; the retry button asks again and the headlines arrive. */
export const RetryAfterError: Story = {
  beforeEach: () => {
    requests = 0;
  },
  parameters: feedAnswers(({ params }) => (++requests === 1 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleFeed(String(params.language))))),
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await waitFor(() => expect(list.getAttribute('state')).toBe('ready'), { timeout: 5000 });
    expect(partTexts(list, 'title')).toHaveLength(8);
    expect(requests).toBe(2);
  },
};

/** The source answers with something that is not JSON. */
export const MalformedFeed: Story = {
  parameters: feedAnswers(() => HttpResponse.text('{"items": [', { headers: { 'content-type': 'application/json' } })),
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(partTexts(list, 'message')).toEqual(['The news source sent something that is not a news feed.']);
  },
};

/** No `src`: a configuration error without a retry button. */
export const MissingSource: Story = {
  args: { src: '' },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(partTexts(list, 'message')).toEqual(['This widget is not set up correctly.']);
    expect(list.shadowRoot!.querySelector('[part="retry"]')).toBeNull();
  },
};

/**
 * A refresh failed while headlines were shown: they stay, the state stays `ready`, and the `stale` attribute tells
 * outside CSS. Here the source answers the first request and fails every revalidation (which carries If-None-Match).
 */
export const Stale: Story = {
  parameters: feedAnswers(({ request, params }) =>
    request.headers.has('if-none-match') ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleFeed(String(params.language)), { headers: { etag: '"morning"' } }),
  ),
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    expect(list.hasAttribute('stale')).toBe(false);
    // What a list with a refresh interval does when its time comes, without waiting for it.
    await getClient().get(list.src, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
    await waitFor(() => expect(list.hasAttribute('stale')).toBe(true), { timeout: 5000 });
    expect(list.getAttribute('state')).toBe('ready');
    expect(partTexts(list, 'title')).toHaveLength(8);
  },
};

/**
 * A refresh brings `count` new stories while the reader looks at the list: nothing moves, a button says how many
 * wait (`button`, in the words of `lang`), and a click puts them on top and moves the focus to the first of them.
 * The source answers its revalidation (which carries If-None-Match) with the newer feed.
 */
function afterRefresh(lang: Language, count: number, button: string): Story {
  return {
    args: { lang },
    parameters: feedAnswers(({ request, params }) => {
      const language = params.language as Language;
      return request.headers.has('if-none-match') ? HttpResponse.json(headlinesWithNews(language, count)) : HttpResponse.json(headlines(language), { headers: { etag: '"first"' } });
    }),
    play: async ({ canvasElement, args }) => {
      const list = await expectState(canvasElement, 'ready');
      const before = partTexts(list, 'title');
      expect(list.shadowRoot!.querySelector('[part="new-stories"]')).toBeNull();

      await getClient().get(list.src, parseJsonFeed, { cache: 'no-cache' });
      await waitFor(() => expect(partText(list, 'new-stories')).toBe(button), { timeout: 5000 });
      expect(partTexts(list, 'title')).toEqual(before);

      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="new-stories"]')!.click();
      const fresh = headlinesWithNews(args.lang, count).items.slice(0, args.limit);
      await waitFor(() => expect(partTexts(list, 'title')).toEqual(fresh.map(item => item.title)), { timeout: 5000 });
      expect(list.shadowRoot!.querySelector('[part="new-stories"]')).toBeNull();
      // The button the reader clicked is gone; their place is the first story.
      await waitFor(() => expect(list.shadowRoot!.activeElement).toBe(list.shadowRoot!.querySelector('[part="link"]')), { timeout: 5000 });
    },
  };
}

export const NewStories = afterRefresh('en', 3, '3 new stories');
export const OneNewStory = afterRefresh('en', 1, '1 new story');
export const NewStoriesInRussian = afterRefresh('ru', 3, '3 новые новости');
export const NewStoriesInUzbek = afterRefresh('uz', 3, '3 ta yangi xabar');

const LONG_FEED = '/stories/long-headlines.json';
const NEVER_FEED = '/stories/never.json';

/**
 * Headlines that try to break `layout`: a 300-character title, words longer than a column, an address, a long
 * category. Every story takes the height its words need (the skeleton's typical row is drawn below for
 * comparison); a word longer than the column breaks inside it, and no word is cut.
 */
function longTitles(layout: ListLayout): Story {
  return {
    args: { layout },
    render: ({ lang, layout, theme, hideImages }) => html`
      <news-list src=${LONG_FEED} lang=${lang} layout=${layout} limit="6" theme=${theme} ?hide-images=${hideImages} style=${widthFor(layout)}></news-list>
      <p style="margin: 2rem 0 0.5rem; font: 0.875rem system-ui, sans-serif; color: #5f6368">The same layout while loading:</p>
      <news-list src=${NEVER_FEED} lang=${lang} layout=${layout} limit="2" theme=${theme} ?hide-images=${hideImages} style=${widthFor(layout)}></news-list>
    `,
    parameters: {
      msw: {
        handlers: {
          feed: [
            http.get(LONG_FEED, () => HttpResponse.json(longHeadlines())),
            http.get(NEVER_FEED, async () => {
              await delay('infinite');
              return new HttpResponse(null, { status: 204 });
            }),
          ],
        },
      },
    },
    play: async ({ canvasElement }) => {
      const list = await expectState(canvasElement, 'ready');
      expect(list.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(6);
      expectEveryWordReadable(list);
    },
  };
}

export const LongTitles = longTitles('list');
export const LongTitlesGrid = longTitles('grid');
export const LongTitlesCompact = longTitles('compact');
export const LongTitlesTicker = longTitles('ticker');

const LONGEST_WORDS = '/stories/longest-words/:language.json';

/**
 * The longest words of `lang` in `layout` on a 320 px phone: headlines of 90 characters holding the longest
 * weather condition of the language, a one-word category of 40 characters, summaries cut at a word. Every word
 * shows whole.
 */
function longestWords(layout: ListLayout, lang: Language): Story {
  return {
    args: { layout, lang, limit: 6 },
    render: ({ lang, layout, limit, theme }) =>
      html`<news-list src=${LONGEST_WORDS.replace(':language', lang)} lang=${lang} layout=${layout} limit=${limit} theme=${theme} style="max-width: 288px"></news-list>`,
    parameters: {
      msw: { handlers: { feed: http.get(LONGEST_WORDS, ({ params }) => HttpResponse.json(longWordsFeed(params.language as Language, 6, '/stories/pictures/bridge.svg'))) } },
    },
    play: async ({ canvasElement }) => {
      const list = await expectState(canvasElement, 'ready');
      expect(list.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(6);
      expectEveryWordReadable(list);
    },
  };
}

export const LongestWordsList = longestWords('list', 'en');
export const LongestWordsListInRussian = longestWords('list', 'ru');
export const LongestWordsListInUzbek = longestWords('list', 'uz');
export const LongestWordsGrid = longestWords('grid', 'en');
export const LongestWordsGridInRussian = longestWords('grid', 'ru');
export const LongestWordsGridInUzbek = longestWords('grid', 'uz');
export const LongestWordsCompact = longestWords('compact', 'en');
export const LongestWordsCompactInRussian = longestWords('compact', 'ru');
export const LongestWordsCompactInUzbek = longestWords('compact', 'uz');
export const LongestWordsTicker = longestWords('ticker', 'en');
export const LongestWordsTickerInRussian = longestWords('ticker', 'ru');
export const LongestWordsTickerInUzbek = longestWords('ticker', 'uz');

/** Equal rows for a site that wants them: every title takes at least two lines, a longer one all of its own. */
export const TitleLines: Story = {
  render: ({ lang, theme }) => html`<news-list src=${LONGEST_WORDS.replace(':language', lang)} lang=${lang} title-lines="2" limit="6" theme=${theme} style="max-width: 40rem"></news-list>`,
  parameters: {
    msw: { handlers: { feed: http.get(LONGEST_WORDS, ({ params }) => HttpResponse.json(longWordsFeed(params.language as Language, 6, '/stories/pictures/bridge.svg', { titles: 'short' }))) } },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    const titles = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="title"]')];
    const line = parseFloat(getComputedStyle(titles[0]).lineHeight);
    for (const title of titles) expect(title.getBoundingClientRect().height).toBeGreaterThanOrEqual(2 * line - 0.5);
    expectEveryWordReadable(list);
  },
};

/** A picture that fails to load is taken away and its story closes up; with fallback-image, that picture shows. */
export const BrokenPicture: Story = {
  render: ({ lang, theme }) => html`
    <news-list src=${LONGEST_WORDS.replace(':language', lang)} lang=${lang} limit="2" theme=${theme} style="max-width: 40rem"></news-list>
    <news-list src=${LONGEST_WORDS.replace(':language', lang)} lang=${lang} limit="2" theme=${theme} fallback-image="/stories/pictures/market.svg" style="max-width: 40rem"></news-list>
  `,
  parameters: {
    msw: { handlers: { feed: http.get(LONGEST_WORDS, ({ params }) => HttpResponse.json(longWordsFeed(params.language as Language, 2, '/stories/pictures/missing.svg'))) } },
  },
  play: async ({ canvasElement }) => {
    const [plain, withFallback] = [...canvasElement.querySelectorAll('news-list')];
    await widgetIn(canvasElement, 'news-list', 'ready');
    await waitFor(() => expect(withFallback.getAttribute('state')).toBe('ready'), { timeout: 20_000 });
    await waitFor(() => expect([...plain.shadowRoot!.querySelectorAll<HTMLImageElement>('[part="image"]')].every(image => image.hidden)).toBe(true));
    await waitFor(() => expect(withFallback.shadowRoot!.querySelector<HTMLImageElement>('[part="image"]')!.naturalWidth).toBeGreaterThan(0));
  },
};

/** A publisher that sends no pictures: the text takes the whole row. */
export const NoPictures: Story = {
  parameters: feedAnswers(({ params }) => HttpResponse.json(headlinesWithoutPictures(params.language as Language))),
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    expect(list.shadowRoot!.querySelectorAll('[part="image"]')).toHaveLength(0);
    const items = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(items).toHaveLength(8);
    expectEveryWordReadable(list);
    const excerpt = items[0].querySelector('[part="excerpt"]')!.getBoundingClientRect();
    expect(Math.abs(excerpt.width - items[0].clientWidth)).toBeLessThanOrEqual(1);
  },
};

/** `hide-images` on a feed with pictures: cards of text only, each as tall as its words. */
export const HiddenImages: Story = {
  args: { layout: 'grid', hideImages: true },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    expect(list.shadowRoot!.querySelectorAll('[part="image"]')).toHaveLength(0);
    const items = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
    expect(items).toHaveLength(8);
    expectEveryWordReadable(list);
  },
};

/** A feed in Arabic: the list runs right to left, with each picture on the left, at the end of its row. */
export const RightToLeft: Story = {
  args: { src: feedUrl('ar') },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    const items = list.shadowRoot!.querySelector('[part="list"]')!;
    expect(items.getAttribute('dir')).toBe('rtl');
    expect(items.getAttribute('lang')).toBe('ar');
    expect(partTexts(list, 'title')).toEqual(arabicHeadlines().items.map(item => item.title));
    const first = list.shadowRoot!.querySelector('[part="item"]')!;
    const image = first.querySelector('[part="image"]')!.getBoundingClientRect();
    const title = first.querySelector('[part="title"]')!.getBoundingClientRect();
    expect(image.right).toBeLessThanOrEqual(title.left);
  },
};

/**
 * Server-rendered links inside the element, shown by the slot while the feed loads (`state`: `loading`) or after it
 * failed (`error`), in place of the skeleton or the error message.
 */
function withFallback(state: 'loading' | 'error'): Story {
  return {
    render: ({ lang, layout, theme }) => html`
      <news-list src=${feedUrl(lang)} lang=${lang} layout=${layout} theme=${theme} style=${widthFor(layout)}>
        <ul>
          ${headlines(lang)
            .items.slice(0, 3)
            .map(item => html`<li><a href=${item.url}>${item.title}</a></li>`)}
        </ul>
      </news-list>
    `,
    parameters: state === 'loading' ? never : unavailable,
    play: async ({ canvasElement, args }) => {
      const list = await expectState(canvasElement, state);
      const slot = list.shadowRoot!.querySelector('slot')!;
      const links = slot.assignedElements().flatMap(element => [...element.querySelectorAll('a')]);
      expect(links.map(link => link.textContent)).toEqual(headlines(args.lang).items.slice(0, 3).map(item => item.title));
      for (const link of links) expect(link.checkVisibility()).toBe(true);
      expect(list.shadowRoot!.querySelector('[part="skeleton"], [part="error"]')).toBeNull();
      if (state === 'loading') expect(slot.parentElement!.getAttribute('aria-busy')).toBe('true');
    },
  };
}

export const FallbackWhileLoading = withFallback('loading');
export const FallbackAfterError = withFallback('error');

/** `theme="dark"`: a dark surface of its own, on which every kind of text keeps a contrast of at least 4.5:1. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    const surface = getComputedStyle(list).backgroundColor;
    expect(luminanceOf(surface)).toBeLessThan(0.05);
    for (const name of ['title', 'excerpt', 'category', 'time']) {
      const part = list.shadowRoot!.querySelector(`[part="${name}"]`)!;
      expect(contrastRatio(getComputedStyle(part).color, surface), `contrast of the ${name}`).toBeGreaterThanOrEqual(4.5);
    }
  },
};
