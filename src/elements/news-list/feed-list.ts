import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedFormat } from '../../data/detect.js';
import { FeedError } from '../../data/errors.js';
import { loadFeedParser } from '../../data/feed-loader.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { enumAttribute, integerAttribute } from '../shared/attributes.js';
import { CalendarClock } from '../shared/clock.js';
import { emit } from '../shared/events.js';
import type { NewsSelectDetail } from '../shared/events-map.js';
import { NewsElement, type Source } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import type { Impressions } from './impressions.js';
import { styles } from './news-list.styles.js';

// How stories are drawn; loaded with the feed parser (see list-view.ts). A ready list has loaded it.
let view: typeof import('./list-view.js') | undefined;

/** The ways a list can be laid out. */
export type ListLayout = 'list' | 'grid' | 'compact' | 'ticker';

/** Detail of `news-select` and `news-impression`: the story and its place in the list, from 0. */
export type NewsItemDetail = NewsSelectDetail;

const layouts = ['list', 'grid', 'compact', 'ticker'] as const;

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
 * What `<news-list>` and `<related-news>` share: the feed attributes, the four layouts, the skeleton that takes
 * the size of the stories to come, new stories held behind a button while the reader is looking, and the
 * `news-select` and `news-impression` events. Subclasses choose which stories of the feed to show.
 */
export abstract class FeedListElement extends NewsElement<Feed> {
  static override styles = [baseStyles, styles];

  /** Address of the feed, resolved against the page. */
  @property() src = '';

  /** `auto` (default) tells the format from the response; `jsonfeed`, `rss`, `atom` or `wordpress` insist on one. */
  @property({ converter: enumAttribute(['auto', 'jsonfeed', 'rss', 'atom', 'wordpress'] as const, 'auto') }) format: FeedFormat = 'auto';

  /** How many stories to show at most (1 to 100). */
  abstract limit: number;

  /** `list` (default): rows with a thumbnail; `grid`: cards; `compact`: titles and times; `ticker`: one moving line. */
  @property({ converter: enumAttribute(layouts, 'list') }) layout: ListLayout = 'list';

  /** Characters of each story's summary to show, cut at a word (0 to 1000; default 150; 0 shows none). */
  @property({ attribute: 'excerpt-length', converter: integerAttribute(150, 0, 1000) }) excerptLength = 150;

  /** Shows no pictures (default false). */
  @property({ attribute: 'hide-images', type: Boolean }) hideImages = false;

  /** Shows no publication times (default false). */
  @property({ attribute: 'hide-dates', type: Boolean }) hideDates = false;

  /** Where links open, as the `target` of a link (default: the same tab). */
  @property() target = '';

  /** The `rel` of every link (default none; `noopener` with `target="_blank"`). */
  @property() rel = '';

  /** A heading above the stories; none by default, and an empty value shows none. */
  @property() heading: string | null = null;

  /** A refresh that brought new stories while the reader was looking: they wait for the button. */
  #held: { feed: Feed; count: number; show: () => void } | null = null;

  /** Tells when the list leaves the screen, so that stories held back are shown then. */
  #screenObserver?: IntersectionObserver;

  /** Whether the ticker stands still because the reader asked it to. */
  #paused = false;

  /** Made with the first stories shown: it comes with the chunk that draws them. */
  #impressions?: Impressions;

  /**
   * The stories the last update drew, by row index. Impressions look a row's story up here: selecting the stories
   * again for every row would cost the whole feed per row.
   */
  #drawn: FeedItem[] = [];

  constructor() {
    super();
    new CalendarClock(this);
  }

  /** Which of the feed's stories to show, in order. */
  protected selectItems(feed: Feed): FeedItem[] {
    return usableItems(feed).slice(0, this.limit);
  }

  /** The heading shown: the `heading` attribute by default. */
  protected headingText(): string {
    return this.heading ?? '';
  }

  protected override loadArgs(): readonly unknown[] {
    return [this.src.trim(), this.format];
  }

