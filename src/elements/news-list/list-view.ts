import { html, isServer, nothing, type CSSResultOrNative, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
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
  readonly layout: 'list' | 'grid' | 'compact' | 'ticker' | 'magazine' | 'carousel';
  /** Characters of summary shown (0: none). */
  readonly excerptLength: number;
  readonly hideImages: boolean;
  readonly hideDates: boolean;
  readonly target: string;
  readonly rel: string;
  /** A picture for stories whose own fails to load ('' for none). */
  readonly fallbackImage: string;
  readonly messages: Messages;
  /** What pictures and links tell their hosts of the page (the client's `referrerPolicy`). */
  readonly referrerPolicy: 'no-referrer' | 'origin';
  /** The moment calendar times count from ("Today"); the reader's clock when absent. */
  readonly now?: Date;
}

// Primary language subtags written right to left.
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `rtl` for a feed in a right-to-left language such as Arabic, Hebrew or Persian, else undefined. */
export function direction(language: string | null): 'rtl' | undefined {
  return language && rightToLeft.has(primarySubtag(language)) ? 'rtl' : undefined;
}


/** Gives a list's shadow root the look of its stories, after the rules it already has. */
export function adoptStoryStyles(root: ShadowRoot, own: CSSResultOrNative[]): void {
  adoptChunkStyles(root, own, storyStyles);
}

/** The stories of a list, each keyed by its id, so a refresh moves rows instead of redrawing them. */
export function renderItems(items: readonly FeedItem[], display: ItemDisplay): unknown {
  return repeat(items, item => item.id, (item, index) => renderItem(item, index, display));
}

/**
 * Keeps the element it is bound to in the document only while `shown`; otherwise a comment stands in its place, or,
 * with `unwrap`, the element's own children do. A story is one template holding every element a story can have,
 * cloned whole and pruned like the `<template>` of a hand-written element: a nested template for each optional
 * element cost a template instance and comment markers per story, most of what made the list slower to draw than
 * a hand-written element.
 */
