// The yardstick for <news-list>: a custom element written by hand with the DOM API, drawing the same markup as
// news-list's `list` layout (same elements, classes, parts, attributes and text, with the same stylesheets), so
// the benchmark compares the two ways of drawing rather than two different pages. It takes a parsed Feed as a
// property and draws it synchronously; until then it shows the same skeleton. It uses the library's text helpers
// (the excerpt cut and the calendar time) because both must write the same words; how the words get into the DOM
// is its own.
import { truncateWords } from '../../src/data/text.js';
import type { Feed, FeedItem } from '../../src/data/types.js';
import { en } from '../../src/i18n/en.js';
import { formatCalendarTime } from '../../src/i18n/calendar.js';
import { styles } from '../../src/elements/news-list/news-list.styles.js';
import { storyStyles } from '../../src/elements/news-list/story.styles.js';
import { baseStyles } from '../../src/elements/shared/styles.js';

const EXCERPT_LENGTH = 150;

function template(markup: string): HTMLTemplateElement {
  const element = document.createElement('template');
  element.innerHTML = markup;
  return element;
}

const storyTemplate = template(
  '<li part="item" class="item"><img part="image" class="image" loading="lazy" decoding="async" referrerpolicy="no-referrer"><div class="text">' +
    '<a part="link" class="link" referrerpolicy="no-referrer"><span part="title" class="title" dir="auto"></span></a>' +
    '<p part="excerpt" class="excerpt" dir="auto"></p> <p part="meta" class="meta"><span part="category" class="category" dir="auto"></span>' +
    '<span class="dot" aria-hidden="true">·</span><time part="time" class="time" dir="auto"></time></p></div></li>',
);

const skeletonRowTemplate = template(
  '<li class="item"><span class="image"></span><div class="text"><span class="bar title-bar"></span>' +
    '<span class="bar excerpt-bar"></span><span class="bar meta-bar"></span></div></li>',
);

/** `<vanilla-news-list>`: set `limit` and then `feed`. */
export class VanillaNewsList extends HTMLElement {
  /** How many skeleton rows to draw and stories to show at most. */
  limit = 10;

  #feed: Feed | null = null;
  #root: ShadowRoot;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [baseStyles, styles, storyStyles].map(result => result.styleSheet!);
  }

  connectedCallback(): void {
    if (!this.#feed) this.#drawSkeleton();
  }

  get feed(): Feed | null {
    return this.#feed;
  }

  /** Draws the feed's stories at once, in place of whatever was shown. */
  set feed(feed: Feed | null) {
    this.#feed = feed;
    if (feed) this.#drawStories(feed);
    else this.#drawSkeleton();
  }

  #drawSkeleton(): void {
    const skeleton = document.createElement('div');
    skeleton.setAttribute('part', 'skeleton');
    skeleton.className = 'skeleton';
    skeleton.setAttribute('aria-busy', 'true');
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    status.textContent = en.loading;
    const rows = document.createElement('ul');
    rows.className = 'items list';
    rows.setAttribute('aria-hidden', 'true');
    for (let index = 0; index < this.limit; index++) rows.append(skeletonRowTemplate.content.cloneNode(true));
    skeleton.append(status, rows);
    this.#root.replaceChildren(skeleton);
  }

  #drawStories(feed: Feed): void {
    const frame = document.createElement('div');
    frame.className = 'frame';
    const list = document.createElement('ul');
    list.setAttribute('part', 'list');
    list.className = 'items list';
    list.setAttribute('role', 'list');
    if (feed.language) list.setAttribute('lang', feed.language);
    list.addEventListener('click', this.#onClick);
    const seen = new Set<string>();
    let index = 0;
    for (const item of feed.items) {
      if (index === this.limit) break;
      if (!(item.title || item.url) || seen.has(item.id)) continue;
      seen.add(item.id);
      list.append(this.#story(item, index++));
    }
    frame.append(list);
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    this.#root.replaceChildren(frame, status);
  }

  #story(item: FeedItem, index: number): Node {
    const row = (storyTemplate.content.cloneNode(true) as DocumentFragment).firstChild as HTMLLIElement;
    row.dataset.index = String(index);
    const image = row.firstChild as HTMLImageElement;
    const text = image.nextSibling as HTMLDivElement;
    if (item.image) {
      image.src = item.image.url;
      image.alt = item.title;
      if (item.image.width !== undefined) image.width = item.image.width;
      if (item.image.height !== undefined) image.height = item.image.height;
    } else {
      image.remove();
    }
    const link = text.firstChild as HTMLAnchorElement;
    const title = link.firstChild as HTMLSpanElement;
    const summary = link.nextSibling as HTMLParagraphElement;
    title.textContent = item.title;
    if (item.url) link.href = item.url;
    else link.replaceWith(title);
    const cut = truncateWords(item.summary, EXCERPT_LENGTH);
    if (cut) summary.textContent = cut;
    else summary.remove();
    const meta = text.lastChild as HTMLParagraphElement;
    const category = meta.firstChild as HTMLSpanElement;
    const dot = category.nextSibling as HTMLSpanElement;
    const time = meta.lastChild as HTMLTimeElement;
    if (item.category) category.textContent = item.category;
    else category.remove();
    if (!item.category || !item.published) dot.remove();
    if (item.published) {
      time.dateTime = item.published.toISOString();
      time.textContent = formatCalendarTime(item.published, en);
    } else {
      time.remove();
    }
    if (!item.category && !item.published) meta.remove();
    return row;
  }

  // The same work as the list's own click handler up to the point where it would tell the page.
  #onClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest?.('a.link');
    if (!link) return;
    this.dispatchEvent(new CustomEvent('vanilla-select', { bubbles: true, composed: true, cancelable: true }));
  };
}

if (!customElements.get('vanilla-news-list')) customElements.define('vanilla-news-list', VanillaNewsList);

declare global {
  interface HTMLElementTagNameMap {
    'vanilla-news-list': VanillaNewsList;
  }
}
