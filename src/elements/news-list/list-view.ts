import { html, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { truncateWords } from '../../data/text.js';
import type { FeedItem } from '../../data/types.js';
import { formatCalendarTime } from '../../i18n/calendar.js';
import { primarySubtag } from '../../i18n/index.js';
import type { Messages } from '../../i18n/messages.js';
import { adoptChunkStyles } from '../shared/adopt-styles.js';
import { storyStyles } from './story.styles.js';

// How one story of a list is drawn, shared by <news-list> and <related-news>. It arrives with the feed parser, so a
// page pays for it only once it has a list to show; the skeleton, which needs none of it, stays in the element.

/** What the element's attributes say about drawing its stories. */
export interface ItemDisplay {
  readonly layout: 'list' | 'grid' | 'compact' | 'ticker';
  /** Characters of summary shown (0: none). */
  readonly excerptLength: number;
  readonly hideImages: boolean;
  readonly hideDates: boolean;
  readonly target: string;
  readonly rel: string;
  readonly messages: Messages;
}

// Primary language subtags written right to left.
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `rtl` for a feed in a right-to-left language such as Arabic, Hebrew or Persian, else undefined. */
export function direction(language: string | null): 'rtl' | undefined {
  return language && rightToLeft.has(primarySubtag(language)) ? 'rtl' : undefined;
}

export { Impressions } from './impressions.js';

/** Gives a list's shadow root the look of its stories, after the rules it already has. */
export function adoptStoryStyles(root: ShadowRoot, own: CSSResultOrNative[]): void {
  adoptChunkStyles(root, own, storyStyles);
}

/** The stories of a list, each keyed by its id, so a refresh moves rows instead of redrawing them. */
export function renderItems(items: readonly FeedItem[], display: ItemDisplay): unknown {
  return repeat(items, item => item.id, (item, index) => renderItem(item, index, display));
}

/**
 * One story: its picture (none without one), the title as the text of the link, the excerpt, and a line with the
 * category and the calendar-style time. `index` is its place in the list, which click and impression events report.
 */
export function renderItem(item: FeedItem, index: number, display: ItemDisplay): TemplateResult {
  const { layout } = display;
  const pictured = item.image && !display.hideImages && (layout === 'list' || layout === 'grid');
  const summary = display.excerptLength > 0 && (layout === 'list' || layout === 'grid') ? truncateWords(item.summary, display.excerptLength) : '';
  const title = html`<span part="title" class="title" dir="auto">${item.title}</span>`;
  return html`<li part="item" class="item" data-index=${index}>
    ${pictured
      ? html`<img part="image" class="image" src=${item.image!.url} alt=${item.title} loading="lazy" decoding="async" width=${item.image!.width ?? nothing} height=${item.image!.height ?? nothing} />`
      : nothing}
    <div class="text">
      ${item.url
        ? html`<a part="link" class="link" href=${item.url} target=${display.target || nothing} rel=${display.rel || (display.target === '_blank' ? 'noopener' : nothing)}>${title}</a>`
        : title}
      ${summary ? html`<p part="excerpt" class="excerpt" dir="auto">${summary}</p>` : nothing} ${renderMeta(item, display)}
    </div>
  </li>`;
}

function renderMeta(item: FeedItem, { hideDates, messages, layout }: ItemDisplay): TemplateResult | typeof nothing {
  const published = hideDates ? null : item.published;
  const category = layout === 'ticker' ? null : item.category;
  if (!category && !published) return nothing;
  return html`<p part="meta" class="meta">
    ${category ? html`<span part="category" class="category" dir="auto">${category}</span>` : nothing}
    ${category && published ? html`<span class="dot" aria-hidden="true">·</span>` : nothing}
    ${published
      ? // The time is in the reader's language, which may run the other way than the feed's: isolated, it keeps its order.
        html`<time part="time" class="time" dir="auto" datetime=${published.toISOString()}>${formatCalendarTime(published, messages)}</time>`
      : nothing}
  </p>`;
}
