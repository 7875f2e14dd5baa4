import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedItem } from '../../data/types.js';
import { CalendarClock } from '../shared/clock.js';
import { emit } from '../shared/events.js';
import type { NewsItemDetail } from '../shared/events-map.js';
import { Impressions } from './impressions.js';

// What a list does once it has stories: it arrives with the code that draws them, so the element itself carries
// only its attributes and its skeleton. Everything here starts with the first stories shown.

/** What the frame needs of its list. */
export interface FrameHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly layout: string;
  readonly state: string;
}

/**
 * The behaviour of a list around its stories: new stories held behind a button while the reader looks, the
 * skeleton's height kept while the reader sees the list, the ticker's pause, story clicks and impressions.
 */
export class ListFrame implements ReactiveController {
  /** A refresh that brought new stories while the reader was looking: they wait for the button. */
  held: { count: number; show: () => void } | null = null;

  /** Whether the ticker stands still because the reader asked it to. */
  paused = false;

  /** How many times `limit` stories are shown: "More stories" adds one. */
  pages = 1;

  readonly #host: FrameHost;

  /** The stories of the value on screen, undefined while there is none. */
  readonly #stories: () => readonly FeedItem[] | undefined;

  readonly #impressions: Impressions;

  /** Tells when the list leaves the screen, so that stories held back are shown then. */
  #screenObserver?: IntersectionObserver;

  /**
   * The height of the skeleton the stories replaced, kept as the least height of the stories' frame while the
   * reader can see the list: stories shorter than the skeleton leave room at the end instead of pulling the page up.
   */
  #reserved: number | null = null;

  /** Read before an update, when stories are about to replace the skeleton a reader is looking at. */
  #skeletonHeight: number | null = null;

  /**
   * Holds the reserved height: an adopted style sheet of the shadow root, so the stories' markup is the same as
   * without it (a style attribute would be a difference in every serialization of the list).
   */
  #reservation?: CSSStyleSheet;

  /** The list and the stories the last update drew, by row index: events look a row's story up here. */
  #drawn: { list: Element | null; items: readonly FeedItem[] } = { list: null, items: [] };

  constructor(host: FrameHost, stories: () => readonly FeedItem[] | undefined) {
    this.#host = host;
    this.#stories = stories;
    this.#impressions = new Impressions(
      host,
      index => {
        const item = this.#drawn.items[index];
        if (item) emit<NewsItemDetail>(host, 'news-impression', { item, index });
      },
      index => this.#drawn.items[index]?.id,
    );
    // Stories say "Today" or "Yesterday": the page's minute timer keeps that true across midnight.
    new CalendarClock(host);
    host.addController(this);
  }

  hostConnected(): void {
    this.#screenObserver = new IntersectionObserver(entries => {
      if (entries[entries.length - 1].isIntersecting) return;
      this.showHeld();
      this.#release();
    });
    this.#screenObserver.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#screenObserver?.disconnect();
    this.#screenObserver = undefined;
  }

  hostUpdate(): void {
    const host = this.#host;
    const skeleton = host.layout !== 'ticker' && this.#stories() ? host.renderRoot.querySelector<HTMLElement>('[part=skeleton]') : null;
    this.#skeletonHeight = skeleton && this.#isOnScreen() ? skeleton.getBoundingClientRect().height : null;
  }

  hostUpdated(): void {
    const host = this.#host;
    if (this.#skeletonHeight !== null && host.state === 'ready') this.#reserved = this.#skeletonHeight;
    if (this.#reserved !== null && host.renderRoot.querySelector('.frame')) this.#reserve(`.frame{min-height:${this.#reserved}px}`);
    else this.#release();
    const items = host.state === 'ready' ? this.#stories() : undefined;
    const list = items ? host.renderRoot.querySelector<HTMLElement>('.items[part=list]') : null;
    // Rows are looked at only when the stories or their list changed, not at every update.
    if (list === this.#drawn.list && (items ?? []) === this.#drawn.items) return;
    this.#drawn = { list, items: items ?? [] };
    for (const picture of list?.querySelectorAll<HTMLImageElement>('img[data-failed]') ?? []) {
      if (picture.getAttribute('src') !== picture.dataset.failed) {
        picture.hidden = false;
        delete picture.dataset.failed;
      }
    }
    this.#impressions.observe((list?.children ?? []) as Iterable<HTMLElement>);
    // The ticker's pace is per story; set through the CSS object model, which a strict CSP allows, unlike style attributes.
    if (host.layout === 'ticker') list?.style.setProperty('--_count', String(this.#drawn.items.length));
  }

  /**
   * A refresh brought `next` while `current` is shown: new stories wait behind the button while the reader looks
   * at the list; edits to stories already shown, or a list nobody is looking at, change at once, and a moving
   * ticker has no place a reader could lose.
   */
  refreshed(next: readonly FeedItem[], current: readonly FeedItem[], show: () => void): void {
    const shownIds = new Set(current.map(item => item.id));
    const count = next.filter(item => !shownIds.has(item.id)).length;
    if (!count || !this.#isOnScreen() || this.#host.layout === 'ticker') {
      this.held = null;
      show();
      return;
    }
    this.held = { count, show };
    this.#host.requestUpdate();
  }

  /** Shows the stories held behind the button, if any. */
  showHeld(): void {
    const held = this.held;
    this.held = null;
    held?.show();
  }

  onShowHeld = async (): Promise<void> => {
    this.showHeld();
    await this.#host.updateComplete;
    // The button is gone; the reader's place is now the first story.
    this.#host.renderRoot.querySelector<HTMLElement>('.item a')?.focus();
  };

  onPause = (): void => {
    this.paused = !this.paused;
    this.#host.requestUpdate();
  };

  onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a.link');
    const index = Number(link?.closest<HTMLElement>('.item')?.dataset.index);
    const item = this.#drawn.items[index];
    if (!link || !item) return;
    if (!emit<NewsItemDetail>(this.#host, 'news-select', { item, index }, true)) event.preventDefault();
  };

  /** Whether any of the list is in the viewport now; read from layout, as the observer's last word may be late. */
  #isOnScreen(): boolean {
    const { top, right, bottom, left, height } = this.#host.getBoundingClientRect();
    return height > 0 && bottom > 0 && top < innerHeight && right > 0 && left < innerWidth;
  }

  #reserve(rule: string): void {
    const root = this.#host.renderRoot as ShadowRoot;
    if (!this.#reservation) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#reservation = new CSSStyleSheet())];
    this.#reservation.replaceSync(rule);
  }

  /** Lets the frame take the stories' own height: the list is out of the reader's sight, so nothing they see moves. */
  #release(): void {
    this.#reserved = null;
    this.#reservation?.replaceSync('');
  }
}
