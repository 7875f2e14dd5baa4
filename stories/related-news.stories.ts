import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { headlines, languages, type Language } from './fixtures/headlines.js';
import { longWordsFeed } from './fixtures/long-words.js';
import { pictureHandler } from './fixtures/pictures.js';
import { subjectFeed } from './fixtures/related-subjects.js';
import { attributes, expectEveryWordReadable, partText, partTexts, widgetIn } from './support.js';
import '../src/elements/news-article/define.js';
import '../src/elements/related-news/define.js';
import type { ListLayout } from '../src/elements/news-list/news-list.js';
import type { RelatedNews } from '../src/elements/related-news/related-news.js';

/** Candidates in `language`: the sample feed, served at `/stories/<language>/related.json`. */
const feedUrl = (language: string) => `/stories/${language}/related.json`;
const FEED = feedUrl(':language');

/** The article the reader is on: the second story of the sample feed, which the block must leave out. */
const currentArticle = (language: Language) => headlines(language).items[1];

interface Args {
  /** The feed of candidates; by default the sample feed in the language of `lang`. */
  src?: string;
  /** The article being read; by default the second story of the sample feed. */
  exclude?: string;
  /** Unset: the localized "Similar news"; empty: no heading. */
  heading?: string;
  lang: Language;
  layout: ListLayout;
  limit: number;
  min: number;
  theme: 'auto' | 'light' | 'dark';
}

type Story = StoryObj<Args>;

function relatedIn(canvas: HTMLElement, state: string): Promise<RelatedNews> {
  return widgetIn(canvas, 'related-news', state);
}