  protected override async source([src, format]: readonly unknown[]): Promise<Source<Feed>> {
    if (!src) throw new FeedError('config', `${this.localName} needs a src attribute with the address of a feed.`);
    const [parse, loaded] = await Promise.all([loadFeedParser(format as FeedFormat), view ?? import('./list-view.js')]);
    view = loaded;
    view.adoptStoryStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof FeedListElement).elementStyles);
    return { url: src as string, parse };
  }

  protected override isEmpty(feed: Feed): boolean {
    return this.selectItems(feed).length === 0;
  }

  protected override refreshed(feed: Feed, current: Feed, show: () => void): void {
    const shownIds = new Set(this.selectItems(current).map(item => item.id));
    const count = this.selectItems(feed).filter(item => !shownIds.has(item.id)).length;
    // Edits to stories already shown, or a list nobody is looking at, change at once; a moving ticker has no place
    // a reader could lose.
    if (!count || !this.#isOnScreen() || this.layout === 'ticker') {
      this.#held = null;
      show();
      return;
    }
    this.#held = { feed, count, show };
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#screenObserver = new IntersectionObserver(entries => {
      if (!entries[entries.length - 1].isIntersecting) this.#showHeld();
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
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const items = this.state === 'ready' ? this.renderRoot.querySelectorAll<HTMLElement>('.items > .item') : [];
    this.#drawn = items.length ? this.#items() : [];
    if (items.length) {
      this.#impressions ??= new view!.Impressions(
        this,
        index => {
          const item = this.#drawn[index];
          if (item) emit<NewsItemDetail>(this, 'news-impression', { item, index });
        },
        index => this.#drawn[index]?.id,
      );
    }
    this.#impressions?.observe(items);
    // The ticker's pace is per story; set through the CSS object model, which a strict CSP allows, unlike style attributes.
    this.renderRoot.querySelector<HTMLElement>('.items.ticker')?.style.setProperty('--_count', String(items.length));
  }

  protected override renderSkeleton(): TemplateResult {
    const display = this.#classes();
    return html`${this.#renderHeading()}
      <div part="skeleton" class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${this.messages.loading}</span>
        <ul class=${`items ${display}`} aria-hidden="true">
          ${Array.from(
            { length: this.limit },
            () => html`<li class="item">
              ${this.hideImages ? nothing : html`<span class="image"></span>`}
              <div class="text"><span class="bar title-bar"></span><span class="bar excerpt-bar"></span><span class="bar meta-bar"></span></div>
            </li>`,
          )}
        </ul>
      </div>`;
  }

  protected override renderValue(feed: Feed): TemplateResult {
    const items = this.selectItems(feed);
    const display = { layout: this.layout, excerptLength: this.excerptLength, hideImages: this.hideImages, hideDates: this.hideDates, target: this.target, rel: this.rel, messages: this.messages };
    const held = this.#held;
    const newStories = held ? this.messages.list.newStories(held.count.toLocaleString(this.messages.numberLocale), held.count) : '';
    const ticker = this.layout === 'ticker';
    // Cards keep room for a picture only when some story has one: a feed without any would be all gaps. (The
    // skeleton drew pictures; `hide-images` tells it not to.)
    const pictureless = !this.hideImages && !items.some(item => item.image);
    const list = html`<ul
          part="list"
          class=${`items ${this.#classes()}${pictureless ? ' no-images' : ''}${this.#paused ? ' paused' : ''}`}
          role="list"
          lang=${feed.language ?? nothing}
          dir=${view!.direction(feed.language) ?? nothing}
          @click=${this.#onClick}
        >
          ${view!.renderItems(items, display)}
        </ul>`;
    return html`${this.#renderHeading()}
      <div class="frame">
        ${held
          ? html`<button part="new-stories" class="new-stories" type="button" @click=${this.#onShowHeld}>
              ${newStories}
            </button>`
          : nothing}
        ${ticker ? html`<div class="viewport">${list}</div>` : list}
        ${ticker
          ? html`<button part="pause" class="pause" type="button" aria-pressed=${this.#paused ? 'true' : 'false'} @click=${this.#onPause}>
              ${this.#paused ? this.messages.list.play : this.messages.list.pause}
            </button>`
          : nothing}
      </div>
      <span class="visually-hidden" role="status">${newStories}</span>`;
  }

  /** The stories on screen now, in the order events count them. */
  #items(): FeedItem[] {
    const feed = this.shown;
    return feed ? this.selectItems(feed) : [];
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

  #onPause = (): void => {
    this.#paused = !this.#paused;
    this.requestUpdate();
  };

  #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a.link');
    const index = Number(link?.closest<HTMLElement>('.item')?.dataset.index);
    const item = this.#items()[index];
    if (!link || !item) return;
    if (!emit<NewsItemDetail>(this, 'news-select', { item, index }, true)) event.preventDefault();
  };
}
