import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { getClient } from '../../data/client.js';
import { FeedError, isAbortError } from '../../data/errors.js';
import { parseJsonFeed } from '../../data/jsonfeed.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { en } from '../../i18n/en.js';
import { loadMessages, messagesFor, resolveLanguage, type Messages } from '../../i18n/index.js';
import { integerAttribute } from '../shared/attributes.js';
import { emit } from '../shared/events.js';
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
 * @fires news-load - The feed was loaded; `detail` is the parsed feed.
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

  /** What the element shows now: `loading`, `ready`, `empty` or `error`. Read-only; reflected. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  #messages: Messages = en;
  #wordsReady = true;

  #feed = new Task(this, {
    task: async ([src], { signal }) => {
      if (!src) throw new FeedError('config', 'news-list needs a src attribute with the address of a feed.');
      return getClient().get(src, parseJsonFeed, { signal });
    },
    args: () => [this.src] as const,
    onComplete: feed => emit(this, 'news-load', feed),
    onError: error => {
      if (!isAbortError(error)) emit<NewsErrorDetail>(this, 'news-error', { error: toError(error) });
    },
  });

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
    // Until the language's table arrives (see NewsElement, which this element will move onto), English shows.
    const language = resolveLanguage(this);
    const messages = messagesFor(language);
    this.#wordsReady = messages !== undefined;
    if (messages) this.#messages = messages;
    else void loadMessages(language).then(() => this.requestUpdate());
  }

  protected override update(changed: PropertyValues<this>): void {
    // The task starts in hostUpdate, after willUpdate, so the state is read here, where it matches what
    // render() is about to show; a property set before super.update() is reflected in this same update.
    this.state = this.#wordsReady ? this.#currentState() : 'loading';
    super.update(changed);
  }

  protected override render(): TemplateResult {
    if (!this.#wordsReady) return this.#renderSkeleton();
    return this.#feed.render({
      initial: () => this.#renderSkeleton(),
      pending: () => this.#renderSkeleton(),
      complete: feed => (feed.items.length ? this.#renderItems(feed) : this.#renderMessage(this.#messages.empty)),
      error: error => (isAbortError(error) ? this.#renderSkeleton() : this.#renderError(error)),
    }) as TemplateResult;
  }

  #currentState(): WidgetState {
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