const meta: Meta<Args> = {
  title: 'Elements/related-news',
  component: 'related-news',
  args: { lang: 'en', layout: 'list', limit: 6, min: 3, theme: 'auto' },
  argTypes: {
    src: { control: 'text' },
    exclude: { control: 'text' },
    heading: { control: 'text' },
    lang: { control: 'inline-radio', options: languages },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact', 'ticker'] },
    limit: { control: { type: 'number', min: 1, max: 100 } },
    min: { control: { type: 'number', min: 1, max: 100 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  // Every attribute the controls set reaches the element (stories/support.ts); the feed defaults to the sample in
  // `lang`, and the story being read to that sample's article.
  render: args =>
    html`<related-news
      ${attributes({ ...args, src: args.src ?? feedUrl(args.lang), exclude: args.exclude ?? currentArticle(args.lang).url })}
      style=${args.layout === 'grid' ? 'max-width: 60rem' : 'max-width: 40rem'}
    ></related-news>`,
  parameters: {
    msw: {
      handlers: {
        feed: http.get(FEED, ({ params }) => HttpResponse.json(headlines(params.language as Language))),
        pictures: pictureHandler,
      },
    },
  },
};

export default meta;

const headingIn: Record<Language, string> = { en: 'Similar news', ru: 'Похожие новости', uz: 'Oʻxshash yangiliklar' };
const todayIn: Record<Language, RegExp> = { en: /^Today, \d\d:\d\d$/, ru: /^Сегодня, \d\d:\d\d$/, uz: /^Bugun, \d\d:\d\d$/ };

/** `limit` stories of the sample feed in order, without the article being read, under the localized heading. */
async function expectSimilar({ canvasElement, args }: StoryContext<Args>): Promise<void> {
  const related = await relatedIn(canvasElement, 'ready');
  const feed = headlines(args.lang);
  const current = currentArticle(args.lang);
  const titles = partTexts(related, 'title');
  expect(partText(related, 'heading')).toBe(headingIn[args.lang]);
  expect(titles).not.toContain(current.title);
  expect(titles).toEqual(feed.items.filter(item => item !== feed.items[1]).slice(0, args.limit).map(item => item.title));
  expect(partTexts(related, 'time')[0]).toMatch(todayIn[args.lang]);
  if (args.layout === 'list' || args.layout === 'grid') {
    const images = [...related.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="image"]')];
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(titles).toContain(image.alt);
  }
}

/** Under an English article: six stories without the one being read (given by `exclude`), headed "Similar news". */
export const Ready: Story = { play: expectSimilar };

/** The heading and the times in Russian: «Похожие новости». */
export const InRussian: Story = { args: { lang: 'ru' }, play: expectSimilar };

/** The heading and the times in Uzbek: "Oʻxshash yangiliklar". */
export const InUzbek: Story = { args: { lang: 'uz' }, play: expectSimilar };

/** As cards under a wide article. */
export const Grid: Story = { args: { layout: 'grid' }, play: expectSimilar };

/** The article's address as a newsletter links to it (another scheme, `www.`, tracking parameters, a fragment) still names it. */
export const ExcludeByAddressVariant: Story = {
  args: { exclude: 'http://www.valley-herald.example/en/winter-market/?utm_source=newsletter&utm_medium=email#comments' },
  play: expectSimilar,
};

/** `heading=""`: the stories alone, for a page that titles the block itself. */
export const WithoutHeading: Story = {
  args: { heading: '' },
  play: async ({ canvasElement }) => {
    const related = await relatedIn(canvasElement, 'ready');
    expect(related.shadowRoot!.querySelector('[part="heading"]')).toBeNull();
    expect(partTexts(related, 'title')).toHaveLength(6);
  },
};

/**
 * Three candidates, one of them the article being read: two are fewer than `min` (3), so the block is `empty` and
 * takes no room at all, rather than look broken.
 */
export const TooFew: Story = {
  parameters: {
    msw: {
      handlers: {
        feed: http.get(FEED, ({ params }) => {
          const feed = headlines(params.language as Language);
          return HttpResponse.json({ ...feed, items: feed.items.slice(0, 3) });
        }),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const related = await relatedIn(canvasElement, 'empty');
    expect(related.offsetHeight).toBe(0);
    expect(related.shadowRoot!.querySelector('[part="heading"], [part="item"], [part="message"]')).toBeNull();
  },
};

/** The source of candidates answers 503: the localized message and a retry button. */
export const ServerError: Story = {
  parameters: { msw: { handlers: { feed: http.get(FEED, () => new HttpResponse(null, { status: 503 })) } } },
  play: async ({ canvasElement }) => {
    const related = await relatedIn(canvasElement, 'error');
    expect(partTexts(related, 'message')).toEqual(['The news source is not available right now.']);
    expect(partTexts(related, 'retry')).toEqual(['Try again']);
  },
};

const SUBJECTS = '/stories/subjects/:language.json';
const subjectsHandler = http.get(SUBJECTS, ({ params }) => {
  const [lang, museum] = String(params.language).split('-');
  return HttpResponse.json(subjectFeed(lang as 'en' | 'ru', { withMuseum: museum === 'museum' }));
});

/** How many of the stories the block shows are on `subject`, from their addresses (`…/en/floods/3`). */
function onSubject(related: RelatedNews, subject: string): number {
  return [...related.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')].filter(link => new URL(link.href).pathname.split('/')[2] === subject).length;
}

/**
 * `order="similar"` under an article about floods, from a feed of forty stories on five subjects: the block finds
 * the other flood stories itself, and leaves out the one being read.
 */
export const SimilarToTheArticle: Story = {
  args: { lang: 'en' },
  render: ({ lang, layout, theme }) => html`<news-article src=${`/stories/subjects/${lang}.json`} item-id="floods-0" lang=${lang} theme=${theme} style="max-width: 40rem"></news-article>
    <related-news src=${`/stories/subjects/${lang}.json`} order="similar" lang=${lang} layout=${layout} theme=${theme} style="max-width: 40rem"></related-news>`,
  parameters: { msw: { handlers: { feed: subjectsHandler } } },
  play: async ({ canvasElement }) => {
    await widgetIn(canvasElement, 'news-article', 'ready');
    const related = await relatedIn(canvasElement, 'ready');
    await waitFor(() => expect(onSubject(related, 'floods')).toBeGreaterThanOrEqual(5));
    expect(partTexts(related, 'title')).toHaveLength(6);
    expect(partTexts(related, 'title')).not.toContain(partText(canvasElement.querySelector('news-article')!, 'title'));
  },
};

/** The same in Russian: «Переговоры…» and «переговорах» count as one word. */
export const SimilarToTheArticleInRussian: Story = { ...SimilarToTheArticle, args: { lang: 'ru' } };

/**
 * No `<news-article>` on the page: the block reads the page's own `og:title`, `og:description`, `article:tag` and
 * `article:section`, as a CMS writes them, and ranks by them.
 */
export const SimilarToPageMetadata: Story = {
  args: { lang: 'en' },
  render: ({ lang, layout, theme }) => html`<related-news src=${`/stories/subjects/${lang}.json`} order="similar" lang=${lang} layout=${layout} theme=${theme} style="max-width: 40rem"></related-news>`,
  parameters: { msw: { handlers: { feed: subjectsHandler } } },
  beforeEach: () => {
    const story = subjectFeed('en').items.find(item => item.id === 'football-0')!;
    const tags = [
      ['og:title', story.title],
      ['og:description', story.summary],
      ['article:section', story._news.category],
      ...story.tags.map(tag => ['article:tag', tag]),
    ].map(([property, content]) => {
      const tag = document.createElement('meta');
      tag.setAttribute('property', property);
      tag.content = content;
      return tag;
    });
    const canonical = Object.assign(document.createElement('link'), { rel: 'canonical', href: story.url });
    document.head.append(...tags, canonical);
    return () => {
      for (const tag of [...tags, canonical]) tag.remove();
    };
  },
  play: async ({ canvasElement }) => {
    const related = await relatedIn(canvasElement, 'ready');
    expect(onSubject(related, 'football')).toBeGreaterThanOrEqual(4);
    expect(partTexts(related, 'title')).toHaveLength(6);
  },
};

/**
 * `order="similar"` under an article whose subject has only two other stories in the feed: fewer good stories than
 * `min` (3), so the block is `empty` and takes no room, as publishers' related posts do.
 */
export const SimilarTooFew: Story = {
  args: { lang: 'en' },
  render: ({ lang, layout, theme }) => html`<news-article src=${`/stories/subjects/${lang}-museum.json`} item-id="museum-0" lang=${lang} theme=${theme} style="max-width: 40rem"></news-article>
    <related-news src=${`/stories/subjects/${lang}-museum.json`} order="similar" lang=${lang} layout=${layout} theme=${theme}></related-news>`,
  parameters: { msw: { handlers: { feed: subjectsHandler } } },
  play: async ({ canvasElement }) => {
    await widgetIn(canvasElement, 'news-article', 'ready');
    const related = await relatedIn(canvasElement, 'empty');
    expect(related.offsetHeight).toBe(0);
    expect(related.shadowRoot!.querySelector('[part="heading"], [part="item"]')).toBeNull();
  },
};

const LONGEST_WORDS = '/stories/longest-words/:language/related.json';

/**
 * The longest words of `lang` in `layout` under an article on a 320 px phone: headlines of 90 characters holding
 * the longest weather condition, a one-word category of 40 characters. Every word shows whole.
 */
function longestWords(layout: ListLayout, lang: Language): Story {
  return {
    args: { layout, lang, src: LONGEST_WORDS.replace(':language', lang), exclude: 'none' },
    render: ({ src, lang, layout, theme }) => html`<related-news src=${src!} lang=${lang} layout=${layout} theme=${theme} exclude="none" style="max-width: 288px"></related-news>`,
    parameters: {
      msw: { handlers: { feed: http.get(LONGEST_WORDS, ({ params }) => HttpResponse.json(longWordsFeed(params.language as Language, 6, '/stories/pictures/orchard.svg'))) } },
    },
    play: async ({ canvasElement }) => {
      const related = await relatedIn(canvasElement, 'ready');
      expect(related.shadowRoot!.querySelectorAll('[part="item"]')).toHaveLength(6);
      expectEveryWordReadable(related);
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
