import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { getClient, type CacheChange, type Parser } from '../../data/client.js';
import { FeedError, isAbortError, type FeedErrorKind } from '../../data/errors.js';
import { en } from '../../i18n/en.js';
import { loadMessages, messagesFor, resolveLanguage, type Language, type Messages } from '../../i18n/index.js';
import { enumAttribute, integerAttribute } from './attributes.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import { SourceWatch } from './source-watch.js';

/** What an element is showing, reflected as the `state` attribute for outside CSS. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

// Re-exported so that every element's declarations load the library's HTMLElementEventMap entries.
export type { NewsImpressionDetail, NewsSelectDetail } from './events-map.js';

/** Detail of `news-error`. */
export interface NewsErrorDetail {
  error: Error;
}

/** Where an element's data comes from and how to read it. */
export interface Source<T> {
  /** The address to fetch, as given (the client resolves it against the page). */
  url: string;
  parse: Parser<T>;
}

/** The longest refresh interval accepted, in seconds (a day). */
const MAX_REFRESH = 86_400;

/**
 * What every element of the library shares: language from `lang` or the nearest `[lang]`, the
 * `theme`, `loading` and `refresh` attributes, one data task whose status is the reflected `state`,
 * a `stale` flag when a refresh fails while data is shown, the `news-load` and `news-error` events,
 * and the localized error message with its retry button.
 *
 * A subclass says where its data comes from (`loadArgs`, `source`), when a value counts as empty,
 * and how to draw the loading skeleton and the data.
 *
 * @attr {string} lang - Language of the text (`en`, `ru`, `uz`); when absent, the nearest `[lang]` ancestor's, then `<html lang>`'s.
 * @fires {CustomEvent} news-load - Data is shown, first or after a refresh brought new data; `detail` is that data.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed; `detail.error` is an Error with a human message and a `kind`.
 * @slot - Fallback content: shown while loading and after a failure, and to browsers without scripts and crawlers.
 * @csspart message - The empty or error message.
 * @csspart error - The error box, with the message and the retry button.
 * @csspart retry - The button shown with an error that loads again.
 */
export abstract class NewsElement<T, R = T> extends LitElement {
  /** The tag `define()` registers when given none. */
  static readonly tagName: string;

  /** Registers this element as `tag` in `registry`; a tag that is taken already is left as it is. */
  static define(tag: string = this.tagName, registry: CustomElementRegistry = customElements): void {
    defineElement(tag, this as unknown as CustomElementConstructor, registry);
  }

  static override get observedAttributes(): string[] {
    // `lang` is a native attribute; observing it lets a CMS switch the language after first render.
    return [...super.observedAttributes, 'lang'];
  }

