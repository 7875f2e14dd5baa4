import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, waitFor } from 'storybook/test';
import { widgetIn } from './support.js';
import sampleFeed from '../demo/public/feed.json';
import { getClient } from '../src/data/client.js';
import { parseJsonFeed } from '../src/data/jsonfeed.js';
import '../src/elements/news-list/define.js';
import type { NewsList } from '../src/elements/news-list/news-list.js';

const FEED = '/stories/feed.json';

interface Args {
  src: string;
  limit: number;
  lang: string;
}

function expectState(canvas: HTMLElement, state: string): Promise<NewsList> {
  return widgetIn(canvas, 'news-list', state);
}

function visibleText(list: NewsList, selector: string): string[] {
  return [...list.shadowRoot!.querySelectorAll(selector)].map(node => node.textContent!.trim());
}

const meta: Meta<Args> = {
  title: 'Elements/news-list',
  component: 'news-list',
  args: { src: FEED, limit: 8, lang: 'en' },
  argTypes: {
    limit: { control: { type: 'number', min: 1, max: 100 } },
    lang: { control: 'inline-radio', options: ['en', 'ru', 'uz'] },
  },
  render: ({ src, limit, lang }) => html`<news-list src=${src} limit=${limit} lang=${lang} style="max-width: 36rem"></news-list>`,
  parameters: {
    msw: { handlers: [http.get(FEED, () => HttpResponse.json(sampleFeed))] },
  },
};

export default meta;

type Story = StoryObj<Args>;

/** Headlines from a JSON Feed 1.1 with the `_news` extension. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    const titles = visibleText(list, 'a[part="link"]');
    expect(titles).toHaveLength(8);
    expect(titles[0]).toBe(sampleFeed.items[0].title);
  },
};

/** While the feed is on its way: a skeleton of `limit` rows, announced as busy. */
export const Loading: Story = {
  parameters: {
    msw: { handlers: [http.get(FEED, async () => { await delay('infinite'); return HttpResponse.json(sampleFeed); })] },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'loading');
    expect(list.shadowRoot!.querySelectorAll('.skeleton li')).toHaveLength(8);
  },
};

/** A feed without items. */
export const Empty: Story = {
  parameters: {
    msw: { handlers: [http.get(FEED, () => HttpResponse.json({ ...sampleFeed, items: [] }))] },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'empty');
    expect(visibleText(list, '[part="message"]')).toEqual(['No stories yet.']);
  },
};

/** The source answers 500: a short message and a retry button, never the status line. */
export const ServerError: Story = {
  parameters: {
    msw: { handlers: [http.get(FEED, () => new HttpResponse('Internal Server Error', { status: 500 }))] },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(visibleText(list, '[part="retry"]')).toEqual(['Try again']);
    expect(list.shadowRoot!.textContent).not.toContain('500');
  },
};

/** The source answers with something that is not JSON. */
export const MalformedFeed: Story = {
  parameters: {
    msw: { handlers: [http.get(FEED, () => HttpResponse.text('{"items": [', { headers: { 'content-type': 'application/json' } }))] },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(visibleText(list, '[part="message"]')).toEqual(['The news source sent something that is not a news feed.']);
  },
};

/** No `src`: a configuration error without a retry button. */
export const MissingSource: Story = {
  args: { src: '' },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(list.shadowRoot!.querySelector('[part="retry"]')).toBeNull();
  },
};

/** The error state in Russian. */
export const ErrorInRussian: Story = {
  ...ServerError,
  args: { lang: 'ru' },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(visibleText(list, '[part="message"]')).toEqual(['Источник новостей сейчас недоступен.']);
    expect(visibleText(list, '[part="retry"]')).toEqual(['Повторить']);
  },
};

/** The error state in Uzbek (Latin script). */
export const ErrorInUzbek: Story = {
  ...ServerError,
  args: { lang: 'uz' },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'error');
    expect(visibleText(list, '[part="retry"]')).toEqual(['Qayta urinish']);
  },
};

/**
 * A refresh failed while headlines were shown: they stay, the state stays `ready`, and the `stale` attribute tells
 * outside CSS. Here the source answers the first request and fails every revalidation (which carries If-None-Match).
 */
export const Stale: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(FEED, ({ request }) =>
          request.headers.has('if-none-match') ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleFeed, { headers: { etag: '"morning"' } }),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const list = await expectState(canvasElement, 'ready');
    // What a list with a refresh interval does when its time comes, without waiting for it.
    await getClient().get(list.src, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
    await waitFor(() => expect(list.hasAttribute('stale')).toBe(true), { timeout: 5000 });
    expect(list.getAttribute('state')).toBe('ready');
    expect(visibleText(list, 'a[part="link"]')).toHaveLength(8);
  },
};
