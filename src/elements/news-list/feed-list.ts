import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FeedFormat } from '../../data/detect.js';
import { getClient } from '../../data/client.js';
import { FeedError } from '../../data/errors.js';
import { loadFeedParser } from '../../data/feed-loader.js';
import { onDemand } from '../../data/on-demand.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { enumAttribute, integerAttribute } from '../shared/attributes.js';
import { DataController } from '../shared/data-controller.js';
import { NewsElement } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import type { ListFrame } from './list-frame.js';
import { styles } from './news-list.styles.js';

export type { NewsItemDetail } from '../shared/events-map.js';

/** How stories are drawn, with their styles and impressions; fetched beside the first feed's request. */
const listView = onDemand(() => import('./list-chunk.js'));

/** The stories of a feed a list shows, in order, for its attributes now. */
export type Chooser = (feed: Feed) => FeedItem[];

/** What a list draws: the feed, the code that draws its stories, and how to choose them. */
export interface ShownFeed {
  feed: Feed;
  view: typeof import('./list-chunk.js');
  choose: Chooser;
}

/** The ways a list can be laid out. */
export type ListLayout = 'list' | 'grid' | 'compact' | 'ticker' | 'magazine' | 'carousel';

const layouts = ['list', 'grid', 'compact', 'ticker', 'magazine', 'carousel'] as const;

// Skeleton rows without parts (so drawing them again costs nothing): with a picture's box and without.
const skeletonRow = html`<li class="item"><span class="image"></span><div class="text"><span class="bar title-bar"></span><span class="bar excerpt-bar"></span><span class="bar meta-bar"></span></div></li>`;
const skeletonRowWithoutImage = html`<li class="item"><div class="text"><span class="bar title-bar"></span><span class="bar excerpt-bar"></span><span class="bar meta-bar"></span></div></li>`;

/**
 * What `<news-list>` and `<related-news>` share: the feed attributes, the layouts and the skeleton of typical
 * rows. What a list does once it has stories (their height kept while the reader sees them, new stories held behind
 * a button while the reader is looking, the `news-select` and `news-impression` events) is the `ListFrame` that
 * comes with the code drawing them. Subclasses choose which stories of the feed to show.
 */
