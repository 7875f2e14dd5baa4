import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { FeedFormat } from '../../data/detect.js';
import { FeedError } from '../../data/errors.js';
import { loadFeedParser } from '../../data/feed-loader.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { enumAttribute, integerAttribute } from '../shared/attributes.js';
import { NewsElement, type Source } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import { styles } from './news-list.styles.js';

export type { NewsErrorDetail, WidgetState } from '../shared/news-element.js';

/** Items with neither a title nor a link have nothing a reader could use. */
function usable(feed: Feed): FeedItem[] {
  return feed.items.filter(item => item.title || item.url);
}

/**
 * A list of headlines from a feed: JSON Feed, RSS, Atom, RDF or WordPress.
 *
 * @summary Headline links from a feed, with loading, empty and error states.
 *
 * @fires news-load - A feed is shown, first or after a refresh brought new data; `detail` is the parsed feed.
 * @fires news-error - Loading failed; `detail.error` is an Error with a human message and a `kind`.
 *
 * @csspart list - The list of headlines.
 * @csspart item - One headline row.
 * @csspart link - The headline link; its text is the story title.
 * @csspart title - The headline of a story that has no link.
 * @csspart message - The empty or error message.
 * @csspart retry - The button shown with an error that loads the feed again.
 *
 * @cssproperty --news-font - Font shorthand for the whole widget.
 * @cssproperty --news-color - Headline colour.
 * @cssproperty --news-muted - Colour of messages.
 * @cssproperty --news-accent - Colour of hovered links, focus rings and the retry button.
 * @cssproperty --news-line - Separator and skeleton colour.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 */
export class NewsList extends NewsElement<Feed> {
  static override readonly tagName = 'news-list';

  static override styles = [baseStyles, styles];

  /** Address of the feed, resolved against the page. */
  @property() src = '';

  /** `auto` (default) tells the format from the response; `jsonfeed`, `rss`, `atom` or `wordpress` insist on one. */
  @property({ converter: enumAttribute(['auto', 'jsonfeed', 'rss', 'atom', 'wordpress'] as const, 'auto') }) format: FeedFormat = 'auto';

  /** How many headlines to show at most (1 to 100; default 10). */
  @property({ converter: integerAttribute(10, 1, 100) }) limit = 10;

  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.format];
  }

  protected override async source(): Promise<Source<Feed>> {
    if (!this.src) throw new FeedError('config', 'news-list needs a src attribute with the address of a feed.');
    return { url: this.src, parse: await loadFeedParser(this.format) };
  }

  protected override isEmpty(feed: Feed): boolean {
    return usable(feed).length === 0;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${this.messages.loading}</span>
      <ul class="skeleton" aria-hidden="true">
        ${Array.from({ length: this.limit }, () => html`<li></li>`)}
      </ul>
    </div>`;
  }

  protected override renderValue(feed: Feed): TemplateResult {
    const items = usable(feed).slice(0, this.limit);
    return html`<ul part="list">
      ${repeat(items, item => item.id, item => html`<li part="item">${this.#renderTitle(item)}</li>`)}
    </ul>`;
  }

  #renderTitle(item: FeedItem): TemplateResult {
    return item.url ? html`<a part="link" href=${item.url}>${item.title}</a>` : html`<span part="title">${item.title}</span>`;
  }
}
