// Server rendering: the page's markup with each widget's finished content in a declarative shadow root, drawn by
// the elements' own templates from data loaded through the same client as in the browser. Standard APIs only
// (fetch, Response, URL), so it runs in Node, in Workers, in Deno and in Bun alike.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResultOrNative, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { findArticle } from '../data/article.js';
import { LruCache } from '../data/cache.js';
import { NewsClient } from '../data/client.js';
import { EMBEDDED_DATA_ID, type EmbeddedAnswer, type EmbeddedData } from '../data/embedded.js';
import { FeedError } from '../data/errors.js';
import { loadFeedParser } from '../data/feed-loader.js';
import { openMeteoUrl } from '../data/open-meteo-url.js';
import type { FetchLike } from '../data/request.js';
import type { Feed, FeedItem } from '../data/types.js';
import { safeHttpUrl } from '../data/url.js';
import { NewsArticle } from '../elements/news-article/news-article.js';
import type { Chooser } from '../elements/news-list/feed-list.js';
import { NewsList } from '../elements/news-list/news-list.js';
import { relatedItems } from '../elements/related-news/related-items.js';
import { RelatedNews } from '../elements/related-news/related-news.js';
import type { WidgetState } from '../elements/shared/news-element.js';
import { WeatherBadge } from '../elements/weather-badge/weather-badge.js';
import { loadMessages, primarySubtag, type Language, type Messages } from '../i18n/index.js';
import { sanitizeBodyOnServer } from './article-body.js';
import { readPage, type FoundWidget, type WidgetTag } from './markup.js';

/** What `renderWidgets` needs to know about the page it renders. */
export interface RenderOptions {
  /** The page's own address: relative `src` attributes and links count from it. */
  baseUrl?: string;
  /** Fetches feeds instead of the global `fetch` (through a proxy, with a key); called as the client calls fetch. */
  fetch?: FetchLike;
  /** The page's language (`en`, `ru`, `uz`), for widgets whose own `lang` or ancestors' do not say. Default `en`. */
  lang?: string;
  /** The moment calendar times count from ("Today, 14:05"); default now. */
  now?: Date;
}

const classes = { 'news-list': NewsList, 'news-article': NewsArticle, 'related-news': RelatedNews, 'weather-badge': WeatherBadge } as const;
type Widget = InstanceType<(typeof classes)[WidgetTag]>;

/** What rendering reads and calls of an element: its protected drawing API, used as the element itself uses it. */
interface Drawing<V> {
  language: Language;
  words: Messages;
  messages: Messages;
  renderValue(value: V): TemplateResult;
  renderEmpty(): TemplateResult;
  renderError(error: unknown): TemplateResult;
  isEmpty(value: V): boolean;
  chooser(): Promise<Chooser>;
}

/** What one widget's drawing brought: its shadow root's markup, its state and the answer it was drawn from. */
interface Drawn {
  shadow: string;
  state: WidgetState;
  address: string | null;
  item?: FeedItem;
}

/** The answers of feeds' origins the server clients received, by address, for the page to embed. */
const answers = new LruCache<string, EmbeddedAnswer & { receivedAt: number }>(256);

/** One client per fetch function, so that renders sharing one share its cache, dedup and revalidation. */
const clients = new WeakMap<FetchLike, NewsClient>();
let defaultClient: NewsClient | undefined;

function clientFor(custom: FetchLike | undefined): NewsClient {
  const make = () => new NewsClient({ fetch: recording(custom ?? ((input, init) => fetch(input, init))) });
  if (!custom) return (defaultClient ??= make());
  let client = clients.get(custom);
  if (!client) clients.set(custom, (client = make()));
  return client;
}

/** Keeps a copy of every answer with a body, for the page to carry to the client; a 304 leaves the last one. */
function recording(fetchFeed: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await fetchFeed(input, init);
    if (response.ok) {
      const copy = response.clone();
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'cache-control', 'etag', 'last-modified', 'age']) {
        const value = copy.headers.get(name);
        if (value !== null) headers[name] = value;
      }
      answers.set(input, { body: base64(new Uint8Array(await copy.arrayBuffer())), headers, receivedAt: Date.now() });
    }
    return response;
  };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Draws every `<news-list>`, `<news-article>`, `<related-news>` and `<weather-badge>` of `markup` on the server:
 * each gets a declarative shadow root (`<template shadowrootmode="open">`) with the content and styles the browser
 * would draw, and its `state`; the answers they were drawn from go into one `<script type="application/json">`,
 * from which the drop-in takes over without a request. A widget whose data fails is drawn with its error box, or
 * with the page's fallback content inside it; nothing throws for a feed. The markup is otherwise left as written.
 */
