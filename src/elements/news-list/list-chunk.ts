// What a list needs once it has stories: how one story is drawn (list-view.ts), the frame around the stories
// (the new-stories button, the ticker's viewport and pause button, the carousel's buttons, "More stories", the polite
// announcement), the impressions, which stories to show (filters and order) and the watch of several sources
// (sources.ts). One chunk, fetched beside the first feed's request; the element itself carries only its skeleton.
import { html, nothing, type TemplateResult } from 'lit';
import { filterStories, listAttribute, newestFirst } from '../../data/story-filter.js';
import type { Feed, FeedItem } from '../../data/types.js';
import type { ListFrame } from './list-frame.js';
import { usableItems } from './usable-items.js';
import { direction, renderItems, type ItemDisplay } from './list-view.js';

export { adoptStoryStyles } from './list-view.js';
export { ListFrame } from './list-frame.js';
export { listParser, SourcesWatch } from './sources.js';

/** What choosing reads of a list's attributes. */
export interface ChoosingList {
  keywords: string;
  blockKeywords: string;
  category: string;
  maxAge: number;
  sort: 'newest' | 'feed' | '';
}

/**
 * The stories of `items` a list shows, before its `limit`: those its filters keep, newest first or in the feed's
 * order (by default newest first when the stories come from several sources). `max-age` counts from now.
 */
export function chooseStories(list: ChoosingList, items: readonly FeedItem[]): FeedItem[] {
  const kept = filterStories(usableItems(items), {
    keywords: listAttribute(list.keywords),
    blockKeywords: listAttribute(list.blockKeywords),
    categories: listAttribute(list.category),
    maxAgeHours: list.maxAge,
    now: Date.now(),
  });
  return (list.sort || (items.some(item => item.source) ? 'newest' : 'feed')) === 'newest' ? newestFirst(kept) : kept;
}

/** What the element tells the chunk about drawing its stories now. */
export interface StoryFrame {
  readonly feed: Feed;
  readonly items: readonly FeedItem[];
  readonly display: ItemDisplay;
  /** The layout classes the skeleton also has. */
  readonly classes: string;
  /** How many stories "More stories" could still show; 0 for no button. */
  readonly more: number;
  /** How many stories "More stories" added last, announced to screen readers; 0 or less for none. */
  readonly added: number;
  /** Shows the next stories; resolves once they are drawn. */
  readonly onMore: () => Promise<unknown>;
  /** The held stories, the ticker's pause and the handlers; none when a server draws the stories. */
  readonly control: ListFrame | undefined;
}

// The ticker's button is an icon, its words are for screen readers and its tooltip: the words of some languages
// ("Lentani davom ettirish") would take half of a narrow column.
const pauseIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><rect x="3" y="2" width="3.5" height="12" rx="1"/><rect x="9.5" y="2" width="3.5" height="12" rx="1"/></svg>`;
const playIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><path d="M4 2.5v11a.75.75 0 0 0 1.14.64l9-5.5a.75.75 0 0 0 0-1.28l-9-5.5A.75.75 0 0 0 4 2.5z"/></svg>`;

const previousIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><path d="M10.7 2.3a1 1 0 0 1 0 1.4L6.4 8l4.3 4.3a1 1 0 0 1-1.4 1.4l-5-5a1 1 0 0 1 0-1.4l5-5a1 1 0 0 1 1.4 0z"/></svg>`;
const nextIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><path d="M5.3 2.3a1 1 0 0 0 0 1.4L9.6 8l-4.3 4.3a1 1 0 0 0 1.4 1.4l5-5a1 1 0 0 0 0-1.4l-5-5a1 1 0 0 0-1.4 0z"/></svg>`;

/** The carousel's row of cards beside a button of its frame. */
function carouselOf(button: Element): HTMLElement | null {
  return button.closest('.frame')?.querySelector<HTMLElement>('.items.carousel') ?? null;
}

/** Whether the carousel runs right to left: "next" then scrolls, and the arrow keys step, the other way. */
function rightToLeft(carousel: HTMLElement): boolean {
  return getComputedStyle(carousel).direction === 'rtl';
}

/**
 * Scrolls the carousel by most of its width, forward or back. Smoothly unless the reader asked for less motion
 * (the stylesheet's scroll-behavior says which); the cards snap into place either way.
 */
function turnPage(event: Event, forward: boolean): void {
  const carousel = carouselOf(event.currentTarget as Element);
  if (!carousel) return;
  const step = carousel.clientWidth * 0.9 * (forward ? 1 : -1) * (rightToLeft(carousel) ? -1 : 1);
  carousel.scrollBy({ left: step });
}

