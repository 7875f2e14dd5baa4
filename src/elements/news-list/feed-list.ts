import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FeedFormat } from '../../data/detect.js';
import { getClient } from '../../data/client.js';
import { FeedError } from '../../data/errors.js';
import { loadFeedParser } from '../../data/feed-loader.js';
import { onDemand } from '../../data/on-demand.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { enumAttribute, integerAttribute } from '../shared/attributes.js';
import { CalendarClock } from '../shared/clock.js';
import { DataController } from '../shared/data-controller.js';
import { emit } from '../shared/events.js';
import type { NewsItemDetail } from '../shared/events-map.js';
import { NewsElement } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import type { Impressions } from './impressions.js';
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

/** Items with neither a title nor a link have nothing a reader could use; a story listed twice is shown once. */
export function usableItems(feed: Feed): FeedItem[] {
  const ids = new Set<string>();
  return feed.items.filter(item => {
    if (!(item.title || item.url) || ids.has(item.id)) return false;
    ids.add(item.id);
    return true;
  });
}

/**
 * What `<news-list>` and `<related-news>` share: the feed attributes, the four layouts, the skeleton of typical
 * rows whose height the stories keep while the reader sees them, new stories held behind a button while the reader is looking, and the
 * `news-select` and `news-impression` events. Subclasses choose which stories of the feed to show.
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

  /** How many times `limit` stories are shown: "More stories" adds one. */
  #pages = 1;

  /** A refresh that brought new stories while the reader was looking: they wait for the button. */
  #held: { count: number; show: () => void } | null = null;

  /** Tells when the list leaves the screen, so that stories held back are shown then. */
  #screenObserver?: IntersectionObserver;

  /** Whether the ticker stands still because the reader asked it to. */
  #paused = false;

  /** Made with the first stories shown: it comes with the chunk that draws them. */
  #impressions?: Impressions;

  /** The stories chosen for the value on screen, once per value and attributes (see `rechoose`), and those shown. */
  #chosen: { shown: ShownFeed; all: FeedItem[]; items: FeedItem[] } | null = null;

  /** The rows of the skeleton last drawn. */
  #skeleton?: TemplateResult[];

  /**
   * The height of the skeleton the stories replaced, kept as the least height of the stories' frame while the
   * reader can see the list: stories shorter than the skeleton leave room at the end instead of pulling the page up.
   */
  #reserved: number | null = null;

  /**
   * Holds the reserved height: an adopted style sheet of the shadow root, so the stories' markup is the same as
   * without it (a style attribute would be a difference in every serialization of the list).
   */
  #reservation?: CSSStyleSheet;

  /** The list and the stories the last update drew, by row index: events look a row's story up here. */
  #drawn: { list: Element | null; items: FeedItem[] } = { list: null, items: [] };

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
      return { feed, view, choose };
    },
    refresh: () => this.refresh,
    lazy: () => this.loading === 'lazy',
    refreshed: (next, current, show) => this.#refreshed(next, current, show),
  });

  constructor() {
    super();
    new CalendarClock(this);
  }

  /** How this list chooses the stories of a feed (filtered and in order, before `limit`); may load code of its own. */
  protected async chooser(): Promise<Chooser> {
    const view = await listView();
    return feed => view.chooseStories(this, usableItems(feed));
  }

  /** The stories of `shown` on screen, in the order events count them. */
  protected stories(shown: ShownFeed): FeedItem[] {
    if (this.#chosen?.shown !== shown) {
      const all = shown.choose(shown.feed);
      this.#chosen = { shown, all, items: all.slice(0, this.limit * this.#pages) };
    }
    return this.#chosen.items;
  }

  /** Forgets the stories chosen: an attribute that chooses them changed. */
  protected rechoose(): void {
    this.#chosen = null;
    this.#pages = 1;
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

  #refreshed(next: ShownFeed, current: ShownFeed, show: () => void): void {
    const shownIds = new Set(this.stories(current).map(item => item.id));
    const count = next.choose(next.feed).slice(0, this.limit * this.#pages).filter(item => !shownIds.has(item.id)).length;
    // Edits to stories already shown, or a list nobody is looking at, change at once; a moving ticker has no place
    // a reader could lose.
    if (!count || !this.#isOnScreen() || this.layout === 'ticker') {
      this.#held = null;
      show();
      return;
    }
    this.#held = { count, show };
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#screenObserver = new IntersectionObserver(entries => {
      if (entries[entries.length - 1].isIntersecting) return;
      this.#showHeld();
      this.#release();
    });
    this.#screenObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#screenObserver?.disconnect();
    this.#screenObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Held stories belong to the feed they came with.
    if (changed.has('src') || changed.has('format')) this.#held = null;
    if (['limit', 'keywords', 'blockKeywords', 'category', 'maxAge', 'sort', 'more'].some(name => changed.has(name as keyof FeedListElement))) this.rechoose();
  }

  protected override update(changed: PropertyValues<this>): void {
    // Read once, when stories are about to replace the skeleton a reader is looking at.
    const skeleton = this.data.value !== undefined && this.layout !== 'ticker' ? this.renderRoot.querySelector<HTMLElement>('[part=skeleton]') : null;
    const reserved = skeleton && this.#isOnScreen() ? skeleton.getBoundingClientRect().height : null;
    super.update(changed);
    if (reserved !== null && this.state === 'ready') this.#reserved = reserved;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#reserved !== null && this.renderRoot.querySelector('.frame')) this.#reserve(`.frame{min-height:${this.#reserved}px}`);
    else this.#release();
    // Lines every title takes at least; set through the CSS object model, which a strict CSP allows.
    for (const list of this.renderRoot.querySelectorAll<HTMLElement>('.items')) {
      if (this.titleLines > 0) list.style.setProperty('--_reserved-title-lines', String(this.titleLines));
      else list.style.removeProperty('--_reserved-title-lines');
    }
    const shown = this.state === 'ready' ? this.data.value : undefined;
    const list = shown ? this.renderRoot.querySelector<HTMLElement>('.items[part=list]') : null;
    const items = shown ? this.stories(shown) : [];
    // Rows are looked at only when the stories or their list changed, not at every update.
    if (list === this.#drawn.list && items === this.#drawn.items) return;
    this.#drawn = { list, items };
    if (shown) {
      this.#impressions ??= new shown.view.Impressions(
        this,
        index => {
          const item = this.#drawn.items[index];
          if (item) emit<NewsItemDetail>(this, 'news-impression', { item, index });
        },
        index => this.#drawn.items[index]?.id,
      );
    }
    this.#impressions?.observe((list?.children ?? []) as Iterable<HTMLElement>);
    // The ticker's pace is per story; set through the CSS object model, which a strict CSP allows, unlike style attributes.
    if (this.layout === 'ticker') list?.style.setProperty('--_count', String(items.length));
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
    const display = { layout: this.layout, excerptLength: this.excerptLength, hideImages: this.hideImages, hideDates: this.hideDates, target: this.target, rel: this.rel, fallbackImage: this.fallbackImage, messages: this.messages };
    const items = this.stories(shown);
    return html`${this.#renderHeading()}${shown.view.renderStories({
      feed: shown.feed,
      items,
      more: this.more ? this.#chosen!.all.length - items.length : 0,
      // Only "More stories" adds stories to announce: none on the first page.
      added: this.#pages > 1 ? items.length - this.limit * (this.#pages - 1) : 0,
      onMore: this.#onMore,
      display,
      classes: this.#classes(),
      paused: this.#paused,
      held: this.#held?.count ?? 0,
      onClick: this.#onClick,
      onShowHeld: this.#onShowHeld,
      onPause: this.#onPause,
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

  /** Whether any of the list is in the viewport now; read from layout, as the observer's last word may be late. */
  #isOnScreen(): boolean {
    const { top, right, bottom, left, height } = this.getBoundingClientRect();
    return height > 0 && bottom > 0 && top < innerHeight && right > 0 && left < innerWidth;
  }

  #classes(): string {
    return `${this.layout}${this.hideImages ? ' no-images' : ''}${this.excerptLength === 0 ? ' no-excerpt' : ''}`;
  }

  #renderHeading(): TemplateResult | typeof nothing {
    const text = this.headingText();
    return text ? html`<h2 part="heading" class="heading">${text}</h2>` : nothing;
  }

  #reserve(rule: string): void {
    const root = this.renderRoot as ShadowRoot;
    if (!this.#reservation) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#reservation = new CSSStyleSheet())];
    this.#reservation.replaceSync(rule);
  }

  /** Lets the frame take the stories' own height: the list is out of the reader's sight, so nothing they see moves. */
  #release(): void {
    this.#reserved = null;
    this.#reservation?.replaceSync('');
  }

  #showHeld(): void {
    const held = this.#held;
    this.#held = null;
    held?.show();
  }

  #onShowHeld = async (): Promise<void> => {
    this.#showHeld();
    await this.updateComplete;
    // The button is gone; the reader's place is now the first story.
    this.renderRoot.querySelector<HTMLElement>('.item a')?.focus();
  };

  #onMore = (): Promise<boolean> => {
    this.#pages++;
    this.#chosen = null;
    this.requestUpdate();
    return this.updateComplete;
  };

  #onPause = (): void => {
    this.#paused = !this.#paused;
    this.requestUpdate();
  };

  #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a.link');
    const index = Number(link?.closest<HTMLElement>('.item')?.dataset.index);
    const item = this.#drawn.items[index];
    if (!link || !item) return;
    if (!emit<NewsItemDetail>(this, 'news-select', { item, index }, true)) event.preventDefault();
  };
}
