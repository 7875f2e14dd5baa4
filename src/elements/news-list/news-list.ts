import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getClient, type CacheChange } from '../../data/client.js';
import { FeedError, isAbortError } from '../../data/errors.js';
import { parseJsonFeed } from '../../data/jsonfeed.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { messagesFor, resolveLanguage, type Messages } from '../../i18n/index.js';
import { integerAttribute } from '../shared/attributes.js';
import { emit } from '../shared/events.js';
import { SourceWatch } from '../shared/source-watch.js';
import { styles } from './news-list.styles.js';

/** What the element is showing, reflected as the `state` attribute for outside CSS. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** Detail of `news-error`. */
export interface NewsErrorDetail {
  error: Error;
}

/**
 * A list of headlines from a JSON Feed.
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
 * @cssproperty --news-text-color - Headline colour.
 * @cssproperty --news-muted-color - Colour of messages.
 * @cssproperty --news-accent-color - Colour of hovered links, focus rings and the retry button.
 * @cssproperty --news-line-color - Separator and skeleton colour.
 */
export class NewsList extends LitElement {
  static override styles = styles;

  static override get observedAttributes(): string[] {
    // `lang` is a native attribute; observing it lets a CMS switch the language after first render.
    return [...super.observedAttributes, 'lang'];
  }

  /** Address of a JSON Feed, resolved against the page. */
  @property() src = '';

  /** How many headlines to show at most (1 to 100; default 10). */
  @property({ converter: integerAttribute(10, 1, 100) }) limit = 10;

  /**
   * Seconds between refreshes of the feed (0, the default, never refreshes; at least 10). Refreshes pause while the
   * page is hidden or offline, and lists of one feed and interval share one request.
   */
  @property({ converter: integerAttribute(0, 0, 86_400) }) refresh = 0;

  /** What the element shows now: `loading`, `ready`, `empty` or `error`. Read-only; reflected. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** Set while the last refresh failed and the headlines shown are the last good ones. Read-only; reflected. */
  @property({ type: Boolean, reflect: true }) stale = false;

  #messages: Messages = messagesFor('en');

  /** The feed on screen and the src it was loaded for; a refresh replaces it without going through loading. */
  #shown: { src: string; feed: Feed } | null = null;

  #feed = new Task(this, {
    task: async ([src], { signal }) => {
      if (!src) throw new FeedError('config', 'news-list needs a src attribute with the address of a feed.');
      return getClient().get(src, parseJsonFeed, { signal });
    },
    args: () => [this.src] as const,
    onComplete: feed => {
      this.#show(feed);
      // The data may come from the cache, where the last refresh by another list may have failed.
      this.stale = (getClient().peek(this.src, parseJsonFeed)?.error ?? null) !== null;
    },
    onError: error => {
      if (!isAbortError(error)) emit<NewsErrorDetail>(this, 'news-error', { error: toError(error) });
    },
  });

  constructor() {
    super();
    new SourceWatch(this, {
      src: () => this.src,
      refresh: () => this.refresh,
      refreshNow: src => {
        // A failure reaches the list as a change notice (and the stale attribute), not as a rejection here.
        getClient().get(src, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
      },
      onChange: change => this.#onChange(change),
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load aborted by an earlier disconnect is not an error; start it again now that the element is back.
    if (this.#feed.status === TaskStatus.ERROR && isAbortError(this.#feed.error)) void this.#feed.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.#feed.status === TaskStatus.PENDING) this.#feed.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new src loads like a first one: what was shown belongs to another feed.
    if (changed.has('src')) this.#shown = null;
    this.#messages = messagesFor(resolveLanguage(this));
  }

  protected override update(changed: PropertyValues<this>): void {
    // The task starts in hostUpdate, after willUpdate, so the state is read here, where it matches what
    // render() is about to show; a property set before super.update() is reflected in this same update.
    this.state = this.#currentState();
    if (!this.#showing()) this.stale = false;
    super.update(changed);
  }

  protected override render(): TemplateResult {
    const shown = this.#showing();
    if (shown) return this.#renderFeed(shown);
    return this.#feed.render({
      initial: () => this.#renderSkeleton(),
      pending: () => this.#renderSkeleton(),
      complete: feed => this.#renderFeed(feed),
      error: error => (isAbortError(error) ? this.#renderSkeleton() : this.#renderError(error)),
    }) as TemplateResult;
  }

  /** The feed on screen, when it belongs to the current src. */
  #showing(): Feed | null {
    return this.#shown?.src === this.src ? this.#shown.feed : null;
  }

  #show(feed: Feed): void {
    if (this.#showing() === feed) return;
    this.#shown = { src: this.src, feed };
    emit(this, 'news-load', feed);
    this.requestUpdate();
  }

  #onChange(change: CacheChange): void {
    const snapshot = getClient().peek(this.src, parseJsonFeed);
    // A list still waiting for its own request, or showing an error, takes data another list of the feed got.
    if (snapshot && (change.updated || !this.#showing())) this.#show(snapshot.value);
    this.stale = change.error !== null && this.#showing() !== null;
  }

  #currentState(): WidgetState {
    const shown = this.#showing();
    if (shown) return shown.items.length ? 'ready' : 'empty';
    switch (this.#feed.status) {
      case TaskStatus.COMPLETE:
        return this.#feed.value?.items.length ? 'ready' : 'empty';
      case TaskStatus.ERROR:
        return isAbortError(this.#feed.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  #renderSkeleton(): TemplateResult {
    return html`<div aria-busy="true">
      <span class="visually-hidden" role="status">${this.#messages.loading}</span>
      <ul class="skeleton" aria-hidden="true">
        ${Array.from({ length: this.limit }, () => html`<li></li>`)}
      </ul>
    </div>`;
  }

  #renderFeed(feed: Feed): TemplateResult {
    return feed.items.length ? this.#renderItems(feed) : this.#renderMessage(this.#messages.empty);
  }

  #renderItems(feed: Feed): TemplateResult {
    const items = feed.items.slice(0, this.limit);
    return html`<ul part="list">
      ${repeat(items, item => item.id, item => html`<li part="item">${this.#renderTitle(item)}</li>`)}
    </ul>`;
  }

  #renderTitle(item: FeedItem): TemplateResult {
    return item.url ? html`<a part="link" href=${item.url}>${item.title}</a>` : html`<span part="title">${item.title}</span>`;
  }

  #renderMessage(text: string): TemplateResult {
    return html`<p part="message" class="message">${text}</p>`;
  }

  #renderError(error: unknown): TemplateResult {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return html`<div class="message" role="alert">
      <p part="message">${this.#messages.errors[kind]}</p>
      ${kind === 'config' ? nothing : html`<button part="retry" type="button" @click=${this.#onRetry}>${this.#messages.retry}</button>`}
    </div>`;
  }

  #onRetry = (): void => {
    void this.#feed.run();
  };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

declare global {
  interface HTMLElementEventMap {
    'news-load': CustomEvent<Feed>;
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}