export async function renderWidgets(markup: string, options: RenderOptions = {}): Promise<string> {
  const page = readPage(markup);
  const context = {
    options,
    client: clientFor(options.fetch),
    base: options.baseUrl,
    // Related lists leave out the stories the page's articles show, its canonical address and the page itself.
    beingRead: [...(page.canonical ? [resolve(page.canonical, options.baseUrl)] : []), ...(options.baseUrl ? [options.baseUrl] : [])],
  };
  const drawn = new Map<FoundWidget, Drawn>();
  const articles = page.widgets.filter(widget => widget.tag === 'news-article');
  for (const [index, result] of (await Promise.all(articles.map(widget => drawWidget(widget, context)))).entries()) {
    drawn.set(articles[index], result);
    if (result.item) context.beingRead.push(result.item.id, ...(result.item.url ? [result.item.url] : []));
  }
  const others = page.widgets.filter(widget => widget.tag !== 'news-article');
  for (const [index, result] of (await Promise.all(others.map(widget => drawWidget(widget, context)))).entries()) drawn.set(others[index], result);

  const insertions: [offset: number, text: string][] = [];
  const embedded: EmbeddedData = {};
  for (const [widget, { shadow, state, address }] of drawn) {
    if (!widget.attributes.has('state')) insertions.push([widget.attributesEnd, ` state="${state}"`]);
    insertions.push([widget.contentAt, shadow]);
    const answer = address && state !== 'error' ? answers.get(address) : undefined;
    if (address && answer) {
      const age = Number(answer.headers.age ?? 0) + Math.max(0, Math.round((Date.now() - answer.receivedAt) / 1000));
      embedded[address] = { body: answer.body, headers: { ...answer.headers, age: String(age) } };
    }
  }
  if (drawn.size) insertions.push([page.dataAt, dataScript(embedded)]);
  // From the end, so that each offset still points where it did.
  let result = markup;
  for (const [offset, text] of insertions.sort((a, b) => b[0] - a[0])) result = result.slice(0, offset) + text + result.slice(offset);
  return result;
}

/** The answers as JSON a `<script>` can hold: no `<` in it can close the script or open a comment. */
function dataScript(data: EmbeddedData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${EMBEDDED_DATA_ID}">${json}</script>`;
}

interface Context {
  options: RenderOptions;
  client: NewsClient;
  base: string | undefined;
  beingRead: string[];
}

/** An address as the browser's client would resolve it on the page. */
function resolve(src: string, base: string | undefined): string {
  try {
    return new URL(src, base).href;
  } catch {
    throw new FeedError('config', `"${src}" is not a valid address.`, { url: src });
  }
}

function languageOf(widget: FoundWidget, options: RenderOptions): Language {
  const primary = primarySubtag(widget.language || options.lang || 'en');
  return primary === 'ru' || primary === 'uz' ? primary : 'en';
}

async function drawWidget(widget: FoundWidget, context: Context): Promise<Drawn> {
  const constructor = classes[widget.tag];
  // Reading observedAttributes prepares the class's properties, as defining it would.
  void constructor.observedAttributes;
  const element = new constructor();
  for (const [name, value] of widget.attributes) element.attributeChangedCallback(name, null, value);
  const drawing = element as unknown as Drawing<unknown>;
  const language = languageOf(widget, context.options);
  const messages = await loadMessages(language);
  drawing.language = language;
  drawing.words = drawing.messages = messages;
  let template: TemplateResult | null;
  let state: WidgetState;
  let address: string | null = null;
  let item: FeedItem | undefined;
  try {
    const loaded = await present(widget.tag, element, context);
    address = loaded.address;
    item = loaded.item;
    state = drawing.isEmpty(loaded.value) ? 'empty' : 'ready';
    template = state === 'ready' ? drawing.renderValue(loaded.value) : drawing.renderEmpty();
  } catch (error) {
    state = 'error';
    // The page's own content is shown through a slot (drawn below: a slot is no template of the element's).
    template = widget.hasFallback ? null : drawing.renderError(error instanceof FeedError ? error : new FeedError('network', String(error), { cause: error }));
  }
  const styles = [...(constructor.elementStyles as CSSResultOrNative[]), ...(state === 'ready' ? await chunkStyles(widget.tag) : [])];
  const css = styles.map(style => ('cssText' in style ? style.cssText : '')).join('\n');
  const content = template ? await collectResult(render(template)) : '<slot></slot>';
  return { shadow: `<template shadowrootmode="open"><style>${css}</style>${content}</template>`, state, address, item };
}