/** Arrow keys move from card to card of the carousel, Home and End to its first and last card. */
function carouselKey(event: KeyboardEvent): void {
  const carousel = event.currentTarget as HTMLElement;
  const cards = [...carousel.querySelectorAll<HTMLElement>(':scope > .item .link')];
  const focused = (carousel.getRootNode() as ShadowRoot).activeElement;
  const at = cards.findIndex(card => card === focused);
  const forward = rightToLeft(carousel) ? 'ArrowLeft' : 'ArrowRight';
  const back = rightToLeft(carousel) ? 'ArrowRight' : 'ArrowLeft';
  const target = { Home: 0, End: cards.length - 1, [forward]: at + 1, [back]: at - 1 }[event.key];
  if (target === undefined || at < 0 || !cards[target]) return;
  event.preventDefault();
  cards[target].focus();
}

/** Shows the next stories, then puts the focus on the first of them: the button the reader pressed may be gone. */
async function showMore(event: Event, frame: StoryFrame): Promise<void> {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const first = frame.items.length;
  await frame.onMore();
  root.querySelector<HTMLElement>(`.items > [data-index="${first}"] .link`)?.focus();
}

/** The address of a fallback picture, resolved against the page; null when none is set or it is not http(s). */
function fallbackUrl(address: string): string | null {
  try {
    const url = new URL(address, document.baseURI);
    return address.trim() && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Puts the fallback picture in place of a story's picture that failed to load, or takes the picture away so its
 * story closes up. Listened for while capturing, on the list: error events do not bubble, and one listener serves
 * every picture.
 */
function pictureFailed(event: Event, fallback: string): void {
  const picture = event.target;
  if (!(picture instanceof HTMLImageElement) || !picture.classList.contains('image')) return;
  const replacement = fallbackUrl(fallback);
  if (replacement && picture.src !== replacement) picture.src = replacement;
  else {
    picture.hidden = true;
    // The address that failed: a refresh that gives the story another one shows the picture again (ListFrame).
    picture.dataset.failed = picture.getAttribute('src') ?? '';
  }
}

/** The stories of a list in their frame. */
export function renderStories(frame: StoryFrame): TemplateResult {
  const { feed, items, display, control } = frame;
  const paused = control?.paused ?? false;
  const held = control?.held?.count ?? 0;
  const { messages } = display;
  const newStories = held ? messages.list.newStories(held.toLocaleString(messages.numberLocale), held) : '';
  const added = frame.added > 0 ? messages.list.moreShown(frame.added.toLocaleString(messages.numberLocale), frame.added) : '';
  const ticker = display.layout === 'ticker';
  const carousel = display.layout === 'carousel';
  // Cards keep room for a picture only when some story has one: a feed without any would be all gaps. (The
  // skeleton drew pictures; `hide-images` tells it not to.)
  const pictureless = !display.hideImages && !items.some(item => item.image);
  const list = html`<ul
    part="list"
    class=${`items ${frame.classes}${pictureless ? ' no-images' : ''}${paused ? ' paused' : ''}`}
    role="list"
    lang=${feed.language ?? nothing}
    dir=${direction(feed.language) ?? nothing}
    @click=${control?.onClick}
    @error=${{ capture: true, handleEvent: (event: Event) => pictureFailed(event, display.fallbackImage) }}
    @keydown=${carousel ? carouselKey : nothing}
  >
    ${renderItems(items, display)}
  </ul>`;
  return html`<div class="frame">
      ${held ? html`<button part="new-stories" class="new-stories" type="button" @click=${control?.onShowHeld}>${newStories}</button>` : nothing}
      ${ticker ? html`<div class="viewport">${list}</div>` : list}
      ${ticker
        ? html`<button part="pause" class="pause" type="button" aria-pressed=${paused ? 'true' : 'false'} title=${paused ? messages.list.play : messages.list.pause} @click=${control?.onPause}>
            ${paused ? playIcon : pauseIcon}<span class="visually-hidden">${paused ? messages.list.play : messages.list.pause}</span>
          </button>`
        : nothing}
      ${carousel
        ? html`<div class="turns">
            <button part="previous" class="turn" type="button" title=${messages.list.previous} @click=${(event: Event) => turnPage(event, false)}>
              ${previousIcon}<span class="visually-hidden">${messages.list.previous}</span></button
            ><button part="next" class="turn" type="button" title=${messages.list.next} @click=${(event: Event) => turnPage(event, true)}>
              ${nextIcon}<span class="visually-hidden">${messages.list.next}</span>
            </button>
          </div>`
        : nothing}
      ${frame.more ? html`<button part="more" class="more" type="button" @click=${(event: Event) => showMore(event, frame)}>${messages.list.more}</button>` : nothing}
    </div>
    <span class="visually-hidden" role="status">${newStories || added}</span>`;
}
