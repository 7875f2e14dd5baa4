// <news-list> over several sources, filtered, with "More stories", and laid out as a magazine or a carousel: each
// state in English, Russian and Uzbek, checked by its play function when `npm test` renders the stories.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { headlines, languages, type Language, type SampleFeed } from './fixtures/headlines.js';
import { pictureHandler } from './fixtures/pictures.js';
import { partText, partTexts, widgetIn } from './support.js';
import '../src/elements/news-list/define.js';
import type { NewsList } from '../src/elements/news-list/news-list.js';

interface Args {
  lang: Language;
  layout: 'list' | 'magazine' | 'carousel';
  limit: number;
  theme: 'auto' | 'light' | 'dark';
  /** Space-separated addresses; by default the sample feed in `lang`. */
  src?: string;
  keywords?: string;
  more?: boolean;
}

type Story = StoryObj<Args>;

const feedUrl = (language: string) => `/stories/${language}/sources.json`;

/** The sample feed in `language` as a source of its own: its stories get ids and addresses of their own. */
function sourceFeed(language: Language, name: string): SampleFeed {
  const feed = headlines(language);
  return { ...feed, title: name, items: feed.items.map(item => ({ ...item, id: `${name}-${item.id}`, url: `${item.url}?from=${encodeURIComponent(name)}` })) };
}

const NAMES: Record<Language, string> = { en: 'Riverside Courier', ru: 'Прибрежный курьер', uz: 'Daryo boʻyi xabarlari' };

const handlers = {
  feed: http.get('/stories/:language/sources.json', ({ params }) => HttpResponse.json(sourceFeed(params.language as Language, NAMES[params.language as Language]))),
  second: http.get('/stories/second/:language.json', ({ params }) => {
    const feed = sourceFeed(params.language as Language, `${NAMES[params.language as Language]} 2`);
    // Its stories are an hour newer than the first source's: merged newest first, the two alternate.
    return HttpResponse.json({ ...feed, items: feed.items.map(item => ({ ...item, title: `${item.title} (2)`, date_published: new Date(Date.parse(item.date_published) + 1_800_000).toISOString() })) });
  }),
  broken: http.get('/stories/broken/:language.json', () => new HttpResponse('Internal Server Error', { status: 500 })),
  pictures: pictureHandler,
};

const meta: Meta<Args> = {
  title: 'Elements/news-list/Sources and layouts',
  component: 'news-list',
  args: { lang: 'en', layout: 'list', limit: 4, theme: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: languages },
    layout: { control: 'inline-radio', options: ['list', 'magazine', 'carousel'] },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: args =>
    html`<news-list
      src=${args.src ?? feedUrl(args.lang)}
      lang=${args.lang}
      layout=${args.layout}
      limit=${args.limit}
      theme=${args.theme}
      keywords=${args.keywords ?? ''}
      ?more=${args.more}
      style="max-width: 60rem"
    ></news-list>`,
  parameters: { msw: { handlers } },
};

export default meta;

function listIn(canvas: HTMLElement, state = 'ready'): Promise<NewsList> {
  return widgetIn(canvas, 'news-list', state);
}

/** The lead story large with its picture and excerpt, the others as a column of titles and times. */
async function expectMagazine({ canvasElement, args }: StoryContext<Args>): Promise<void> {
  const list = await listIn(canvasElement);
  const shown = headlines(args.lang).items.slice(0, args.limit);
  expect(partTexts(list, 'title')).toEqual(shown.map(item => item.title));
  const rows = [...list.shadowRoot!.querySelectorAll('[part="item"]')];
  expect(rows[0].querySelector('[part="image"]')).not.toBeNull();
  expect(rows[0].querySelector('[part="excerpt"]')).not.toBeNull();
  expect(rows.slice(1).flatMap(row => [...row.querySelectorAll('[part="image"], [part="excerpt"]')])).toHaveLength(0);
}

function magazine(lang: Language): Story {
  return { args: { lang, layout: 'magazine', limit: 5 }, play: expectMagazine };
}

export const Magazine = magazine('en');
export const MagazineInRussian = magazine('ru');
export const MagazineInUzbek = magazine('uz');

const TURNS: Record<Language, [string, string]> = { en: ['Previous stories', 'Next stories'], ru: ['Предыдущие новости', 'Следующие новости'], uz: ['Oldingi xabarlar', 'Keyingi xabarlar'] };

/** One row of cards, its buttons named in the reader's language, the arrow keys stepping from card to card. */
async function expectCarousel({ canvasElement, args }: StoryContext<Args>): Promise<void> {
  const list = await listIn(canvasElement);
  const root = list.shadowRoot!;
  expect(partTexts(list, 'title')).toEqual(headlines(args.lang).items.slice(0, args.limit).map(item => item.title));
  expect([partText(list, 'previous'), partText(list, 'next')]).toEqual(TURNS[args.lang]);
  const links = [...root.querySelectorAll<HTMLElement>('[part="link"]')];
  links[0].focus();
  await userEvent.keyboard('{ArrowRight}');
  await waitFor(() => expect(root.activeElement).toBe(links[1]));
}