  /** `auto` (default) follows the reader's colour scheme; `light` or `dark` force one. */
  @property({ reflect: true, converter: enumAttribute(['auto', 'light', 'dark'] as const, 'auto') }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `eager` (default) loads at once; `lazy` waits until the element is within about one viewport of being seen. */
  @property({ converter: enumAttribute(['eager', 'lazy'] as const, 'eager') }) loading: 'eager' | 'lazy' = 'eager';

  /**
   * Seconds between refreshes (0 never; at least 10). Refreshes pause while the page is hidden or offline, and
   * elements of one address and interval share one request.
   */
  @property({ converter: integerAttribute(0, 0, MAX_REFRESH) }) refresh = 0;

  /** What the element shows now: `loading`, `ready`, `empty` or `error`. Read-only; reflected. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** Set while the last refresh failed and the data shown is the last good one. Read-only; reflected. */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** The language in use, from `lang`, the nearest `[lang]` ancestor or `<html lang>`. */
  protected language: Language = 'en';

  /** The message table of `language`; English until that language's table has arrived. */
  protected messages: Messages = en;

  /** Whether `messages` is the table of `language`; until it is, the element shows its skeleton. */
  #wordsReady = true;

  /**
   * Whether the page put content inside the element (server-rendered headlines, say). It is what browsers without
   * scripts and crawlers see, and the element shows it instead of its skeleton and instead of an error message.
   */
  #hasFallback = false;

  #nearViewport = false;
  #viewportObserver?: IntersectionObserver;

  /** Where the data comes from, once `source()` has said, and the arguments it said it for. */
  #source: (Source<R> & { args: readonly unknown[] }) | null = null;

  /** The value on screen and the arguments it was loaded for; a refresh replaces it without going through loading. */
  #shown: { args: readonly unknown[]; value: T } | null = null;

  protected readonly data = new Task(this, {
    // A lazy element far from the viewport stays in the initial state; the observer below changes the
    // first argument when it comes near, which runs the task again.
    task: async ([waiting, ...args]: readonly unknown[], { signal }) => {
      if (waiting) return initialState;
      const source = await this.source(args);
      this.#source = { ...source, args };
      return this.present(await getClient().get(source.url, source.parse, { signal }), args);
    },
    args: () => [this.loading === 'lazy' && !this.#nearViewport, ...this.loadArgs()],
    onComplete: value => {
      this.#show(value);
      // The data may come from the cache, where the last refresh (by any element of that address) failed.
      this.stale = this.#snapshot()?.error != null;
    },
    onError: error => {
      if (!isAbortError(error)) emit<NewsErrorDetail>(this, 'news-error', { error: error instanceof Error ? error : new Error(String(error)) });
    },
  });

  constructor() {
    super();
    new SourceWatch(this, {
      src: () => this.#currentSource()?.url ?? '',
      refresh: () => this.refresh,
      refreshNow: () => {
        const source = this.#currentSource();
        // A failure reaches the element as a change notice (and the stale attribute), not as a rejection here.
        if (source) getClient().get(source.url, source.parse, { cache: 'no-cache' }).catch(() => {});
      },
      onChange: change => this.#onChange(change),
    });
  }

  /** The inputs of `source`; a change of any of them loads again. */
  protected abstract loadArgs(): readonly unknown[];

  /** Where to load from; throws a `FeedError` of kind `config` for attributes that cannot work. */
  protected abstract source(args: readonly unknown[]): Source<R> | Promise<Source<R>>;

  /** Turns what the source's parser read into what the element shows; by default it is shown as it is. */
  protected present(raw: R, _args: readonly unknown[]): T | Promise<T> {
    return raw as unknown as T;
  }

  /** Draws the placeholder shown while loading; it should take the size the data will take. */
  protected abstract renderSkeleton(): TemplateResult;

  /** Draws the data. */
  protected abstract renderValue(value: T): TemplateResult;

  /** Whether a loaded value has nothing to show. */
  protected isEmpty(_value: T): boolean {
    return false;
  }

  /**
   * A refresh brought `value` while `current` is on screen. By default it is shown at once; an element may hold it
   * back (so nothing moves under the reader) and call `show` later. `show` does nothing once the arguments changed.
   */
  protected refreshed(_value: T, _current: T, show: () => void): void {
    show();
  }

  /** The value on screen, if it was loaded for the current attributes. */
  protected get shown(): T | undefined {
    return this.#showing()?.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load aborted by an earlier disconnect is not an error; start it again now that the element is back.
    if (this.data.status === TaskStatus.ERROR && isAbortError(this.data.error)) void this.data.run();
    if (this.hasUpdated && this.loading === 'lazy' && !this.#nearViewport && !this.#viewportObserver) this.#watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewportObserver?.disconnect();
    this.#viewportObserver = undefined;
    if (this.data.status === TaskStatus.PENDING) this.data.abort();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#hasFallback = [...this.childNodes].some(node => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''));
    this.language = resolveLanguage(this);
    const messages = messagesFor(this.language);
    this.#wordsReady = messages !== undefined;
    if (messages) this.messages = messages;
    else void loadMessages(this.language).then(() => this.requestUpdate());
    if (this.loading === 'lazy' && !this.#nearViewport && !this.#viewportObserver) this.#watchViewport();
  }

  protected override update(changed: PropertyValues<this>): void {
    // The task starts in hostUpdate, after willUpdate, so the state is read here, where it matches what
    // render() is about to show; a property set before super.update() is reflected in this same update.
    this.state = this.#currentState();
    if (this.state !== 'ready' && this.state !== 'empty') this.stale = false;
    super.update(changed);
  }

  protected override render(): TemplateResult {
    switch (this.state) {
      case 'ready':
        return this.renderValue(this.#showing()!.value);
      case 'empty':
        return this.renderEmpty();
      case 'error':
        return this.#hasFallback ? html`<slot></slot>` : this.renderError(this.data.error);
      default:
        return this.#hasFallback ? html`<div aria-busy="true"><slot></slot></div>` : this.renderSkeleton();
    }
  }

  /** Draws a loaded value with nothing in it. */
  protected renderEmpty(): TemplateResult {
    return html`<p part="message" class="message">${this.messages.empty}</p>`;
  }

  /** Draws the localized message for `error`, with a retry button unless retrying cannot help. */
  protected renderError(error: unknown): TemplateResult {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return html`<div part="error" class="message" role="alert">
      <p part="message">${this.errorText(kind)}</p>
      ${kind === 'config' ? nothing : html`<button part="retry" type="button" @click=${this.#onRetry}>${this.messages.retry}</button>`}
    </div>`;
  }

  /** The sentence shown for a failure of `kind`. */
  protected errorText(kind: FeedErrorKind): string {
    return this.messages.errors[kind];
  }

  #isCurrent(args: readonly unknown[]): boolean {
    const current = this.loadArgs();
    return args.length === current.length && args.every((arg, index) => Object.is(arg, current[index]));
  }

  /** The value on screen, when it was loaded for the current arguments. */
  #showing(): { value: T } | null {
    return this.#shown && this.#isCurrent(this.#shown.args) ? this.#shown : null;
  }

  /** Where the data comes from, when that was decided for the current arguments. */
  #currentSource(): (Source<R> & { args: readonly unknown[] }) | null {
    return this.#source && this.#isCurrent(this.#source.args) ? this.#source : null;
  }

  #show(value: T): void {
    if (this.#showing()?.value === value) return;
    this.#shown = { args: this.loadArgs(), value };
    emit(this, 'news-load', value);
    this.requestUpdate();
  }

  #snapshot() {
    const source = this.#currentSource();
    return source ? getClient().peek(source.url, source.parse) : null;
  }

  #onChange(change: CacheChange): void {
    // Notices for the address of earlier arguments are not news.
    const source = this.#currentSource();
    if (!source) return;
    const snapshot = this.#snapshot();
    this.stale = change.error !== null && this.#showing() !== null;
    // An element showing an error, or still waiting for its own request, takes data another element of the address got.
    if (!snapshot || !(change.updated || !this.#showing())) return;
    const args = source.args;
    Promise.resolve(this.present(snapshot.value, args)).then(
      value => {
        if (!this.#isCurrent(args)) return;
        const current = this.#showing();
        const show = () => {
          if (this.#isCurrent(args)) this.#show(value);
        };
        if (current && current.value !== value) this.refreshed(value, current.value, show);
        else show();
      },
      // New data that cannot be shown (an item gone from its feed) leaves the last good data on screen, marked stale.
      () => {
        if (this.#showing()) this.stale = true;
      },
    );
  }

  #currentState(): WidgetState {
    if (!this.#wordsReady) return 'loading';
    const shown = this.#showing();
    if (shown) return this.isEmpty(shown.value) ? 'empty' : 'ready';
    switch (this.data.status) {
      case TaskStatus.COMPLETE:
        // Completed for arguments that have changed since: the new run starts in this update.
        return 'loading';
      case TaskStatus.ERROR:
        return isAbortError(this.data.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  #watchViewport(): void {
    this.#viewportObserver = new IntersectionObserver(
      entries => {
        if (!entries.some(entry => entry.isIntersecting)) return;
        this.#nearViewport = true;
        this.#viewportObserver?.disconnect();
        this.#viewportObserver = undefined;
        this.requestUpdate();
      },
      { rootMargin: '100% 0px' },
    );
    this.#viewportObserver.observe(this);
  }

  #onRetry = (): void => {
    void this.data.run();
  };
}
