// What a list needs once it has stories: how one story is drawn (list-view.ts), the frame around the stories
// (the new-stories button, the ticker's viewport and pause button, the polite announcement) and the impressions.
// One chunk, fetched beside the first feed's request; the element itself carries only its skeleton.
import { html, nothing, type TemplateResult } from 'lit';
import type { Feed, FeedItem } from '../../data/types.js';
import type { ListFrame } from './list-frame.js';
import { direction, renderItems, type ItemDisplay } from './list-view.js';

export { adoptStoryStyles } from './list-view.js';
export { ListFrame } from './list-frame.js';

/** What the element tells the chunk about drawing its stories now. */
export interface StoryFrame {
  readonly feed: Feed;
  readonly items: readonly FeedItem[];
  readonly display: ItemDisplay;
  /** The layout classes the skeleton also has. */
  readonly classes: string;
  /** The held stories, the ticker's pause and the handlers. */
  readonly control: ListFrame;
}

// The ticker's button is an icon, its words are for screen readers and its tooltip: the words of some languages
// ("Lentani davom ettirish") would take half of a narrow column.
const pauseIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><rect x="3" y="2" width="3.5" height="12" rx="1"/><rect x="9.5" y="2" width="3.5" height="12" rx="1"/></svg>`;
const playIcon = html`<svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="currentColor"><path d="M4 2.5v11a.75.75 0 0 0 1.14.64l9-5.5a.75.75 0 0 0 0-1.28l-9-5.5A.75.75 0 0 0 4 2.5z"/></svg>`;

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
  const { paused } = control;
  const held = control.held?.count ?? 0;
  const { messages } = display;
  const newStories = held ? messages.list.newStories(held.toLocaleString(messages.numberLocale), held) : '';
  const ticker = display.layout === 'ticker';
  // Cards keep room for a picture only when some story has one: a feed without any would be all gaps. (The
  // skeleton drew pictures; `hide-images` tells it not to.)
  const pictureless = !display.hideImages && !items.some(item => item.image);
  const list = html`<ul
    part="list"
    class=${`items ${frame.classes}${pictureless ? ' no-images' : ''}${paused ? ' paused' : ''}`}
    role="list"
    lang=${feed.language ?? nothing}
    dir=${direction(feed.language) ?? nothing}
    @click=${control.onClick}
    @error=${{ capture: true, handleEvent: (event: Event) => pictureFailed(event, display.fallbackImage) }}
  >
    ${renderItems(items, display)}
  </ul>`;
  return html`<div class="frame">
      ${held ? html`<button part="new-stories" class="new-stories" type="button" @click=${control.onShowHeld}>${newStories}</button>` : nothing}
      ${ticker ? html`<div class="viewport">${list}</div>` : list}
      ${ticker
        ? html`<button part="pause" class="pause" type="button" aria-pressed=${paused ? 'true' : 'false'} title=${paused ? messages.list.play : messages.list.pause} @click=${control.onPause}>
            ${paused ? playIcon : pauseIcon}<span class="visually-hidden">${paused ? messages.list.play : messages.list.pause}</span>
          </button>`
        : nothing}
    </div>
    <span class="visually-hidden" role="status">${newStories}</span>`;
}