function carousel(lang: Language): Story {
  return { args: { lang, layout: 'carousel', limit: 6 }, play: expectCarousel };
}

export const Carousel = carousel('en');
export const CarouselInRussian = carousel('ru');
export const CarouselInUzbek = carousel('uz');

/** The skeleton of each layout while the feed is on its way. */
function loading(layout: Args['layout']): Story {
  return {
    args: { layout },
    parameters: {
      msw: {
        handlers: {
          ...handlers,
          feed: http.get('/stories/:language/sources.json', async () => {
            await delay('infinite');
            return new HttpResponse(null, { status: 204 });
          }),
        },
      },
    },
    play: async ({ canvasElement }) => {
      const list = await listIn(canvasElement, 'loading');
      expect(list.shadowRoot!.querySelectorAll('[part="skeleton"] li')).toHaveLength(4);
    },
  };
}

export const MagazineLoading = loading('magazine');
export const CarouselLoading = loading('carousel');

/** Two sources merged newest first, each story with its source's name. */
function twoSources(lang: Language): Story {
  return {
    args: { lang, src: `${feedUrl(lang)} /stories/second/${lang}.json` },
    play: async ({ canvasElement }) => {
      const list = await listIn(canvasElement);
      const titles = partTexts(list, 'title');
      const first = headlines(lang).items;
      expect(titles).toEqual([`${first[0].title} (2)`, first[0].title, `${first[1].title} (2)`, first[1].title]);
      expect(partTexts(list, 'source')).toEqual([`${NAMES[lang]} 2`, NAMES[lang], `${NAMES[lang]} 2`, NAMES[lang]]);
    },
  };
}

export const SeveralSources = twoSources('en');
export const SeveralSourcesInRussian = twoSources('ru');
export const SeveralSourcesInUzbek = twoSources('uz');

/** One of two sources fails: the other's stories show, and the list is ready. */
export const OneSourceFailing: Story = {
  args: { src: `${feedUrl('en')} /stories/broken/en.json` },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    expect(partTexts(list, 'title')).toEqual(headlines('en').items.slice(0, 4).map(item => item.title));
  },
};

/** Every source fails: the error box with its retry button. */
export const EverySourceFailing: Story = {
  args: { src: '/stories/broken/en.json /stories/broken/ru.json' },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement, 'error');
    expect(list.shadowRoot!.querySelector('[part="retry"]')).not.toBeNull();
  },
};

/** Only the stories holding a keyword, in the reader's language; an Uzbek word typed with a plain apostrophe. */
function keyword(lang: Language, word: string, title: string): Story {
  return {
    args: { lang, keywords: word },
    play: async ({ canvasElement }) => {
      const list = await listIn(canvasElement);
      expect(partTexts(list, 'title')).toEqual([title]);
    },
  };
}

export const Keywords = keyword('en', 'Tram Depot', 'Saturday farmers’ market moves into the old tram depot for the winter');
export const KeywordsInRussian = keyword('ru', 'рынок', 'Субботний фермерский рынок на зиму переезжает в старое трамвайное депо');
export const KeywordsInUzbek = keyword('uz', "ko'prigi", 'Eski kanal ustidagi piyodalar koʻprigi velosipedchilar uchun alohida yoʻlak bilan ochiladi');

const MORE: Record<Language, [string, string]> = { en: ['More stories', '4 more stories shown'], ru: ['Ещё новости', 'Показано ещё 4 новости'], uz: ['Yana yangiliklar', 'Yana 4 ta xabar koʻrsatildi'] };

/** "More stories" under the list shows the next four, focuses the first of them and says how many it added. */
function more(lang: Language): Story {
  return {
    args: { lang, more: true },
    play: async ({ canvasElement }) => {
      const list = await listIn(canvasElement);
      const root = list.shadowRoot!;
      expect(partText(list, 'more')).toBe(MORE[lang][0]);
      root.querySelector<HTMLButtonElement>('[part="more"]')!.click();
      await waitFor(() => expect(partTexts(list, 'title')).toHaveLength(8));
      await waitFor(() => expect(root.activeElement).toBe(root.querySelectorAll('[part="link"]')[4]));
      expect(root.querySelector('[role="status"]')!.textContent).toBe(MORE[lang][1]);
    },
  };
}

export const MoreStories = more('en');
export const MoreStoriesInRussian = more('ru');
export const MoreStoriesInUzbek = more('uz');