/** The styles a widget's drawing chunk adds to its shadow root once it has data (adoptStoryStyles and the like). */
async function chunkStyles(tag: WidgetTag): Promise<CSSResultOrNative[]> {
  if (tag === 'news-list' || tag === 'related-news') return [(await import('../elements/news-list/story.styles.js')).storyStyles];
  if (tag === 'news-article') return [(await import('../elements/news-article/article.styles.js')).articleStyles];
  return [];
}

interface Loaded {
  value: unknown;
  address: string;
  item?: FeedItem;
}

/** Loads a widget's data and makes of it what the element draws, as its data controller's `present` does. */
async function present(tag: WidgetTag, element: Widget, context: Context): Promise<Loaded> {
  const { client, base, options } = context;
  const now = options.now;
  if (element instanceof WeatherBadge) {
    const address = element.src ? resolve(element.src, base) : openMeteoUrl({ latitude: element.latitude, longitude: element.longitude });
    const view = await import('../elements/weather-badge/weather-chunk.js');
    return { address, value: { weather: await client.get(address, view.parseOpenMeteo), view } };
  }
  const src = (element as NewsList | NewsArticle).src.trim();
  if (!src) throw new FeedError('config', `${tag} needs a src attribute with the address of a feed.`);
  const address = resolve(src, base);
  if (element instanceof NewsArticle) {
    const chunk = await import('../elements/news-article/article-chunk.js');
    const feed = await client.get(address, chunk.parseArticleSource);
    const article = serverArticle(feed, address, element.itemId.trim());
    // The calendar time counts from the page's `now`.
    const view = { ...chunk, renderArticle: (shown: typeof article, messages: Messages, display: NewsArticle) => chunk.renderArticle(shown, messages, { headingLevel: display.headingLevel, hideImage: display.hideImage, now }) };
    return { address, item: article.item, value: { ...article, view } };
  }
  const list = element as NewsList | RelatedNews;
  const [feed, chunk] = await Promise.all([client.get(address, loadFeedParser(list.format)), import('../elements/news-list/list-chunk.js')]);
  const choose: Chooser =
    list instanceof RelatedNews
      ? // The list's filters choose first, as in the browser; then the feed's order: ranking by similarity reads the
        // page's metadata, which a server rendering does not have.
        current => relatedItems({ ...current, items: chunk.chooseStories(list, current.items) }, list.exclude?.trim() ? [list.exclude] : context.beingRead, list.limit)
      : await (list as unknown as Drawing<unknown>).chooser();
  const view = { ...chunk, renderStories: (frame: Parameters<typeof chunk.renderStories>[0]) => chunk.renderStories({ ...frame, display: { ...frame.display, now } }) };
  return { address, value: { feed, view, choose } };
}

/**
 * The article a `<news-article>` shows, as `presentArticle` makes it in the browser, with its body sanitized on the
 * server. The view reads a body's text and pictures and draws the body itself: here that is sanitized markup.
 */
// Pictures and links of server-rendered articles send no Referer: the browser's default, before any configure().
const REFERRER_POLICY = 'no-referrer';

function serverArticle(feed: Feed, address: string, itemId: string): { item: FeedItem; body: HTMLElement; referrerPolicy: typeof REFERRER_POLICY } {
  const found = findArticle(feed, itemId, address);
  const item: FeedItem = { ...found, url: safeHttpUrl(found.url), image: found.image && safeHttpUrl(found.image.url) ? found.image : null };
  if (!item.contentHtml.trim()) {
    // As in the browser, the body is a <div> of its own inside the article's body part.
    return { item, body: standIn(html`<div>${item.summary ? html`<p>${item.summary}</p>` : ''}</div>`, item.summary, false), referrerPolicy: REFERRER_POLICY };
  }
  const body = sanitizeBodyOnServer(item.contentHtml, { base: item.url ?? address, leadImage: item.image?.url, referrerPolicy: REFERRER_POLICY });
  return { item, body: standIn(html`<div>${unsafeHTML(body.markup)}</div>`, body.text, body.hasPicture), referrerPolicy: REFERRER_POLICY };
}

/** What stands for a body's node where there are no nodes: drawn as `content`, read for its text and pictures. */
function standIn(content: object, text: string, hasPicture: boolean): HTMLElement {
  return Object.assign(content, { textContent: text, querySelector: (selector: string) => (selector === 'img' && hasPicture ? {} : null) }) as unknown as HTMLElement;
}
