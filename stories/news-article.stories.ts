/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { attributes, partText, widgetIn } from './support.js';
import sample from '../demo/public/api/articles/131.json';
import leadPicture from '../demo/public/images/lake-lead.svg?raw';
import nurseryPicture from '../demo/public/images/nursery.svg?raw';
import '../src/elements/news-article/define.js';
import type { NewsArticle } from '../src/elements/news-article/news-article.js';

const ARTICLE = '/api/articles/131.json';

/** 23:47 yesterday on the reader's clock, so the header reads "Yesterday, 23:47" whenever the story runs. */
function yesterdayAt2347(): string {
  const date = new Date();
  date.setDate(date.getDate() - 1);
  date.setHours(23, 47, 0, 0);
  return date.toISOString();
}

const pictures = [
  http.get('/images/lake-lead.svg', () => new HttpResponse(leadPicture, { headers: { 'content-type': 'image/svg+xml' } })),
  http.get('/images/nursery.svg', () => new HttpResponse(nurseryPicture, { headers: { 'content-type': 'image/svg+xml' } })),
];

const article = (item: object) => [http.get(ARTICLE, () => HttpResponse.json({ ...item, date_published: yesterdayAt2347() })), ...pictures];

// Short articles written for the language stories.
const russian = {
  id: 'ru-1',
  url: '/ru/world/2026/11/26/ozero-temir',
  title: 'Кустарник на дне высохшего озера начал сдерживать пыльные бури',
  content_html: `<p>Через восемь лет после начала посадок полосы саксаула на дне озера Темир задерживают около трети солёной пыли, которую ветер прежде уносил в прибрежные сёла.</p>
<h2>Что изменилось</h2>
<ul><li>Саженцы год растут в питомниках под притеняющей сеткой.</li><li>Их высаживают поздней осенью, пока земля хранит влагу первых дождей.</li><li>Новые участки три года остаются под оградой.</li></ul>
<p>Учёные предупреждают: две сухие зимы подряд могут погубить самые молодые посадки.</p>`,
  image: '/images/lake-lead.svg',
  authors: [{ name: 'Малика Юсупова' }],
  _news: { category: 'В мире', views: 131 },
};