export abstract class FeedListElement extends NewsElement<Feed, ShownFeed> {
  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    format: { converter: enumAttribute(['auto', 'jsonfeed', 'rss', 'atom', 'wordpress'] as const, 'auto') },
    layout: { converter: enumAttribute(layouts, 'list') },
    excerptLength: { attribute: 'excerpt-length', converter: integerAttribute(150, 0, 1000) },
    hideImages: { attribute: 'hide-images', type: Boolean },
    hideDates: { attribute: 'hide-dates', type: Boolean },
    titleLines: { attribute: 'title-lines', converter: integerAttribute(0, 0, 6) },
    target: {},
    rel: {},
    heading: {},
    fallbackImage: { attribute: 'fallback-image' },
    keywords: {},
    blockKeywords: { attribute: 'block-keywords' },
    category: {},
    maxAge: { attribute: 'max-age', converter: integerAttribute(0, 0, 87_600) },
    sort: { converter: enumAttribute<'newest' | 'feed' | ''>(['newest', 'feed'], '') },
  };

  /**
   * Address of the feed, resolved against the page; several addresses separated by spaces, or the address of an
   * OPML document, make one list of their stories (at most 20 sources).
   */
  src = '';

  /** `auto` (default) tells the format from the response; `jsonfeed`, `rss`, `atom` or `wordpress` insist on one. */
  format: FeedFormat = 'auto';

  /** How many stories to show at most (1 to 100). */
  abstract limit: number;

  /**
   * `list` (default): rows with a thumbnail; `grid`: cards; `compact`: titles and times; `ticker`: one moving line;
   * `magazine`: the first story large, the others in a column beside it; `carousel`: one row of cards to scroll.
   */
  layout: ListLayout = 'list';

  /** Characters of each story's summary to show, cut at a word (0 to 1000; default 150; 0 shows none). */
  excerptLength = 150;

  /** Shows no pictures (default false). */
  hideImages = false;

  /** Shows no publication times (default false). */
  hideDates = false;

  /**
   * Lines every title takes at least (0 to 6; default 0: each title its own height), for sites that want equal
   * rows. A longer title still shows every word and makes its row taller: nothing is cut (docs/layout.md).
   */
  titleLines = 0;

  /** Where links open, as the `target` of a link (default: the same tab). */
  target = '';

  /** The `rel` of every link (default none; `noopener` with `target="_blank"`). */
  rel = '';

  /** A heading above the stories; none by default, and an empty value shows none. */
  heading: string | null = null;

  /**
   * The address of a picture shown in place of a story's picture that fails to load (http or https). Without one
   * (the default) a picture that fails is taken away and its story closes up.
   */
  fallbackImage = '';

  /**
   * Keeps only stories whose title, summary or category holds one of these comma-separated words or phrases, as
   * whole words, whatever their case, accents or apostrophes (default none).
   */
  keywords = '';

  /** Leaves out stories whose title, summary or category holds one of these comma-separated words (default none). */
  blockKeywords = '';

  /** Keeps only stories of these comma-separated categories (a story's category or one of its tags; default all). */
  category = '';

  /** Leaves out stories published more than this many hours ago (0 to 87600; default 0: no limit); undated ones stay. */
  maxAge = 0;

  /** `newest` first (the default with several sources) or the `feed`'s order (the default with one). */
  sort: 'newest' | 'feed' | '' = '';

  /** Shows a "More stories" button under the stories when more of them are loaded (news-list only). */
  protected more = false;

  /** What the list does around its stories; made with the first stories shown, from the chunk that draws them. */
  #frame?: ListFrame;

  /** The stories chosen for the value on screen, once per value and attributes (see `rechoose`), and those shown. */
  #chosen: { shown: ShownFeed; all: FeedItem[]; items: FeedItem[] } | null = null;

  /** The rows of the skeleton last drawn. */
  #skeleton?: TemplateResult[];

  protected readonly data = new DataController<readonly [string, FeedFormat], Feed, ShownFeed>(this, {
    args: () => [this.src.trim(), this.format] as const,
    source: ([src, format]) => {
      if (!src) throw new FeedError('config', `${this.localName} needs a src attribute with the address of a feed.`);
      return (listener, options) => {
        const parse = Promise.all([listView(), loadFeedParser(format)]).then(([view, feed]) => view.listParser(feed));
        // The first source is asked for at once, as a single src always was; the list chunk watches the others,
        // merges them, and takes the first one's news once it has arrived. A first address that can never be
        // fetched fails the list, as a single src does.
        const sources = listView().then(view => new view.SourcesWatch(this, src, parse, listener, options));
        getClient().watch(src.split(/\s/)[0], parse, update => void sources.then(watch => watch.answer(0, update), (error: FeedError) => listener({ value: undefined, error })), options);
      };
    },
    // The drawing code travels while the feed does; a failure here is met again, and shown, by present().
    prepare: () => {
      listView().catch(() => {});
      this.chooser().catch(() => {});
    },
    present: async feed => {
      const [view, choose] = await Promise.all([listView(), this.chooser()]);
      view.adoptStoryStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof FeedListElement).elementStyles);
      this.#frame ??= new view.ListFrame(this, () => this.data.value && this.stories(this.data.value));
      return { feed, view, choose };
    },
    refresh: () => this.refresh,
    lazy: () => this.loading === 'lazy',
    refreshed: (next, current, show) => this.#frame!.refreshed(next.choose(next.feed).slice(0, this.#shownCount()), this.stories(current), show),
  });

  /** How this list chooses the stories of a feed (filtered and in order, before `limit`); may load code of its own. */
  protected async chooser(): Promise<Chooser> {
    const view = await listView();
    return feed => view.chooseStories(this, feed.items);
  }

  /** The stories of `shown` on screen, in the order events count them. */
  protected stories(shown: ShownFeed): FeedItem[] {
    if (this.#chosen?.shown !== shown) {
      const all = shown.choose(shown.feed);
      this.#chosen = { shown, all, items: all.slice(0, this.#shownCount()) };
    }
    return this.#chosen.items;
  }

  /** Forgets the stories chosen: an attribute that chooses them changed. */
  protected rechoose(): void {
    this.#chosen = null;
    if (this.#frame) this.#frame.pages = 1;
  }

  /** How many stories are shown: `limit` for each page "More stories" opened. */
  #shownCount(): number {
    return this.limit * (this.#frame?.pages ?? 1);
  }

  /** The heading shown: the `heading` attribute by default. */
  protected headingText(): string {
    return this.heading ?? '';
  }

  protected override loadDetail({ feed }: ShownFeed): Feed {
    return feed;
  }

  protected override isEmpty(shown: ShownFeed): boolean {
    return this.stories(shown).length === 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Held stories belong to the feed they came with.
    if ((changed.has('src') || changed.has('format')) && this.#frame) this.#frame.held = null;
    if (['limit', 'keywords', 'blockKeywords', 'category', 'maxAge', 'sort', 'more'].some(name => changed.has(name as keyof FeedListElement))) this.rechoose();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Lines every title takes at least, the skeleton's too; set through the CSS object model, which a strict CSP allows.
    for (const list of this.renderRoot.querySelectorAll<HTMLElement>('.items')) {
      if (this.titleLines > 0) list.style.setProperty('--_reserved-title-lines', String(this.titleLines));
      else list.style.removeProperty('--_reserved-title-lines');
    }
  }

  protected override renderSkeleton(): TemplateResult {
    // A magazine's skeleton is the list's rows; a carousel's, one row of the grid's cards.
    const display = this.#classes().replace(/^magazine/, 'list').replace(/^carousel/, 'grid carousel');
    return html`${this.#renderHeading()}
      <div part="skeleton" class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${this.words.loading}</span>
        <ul class=${`items ${display}`} aria-hidden="true">
          ${this.#skeletonRows()}
        </ul>
      </div>`;
  }

  protected override renderValue(shown: ShownFeed): TemplateResult {
    const display = { layout: this.layout, excerptLength: this.excerptLength, hideImages: this.hideImages, hideDates: this.hideDates, target: this.target, rel: this.rel, fallbackImage: this.fallbackImage, messages: this.messages, referrerPolicy: getClient().settings.referrerPolicy };
    const items = this.stories(shown);
    // No frame on a server: it comes with the first stories a browser shows.
    const pages = this.#frame?.pages ?? 1;
    return html`${this.#renderHeading()}${shown.view.renderStories({
      feed: shown.feed,
      items,
      more: this.more ? this.#chosen!.all.length - items.length : 0,
      // Only "More stories" adds stories to announce: none on the first page.
      added: pages > 1 ? items.length - this.limit * (pages - 1) : 0,
      onMore: this.#onMore,
      display,
      classes: this.#classes(),
      control: this.#frame,
    })}`;
  }

  /**
   * `limit` rows of placeholders, made once per limit: the skeleton is drawn again at every update while loading
   * (setting `src` is one), and rows without parts cost nothing to draw again.
   */
  #skeletonRows(): TemplateResult[] {
    const row = this.hideImages ? skeletonRowWithoutImage : skeletonRow;
    if (this.#skeleton?.length !== this.limit || this.#skeleton[0] !== row) this.#skeleton = Array.from({ length: this.limit }, () => row);
    return this.#skeleton;
  }

  #classes(): string {
    return `${this.layout}${this.hideImages ? ' no-images' : ''}${this.excerptLength === 0 ? ' no-excerpt' : ''}`;
  }

  #renderHeading(): TemplateResult | typeof nothing {
    const text = this.headingText();
    return text ? html`<h2 part="heading" class="heading">${text}</h2>` : nothing;
  }

  #onMore = (): Promise<boolean> => {
    this.#frame!.pages++;
    this.#chosen = null;
    this.requestUpdate();
    return this.updateComplete;
  };
}