class OnlyIf extends Directive {
  /** What stands in the element's place while it is out of the document; empty while it is in. */
  #standIn: ChildNode[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('onlyIf() binds to an element, as in <p ${onlyIf(shown)}>.');
  }

  render(_shown: boolean, _unwrap?: 'unwrap'): typeof nothing {
    return nothing;
  }

  override update({ element }: ElementPart, [shown, unwrap]: Parameters<OnlyIf['render']>): typeof nothing {
    const out = this.#standIn.length > 0;
    if (shown && out) {
      this.#standIn[0].before(element);
      if (unwrap) element.append(...this.#standIn);
      else this.#standIn[0].remove();
      this.#standIn = [];
    } else if (!shown && !out) {
      this.#standIn = unwrap && element.firstChild ? [...element.childNodes] : [element.ownerDocument.createComment('')];
      element.replaceWith(...this.#standIn);
    }
    return nothing;
  }
}

const onlyIf = directive(OnlyIf);

/**
 * One story: its picture (none without one), the title as the text of the link, the excerpt, and a line with the
 * source (in a list of several), the category and the calendar-style time. `index` is its place in the list, which click and impression events report.
 * The template has no white space between its tags (line breaks fall inside tags) and sets text as properties, so
 * a story adds neither white-space text nodes nor comment markers. White space there was never drawn: every box it
 * sat in is a flex container, spaced by gaps and margins (news-list.styles.ts, story.styles.ts).
 */
function renderItem(item: FeedItem, index: number, display: ItemDisplay): TemplateResult {
  if (isServer) return renderServerItem(item, index, display);
  const { target, rel } = display;
  const { image, summary, category, source, published, time } = storyParts(item, index, display);
  // The feed's hosts learn nothing of the page from its pictures and links, unless the publisher chose `origin`.
  const { referrerPolicy } = display;
  // The time is in the reader's language, which may run the other way than the feed's: isolated, it keeps its order.
  return html`<li part="item" class="item" data-index=${index}
    ><img part="image" class="image" ${onlyIf(!!image)} src=${image?.url ?? nothing} alt=${item.title} loading="lazy" decoding="async"
      referrerpolicy=${referrerPolicy} width=${image?.width ?? nothing} height=${image?.height ?? nothing}
    /><div class="text"
      ><a part="link" class="link" ${onlyIf(!!item.url, 'unwrap')} href=${item.url ?? nothing} target=${target || nothing}
        rel=${rel || (target === '_blank' ? 'noopener' : nothing)} referrerpolicy=${referrerPolicy}
        ><span part="title" class="title" dir="auto" .textContent=${item.title}></span></a
      ><p part="excerpt" class="excerpt" dir="auto" ${onlyIf(!!summary)} .textContent=${summary}></p
      ><p part="meta" class="meta" ${onlyIf(!!(source || category || published))}
        ><span part="source" class="source" dir="auto" ${onlyIf(!!source)} .textContent=${source ?? ''}></span
        ><span class="dot" aria-hidden="true" ${onlyIf(!!(source && (category || published)))}>·</span
        ><span part="category" class="category" dir="auto" ${onlyIf(!!category)} .textContent=${category ?? ''}></span
        ><span class="dot" aria-hidden="true" ${onlyIf(!!(category && published))}>·</span
        ><time part="time" class="time" dir="auto" ${onlyIf(!!published)} datetime=${published?.toISOString() ?? nothing}
          .textContent=${time}
        ></time></p
    ></div></li>`;
}

/** What a story shows of its item under the list's display attributes. */
function storyParts(item: FeedItem, index: number, display: ItemDisplay) {
  const { layout } = display;
  // A magazine's lead story is drawn large, the others in its column as in the compact layout.
  const wide = layout === 'list' || layout === 'grid' || layout === 'carousel' || (layout === 'magazine' && index === 0);
  const published = display.hideDates ? null : item.published;
  return {
    image: wide && !display.hideImages ? item.image : null,
    summary: wide && display.excerptLength > 0 ? truncateWords(item.summary, display.excerptLength) : '',
    category: layout === 'ticker' ? null : item.category,
    source: layout === 'ticker' ? null : (item.source?.title ?? null),
    published,
    time: published ? formatCalendarTime(published, display.messages, { now: display.now }) : '',
  };
}

/**
 * One story as markup, for server rendering: the same elements, attributes and text as the story the browser
 * draws (`renderItem`), written with child bindings and conditions, because a server sets no properties and runs
 * no element directives. test/server/page.test.ts compares the two in Chromium.
 */
function renderServerItem(item: FeedItem, index: number, display: ItemDisplay): TemplateResult {
  const { target, rel, referrerPolicy } = display;
  const { image, summary, category, source, published, time } = storyParts(item, index, display);
  const title = html`<span part="title" class="title" dir="auto">${item.title}</span>`;
  const picture = image
    ? html`<img part="image" class="image" src=${image.url} alt=${item.title} loading="lazy" decoding="async" referrerpolicy=${referrerPolicy} width=${image.width ?? nothing} height=${image.height ?? nothing} />`
    : nothing;
  const link = item.url
    ? html`<a part="link" class="link" href=${item.url} target=${target || nothing} rel=${rel || (target === '_blank' ? 'noopener' : nothing)} referrerpolicy=${referrerPolicy}>${title}</a>`
    : title;
  const meta =
    source || category || published
      ? html`<p part="meta" class="meta">${source ? html`<span part="source" class="source" dir="auto">${source}</span>` : nothing}${source && (category || published)
            ? html`<span class="dot" aria-hidden="true">·</span>`
            : nothing}${category ? html`<span part="category" class="category" dir="auto">${category}</span>` : nothing}${category && published
            ? html`<span class="dot" aria-hidden="true">·</span>`
            : nothing}${published ? html`<time part="time" class="time" dir="auto" datetime=${published.toISOString()}>${time}</time>` : nothing}</p>`
      : nothing;
  return html`<li part="item" class="item" data-index=${index}>${picture}<div class="text">${link}${summary ? html`<p part="excerpt" class="excerpt" dir="auto">${summary}</p>` : nothing}${meta}</div></li>`;
}
