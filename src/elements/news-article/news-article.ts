import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { FeedError, type FeedErrorKind } from '../../data/errors.js';
import { onDemand } from '../../data/on-demand.js';
import type { FeedItem } from '../../data/types.js';
import { integerAttribute } from '../shared/attributes.js';
import type { CalendarClock } from '../shared/clock.js';
import { DataController } from '../shared/data-controller.js';
import { NewsElement } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import type { LoadedArticle } from './article-loader.js';
import { styles } from './news-article.styles.js';

/** Reading, sanitizing and drawing articles, shared by every article on the page; fetched beside the first request. */
const articleChunk = onDemand(() => import('./article-chunk.js'));

/** What an article draws: the item, its sanitized body and the code that draws them. */
interface ShownArticle extends LoadedArticle {
  view: typeof import('./article-chunk.js');
}

/**
 * One article from a feed or an article API: category, calendar-style time and view count, the title,
 * a standfirst, the author and the lead picture, then the publisher's HTML. The HTML is untrusted: it is
 * sanitized (the browser's HTML Sanitizer API, else DOMPurify, then a second check of our own) into nodes
 * that are rendered as they are, never as a string. Reading, sanitizing and drawing arrive as one chunk
 * when the first article loads; the element itself carries only its skeleton.
 *
 * @summary A full news article from a JSON Feed item, a JSON Feed, a WordPress post or an RSS/Atom feed.
 *
 * @fires news-load - The article arrived; `detail` is the normalized `FeedItem` shown.
 * @fires news-error - Loading failed, or a refresh did (the last good data stays, `stale`); `detail.error` is an Error with a human message and a `kind`. An item
 *   that is not in the source is a `config` error.
 *
 * @csspart article - The whole article.
 * @csspart header - Category, time, views, title, standfirst and author.
 * @csspart meta - The line holding category, time and views.
 * @csspart category - The category, such as "World".
 * @csspart time - The `<time>` of publication, such as "Yesterday, 23:47".
 * @csspart views - The view count, such as "131 views".
 * @csspart title - The title heading.
 * @csspart summary - The standfirst under the title, shown when the summary is not the body's opening.
 * @csspart author - The author's name.
 * @csspart image - The lead picture's figure.
 * @csspart body - The article's text.
 * @csspart message - The empty or error message.
 * @csspart retry - The button shown with an error that loads the article again.
 *
 * @cssproperty --news-font - Font shorthand for the header line, captions and tables.
 * @cssproperty --news-color - Text colour.
 * @cssproperty --news-muted - Colour of the time, views, standfirst and captions.
 * @cssproperty --news-accent - Category, links, list markers and quotation rules.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 * @cssproperty --news-line - Rules, table lines and the placeholder of pictures not yet loaded.
 * @cssproperty --news-radius - Corner radius of pictures (8px).
 * @cssproperty --news-article-title-font - Font shorthand of the title (bold serif, scaled to the width).
 * @cssproperty --news-article-body-font - Font shorthand of the text (serif, 1.125rem/1.7).
 * @cssproperty --news-article-measure - Longest line of the text (65ch).
 * @cssproperty --news-article-skeleton-height - Least height of the skeleton shown while loading (100svh: an article fills a screen); set it to your articles' typical height if they are shorter.
 */
export class NewsArticle extends NewsElement<FeedItem, ShownArticle> {
  static override readonly tagName = 'news-article';

  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    itemId: { attribute: 'item-id' },
    headingLevel: { attribute: 'heading-level', converter: integerAttribute(2, 1, 6) },
    hideImage: { attribute: 'hide-image', type: Boolean, reflect: true },
  };

  /** Address of the article: a JSON Feed item, a JSON Feed, a WordPress post (or list of posts), or an RSS or Atom feed. */
  src = '';

  /** Which item of a feed to show, by id or link (relative links count from `src`); empty (default) shows the first. */
  itemId = '';

  /** Level of the title's heading, 1 to 6 (default 2); the body's subheads keep their own levels, h1 becoming h2. */
  headingLevel = 2;

  /** Hides the lead picture (default false: shown when the article has one). */
  hideImage = false;

  /**
   * The meta line says "Today" or "Yesterday": the page's minute timer keeps that true across midnight. It comes
   * with the article's chunk, as nothing before the article shows a time.
   */
  #clock?: CalendarClock;

  protected readonly data = new DataController(this, {
    args: () => [this.src.trim(), this.itemId.trim()] as const,
    source: ([src]) => {
      if (!src) throw new FeedError('config', 'news-article has no src attribute.');
      return { url: src, parser: () => articleChunk().then(view => view.parseArticleSource) };
    },
    present: async (feed, [src, itemId]): Promise<ShownArticle> => {
      const view = await articleChunk();
      view.adoptArticleStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof NewsArticle).elementStyles);
      if (!this.#clock) this.#clock = new view.CalendarClock(this);
      return { ...(await view.presentArticle(feed, src, itemId, this.data.client.settings.referrerPolicy)), view };
    },
    refresh: () => this.refresh,
    lazy: () => this.loading === 'lazy',
  });

  protected override loadDetail({ item }: ShownArticle): FeedItem {
    return item;
  }

  protected override isEmpty(article: ShownArticle): boolean {
    return article.view.isEmptyArticle(article);
  }

  protected override renderSkeleton(): TemplateResult {
    // The stylesheet draws the meta line and the title above the lead picture's box, so the page does not jump
    // when the article's header arrives. Sizes live there: a strict CSP blocks style attributes.
    return html`<div class="skeleton" aria-busy="true"><span class="visually-hidden" role="status">${this.words.loading}</span>${this.hideImage ? nothing : html`<p></p>`}</div>`;
  }

  protected override renderValue(article: ShownArticle): TemplateResult {
    return article.view.renderArticle(article, this.messages, this);
  }

  protected override errorText(kind: FeedErrorKind): string {
    return kind === 'config' ? this.words.article.unavailable : super.errorText(kind);
  }
}