const uzbek = {
  id: 'uz-1',
  url: '/uz/dunyo/2026/11/26/temir-kol',
  title: 'Qurigan koʻl tubiga ekilgan butalar chang boʻronlarini toʻxtata boshladi',
  content_html: `<p>Ekish boshlanganidan sakkiz yil oʻtib, Temir koʻli tubidagi saksovul polosalari shamol ilgari qirgʻoqdagi qishloqlarga olib ketgan shoʻr changning qariyb uchdan birini ushlab qolmoqda.</p>
<h2>Nima oʻzgardi</h2>
<ul><li>Koʻchatlar bir yil davomida soya toʻri ostidagi koʻchatxonalarda oʻstiriladi.</li><li>Ular kech kuzda, yer birinchi yomgʻirlar namini saqlab turganda ekiladi.</li><li>Yangi maydonlar uch yil davomida oʻrab qoʻyiladi.</li></ul>`,
  image: '/images/lake-lead.svg',
  authors: [{ name: 'Malika Yusupova' }],
  _news: { category: 'Dunyo', views: 131 },
};

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Riverside Courier</title><link>https://courier.example/</link>
<item><guid>https://courier.example/city/night-trams</guid><title>Night trams return to the river line</title><link>https://courier.example/city/night-trams</link>
<category>City</category><content:encoded><![CDATA[<p>From Monday the number 4 runs every twenty minutes until 1 a.m.</p>]]></content:encoded></item>
<item><guid>https://courier.example/city/bakers</guid><title>Old Town bakers share one wood-fired oven</title><link>https://courier.example/city/bakers</link>
<category>Business</category><content:encoded><![CDATA[<p>Seven family bakeries will split the cost of a restored brick oven.</p><h2>Who bakes when</h2><ul><li>Mondays: the Karimovs</li><li>Tuesdays: the Old Mill</li></ul>]]></content:encoded></item>
</channel></rss>`;

interface Args {
  src: string;
  itemId: string;
  lang: string;
  headingLevel: string;
  hideImage: boolean;
  theme: 'auto' | 'light' | 'dark';
}

function articleIn(canvas: HTMLElement, state: string): Promise<NewsArticle> {
  return widgetIn(canvas, 'news-article', state);
}

const meta: Meta<Args> = {
  title: 'Elements/news-article',
  component: 'news-article',
  args: { src: ARTICLE, itemId: '', lang: 'en', headingLevel: '2', hideImage: false, theme: 'auto' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'ru', 'uz'] },
    headingLevel: { control: 'inline-radio', options: ['1', '2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  // Every attribute the controls set reaches the element (stories/support.ts).
  render: args => html`<news-article ${attributes(args)}></news-article>`,
  parameters: { msw: { handlers: article(sample) } },
};

export default meta;

type Story = StoryObj<Args>;

/** A long article as a news site publishes it: standfirst, lead picture, subheads, a list, a figure, a table and a quote. */
export const LongArticle: Story = {
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(partText(element, 'category')).toBe('World');
    expect(partText(element, 'time')).toBe('Yesterday, 23:47');
    expect(partText(element, 'views')).toBe('131 views');
    expect(partText(element, 'title')).toBe(sample.title);
    const body = element.shadowRoot!.querySelector('[part="body"]')!;
    expect([...body.querySelectorAll('h2')].map(heading => heading.textContent)).toEqual(['Why these shrubs', 'What the measurements show', 'What comes next']);
    expect(body.querySelectorAll('ul > li')).toHaveLength(4);
    expect(body.querySelector('img')!.getAttribute('loading')).toBe('lazy');
  },
};

/** «Вчера, 23:47», «131 просмотр». */
export const Russian: Story = {
  args: { lang: 'ru' },
  parameters: { msw: { handlers: article(russian) } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(partText(element, 'time')).toBe('Вчера, 23:47');
    expect(partText(element, 'views')).toBe('131 просмотр');
  },
};

/** "Kecha, 23:47", "131 marta koʻrilgan". */
export const Uzbek: Story = {
  args: { lang: 'uz' },
  parameters: { msw: { handlers: article(uzbek) } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(partText(element, 'time')).toBe('Kecha, 23:47');
    expect(partText(element, 'views')).toBe('131 marta koʻrilgan');
  },
};

/** One item of an RSS feed, picked by item-id (its guid or link). */
export const FromRssFeed: Story = {
  args: { src: '/feeds/courier.xml', itemId: 'https://courier.example/city/bakers' },
  parameters: { msw: { handlers: [http.get('/feeds/courier.xml', () => new HttpResponse(RSS, { headers: { 'content-type': 'application/rss+xml' } }))] } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(partText(element, 'title')).toBe('Old Town bakers share one wood-fired oven');
    expect(partText(element, 'category')).toBe('Business');
  },
};

/** The title as an h3, and no lead picture. */
export const HeadingLevelAndHiddenImage: Story = {
  args: { headingLevel: '3', hideImage: true },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(element.shadowRoot!.querySelector('[part="title"]')!.localName).toBe('h3');
    expect(element.shadowRoot!.querySelector('[part="image"]')).toBeNull();
  },
};

/** The dark theme, whatever the reader's colour scheme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'ready');
    expect(getComputedStyle(element).colorScheme).toBe('dark');
  },
};

/** The skeleton: the header's lines and the lead picture's box, while the article is on its way. */
export const Loading: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(ARTICLE, async () => {
          await delay('infinite');
          return HttpResponse.json(sample);
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'loading');
    await waitFor(() => expect(element.shadowRoot!.querySelector('[aria-busy="true"] [role="status"]')!.textContent).toBe('Loading…'), { timeout: 5000 });
  },
};

/** An item with neither title, text nor picture. */
export const Empty: Story = {
  parameters: { msw: { handlers: [http.get(ARTICLE, () => HttpResponse.json({ id: 'nothing', content_html: '<p> </p>' }))] } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'empty');
    expect(partText(element, 'message')).toBe('No stories yet.');
  },
};

/** item-id names an item the feed does not have: a config error, without a retry button. */
export const MissingItem: Story = {
  args: { src: '/feeds/courier.xml', itemId: 'https://courier.example/city/no-such-story' },
  parameters: { msw: { handlers: [http.get('/feeds/courier.xml', () => new HttpResponse(RSS, { headers: { 'content-type': 'application/rss+xml' } }))] } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'error');
    expect(partText(element, 'message')).toBe('This article is not available.');
    expect(element.shadowRoot!.querySelector('[part="retry"]')).toBeNull();
  },
};

/** The source fails: a short message and a retry button, never the status line. */
export const ServerError: Story = {
  parameters: { msw: { handlers: [http.get(ARTICLE, () => new HttpResponse('Internal Server Error', { status: 500 }))] } },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'error');
    expect(partText(element, 'message')).toBe('The news source is not available right now.');
    expect(partText(element, 'retry')).toBe('Try again');
  },
};

/** The same failure in Russian. */
export const ErrorInRussian: Story = {
  args: { lang: 'ru' },
  parameters: ServerError.parameters,
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement, 'error');
    expect(partText(element, 'message')).toBe('Источник новостей сейчас недоступен.');
    expect(partText(element, 'retry')).toBe('Повторить');
  },
};
