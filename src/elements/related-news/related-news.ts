import { css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { onDemand } from '../../data/on-demand.js';
import { enumAttribute, integerAttribute } from '../shared/attributes.js';
import type { FeedItem } from '../../data/types.js';
import { FeedListElement, type Chooser, type ShownFeed } from '../news-list/feed-list.js';

export type { ListLayout, NewsItemDetail } from '../news-list/feed-list.js';

/**
 * The story each `<news-article>` of the page shows, as its `news-load` told it, and the related lists to tell when
 * one arrives: page-wide, and listened for from the moment this code runs, so that a related list added after the
 * article was shown knows it too.
 */
const articles = new Map<Element, FeedItem>();
const lists = new Set<RelatedNews>();
if (typeof document !== 'undefined') {
  document.addEventListener('news-load', event => {
    const article = event.target as Element;
    if (article.localName !== 'news-article') return;
    articles.set(article, (event as CustomEvent<FeedItem>).detail);
    for (const list of lists) list.articleShown();
  });
}

/** Choosing the stories (comparing addresses, the canonical link): a chunk of its own, fetched beside the feed. */
const relatedChunk = onDemand(() => import('./related-items.js'));

/** Ranking by similarity (words, stems, weights): a chunk of its own, fetched only for `order="similar"`. */
const similarChunk = onDemand(() => import('./similar-items.js'));

/**
 * The "Similar news" block under an article: stories from a feed of candidates without the article being read
 * (`exclude`; by default the story a `<news-article>` on the page shows, the page's canonical address and its own
 * address), in any layout of `<news-list>`: in the feed's order, or (`order="similar"`) ranked by similarity to the
 * story being read, which it finds itself. With fewer than `min` usable stories it shows nothing at all (state
 * `empty`), because two lonely links look broken.
 *
 * @summary Related stories under an article, without the article itself; nothing when there are too few.
 *
 * @slot - Fallback shown while loading and after a failure, and to browsers without scripts and crawlers.
 *
 * @fires news-load - A feed is shown, first or after a refresh; `detail` is the parsed feed.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed, or a refresh did (the last good data stays, `stale`); `detail.error` is an Error with a human message and a `kind`.
 * @fires {CustomEvent<NewsItemDetail>} news-select - A story's link was clicked; `detail` is `{ item, index }`. Cancelable: `preventDefault()` keeps the page where it is.
 * @fires {CustomEvent<NewsItemDetail>} news-impression - A story was at least half visible for a second (once per story); `detail` is `{ item, index }`.
 *
 * @csspart heading - The heading above the stories ("Similar news").
 * @csspart list - The list of stories.
 * @csspart item - One story.
 * @csspart image - A story's picture.
 * @csspart link - A story's link; its text is the title.
 * @csspart title - A story's title.
 * @csspart excerpt - The start of a story's summary.
 * @csspart meta - The line with the category and the time.
 * @csspart source - The name of a story's source, in a list of several sources.
 * @csspart category - A story's category.
 * @csspart time - A story's `<time>`, such as "Yesterday, 23:47".
 * @csspart new-stories - The button that shows the stories a refresh brought.
 * @csspart pause - The ticker's pause and play button.
 * @csspart previous - The carousel's button to the cards before.
 * @csspart next - The carousel's button to the cards after.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart message - The error message.
 * @csspart error - The error box, with the message and the retry button.
 * @csspart retry - The button shown with an error that loads the feed again.
 *
 * @cssproperty --news-font - Font shorthand for the whole widget.
 * @cssproperty --news-color - Text colour.
 * @cssproperty --news-muted - Colour of times and messages.
 * @cssproperty --news-accent - Categories, hovered titles, focus rings and buttons.
 * @cssproperty --news-line - Separators, picture placeholders and the skeleton.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 * @cssproperty --news-radius - Corner radius of pictures and cards (8px).
 * @cssproperty --news-gap - Space between cards in the grid (1rem).
 * @cssproperty --news-list-padding - Space inside the element's own background (0).
 * @cssproperty --news-list-column - Narrowest column of the grid (15rem).
 * @cssproperty --news-list-thumbnail - Width of the pictures in the list layout (7.5rem).
 * @cssproperty --news-list-ticker-pace - Seconds each story takes to cross the ticker (6s).
 */
export class RelatedNews extends FeedListElement {
  static override readonly tagName = 'related-news';

  static override styles = [
    ...FeedListElement.styles,
    css`
      :host([state='empty']) {
        display: none;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    limit: { converter: integerAttribute(6, 1, 100) },
    exclude: {},
    min: { converter: integerAttribute(3, 1, 100) },
    order: { converter: enumAttribute(['feed', 'similar'] as const, 'feed') },
    htmlFor: { attribute: 'for' },
  };

  /** How many stories to show at most (1 to 100; default 6). */
  limit = 6;

  /**
   * The address or id of the story being read, left out of the list. By default the list leaves out the story
   * each `<news-article>` of the page shows (once it has told it with `news-load`), the page's canonical address
   * and the page's own address.
   */
  exclude: string | null = null;

  /**
   * The fewest stories worth showing (1 to 100; default 3); with fewer the element shows nothing. Never more than
   * `limit`. With `order="similar"` only stories similar enough count.
   */
  min = 3;

  /**
   * `feed` (default) keeps the feed's order, for endpoints that already chose related stories; `similar` ranks the
   * feed's stories by similarity to the story being read: the item of a `<news-article>` of the page, else the page's
   * `og:`, `article:` and keywords metadata, its `<h1>` or `<title>` (with neither, the feed's order and a warning).
   * Read when the feed's answer is shown: a change takes effect with the next answer (a refresh, another `src`).
   */
  order: 'feed' | 'similar' = 'feed';

  /** The id of the `<news-article>` being read, when the page has several (default: the first that shows a story). */
  htmlFor: string | null = null;

  // The order is read with each answer of the feed, when its stories are presented: the ranking chunk comes with it.
  protected override async chooser(): Promise<Chooser> {
    const [{ chooseRelated }, similar, view] = await Promise.all([relatedChunk(), this.order === 'similar' && similarChunk(), super.chooser()]);
    // The list's filters and order come first; choosing the related ones then keeps or ranks what they left.
    return feed => chooseRelated(this, { ...feed, items: view(feed) }, articles, similar || undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    lists.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    lists.delete(this);
  }

  /** @internal An article of the page told which story it shows: the stories are chosen again without it. */
  articleShown(): void {
    this.rechoose();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('exclude') || changed.has('order') || changed.has('htmlFor')) this.rechoose();
  }

  protected override isEmpty(shown: ShownFeed): boolean {
    return this.stories(shown).length < Math.min(this.min, this.limit);
  }

  protected override headingText(): string {
    return this.heading ?? this.words.list.related;
  }

  protected override renderEmpty(): TemplateResult {
    return html``;
  }
}
