import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { enumAttribute } from './attributes.js';
import { FeedError, isAbortError, type FeedErrorKind } from '../../data/errors.js';
import { loadMessages, messagesFor, resolveLanguage, type Language, type Messages } from '../../i18n/index.js';
import { en } from '../../i18n/en.js';
import { emit } from './events.js';

/** What an element is showing, reflected as the `state` attribute for outside CSS. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/** Detail of `news-error`. */
export interface NewsErrorDetail {
  error: Error;
}

/**
 * What every element of the library shares: language from `lang` or the nearest `[lang]`, the
 * `theme` attribute, one data task whose status is the reflected `state`, the `news-load` and
 * `news-error` events, and the localized error message with its retry button.
 *
 * A subclass says what to load (`loadArgs`, `load`), when a value counts as empty, and how to draw
 * the loading skeleton and the data.
 */
export abstract class NewsElement<T> extends LitElement {
  static override get observedAttributes(): string[] {
    // `lang` is a native attribute; observing it lets a CMS switch the language after first render.
    return [...super.observedAttributes, 'lang'];
  }

  /** `auto` (default) follows the reader's colour scheme; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `eager` (default) loads at once; `lazy` waits until the element is within about one viewport of being seen. */
  @property({ converter: enumAttribute(['eager', 'lazy'] as const, 'eager') }) loading: 'eager' | 'lazy' = 'eager';

  /** What the element shows now: `loading`, `ready`, `empty` or `error`. Read-only; reflected. */
  @property({ reflect: true }) state: WidgetState = 'loading';

  /** The language in use, from `lang`, the nearest `[lang]` ancestor or `<html lang>`. */
  protected language: Language = 'en';

  /** The message table of `language`; English until that language's table has arrived. */
  protected messages: Messages = en;

  /** Whether `messages` is the table of `language`; until it is, the element shows its skeleton. */
  #wordsReady = true;

  #nearViewport = false;
  #viewportObserver?: IntersectionObserver;

  protected readonly data = new Task(this, {
    // A lazy element far from the viewport stays in the initial state; the observer below changes the
    // first argument when it comes near, which runs the task again.
    task: async ([waiting, ...args]: readonly unknown[], { signal }) => (waiting ? initialState : this.load(args, signal)),
    args: () => [this.loading === 'lazy' && !this.#nearViewport, ...this.loadArgs()],
    onComplete: value => emit(this, 'news-load', value),
    onError: error => {
      if (!isAbortError(error)) emit<NewsErrorDetail>(this, 'news-error', { error: error instanceof Error ? error : new Error(String(error)) });
    },
  });

  /** The inputs of `load`; a change of any of them loads again. */
  protected abstract loadArgs(): readonly unknown[];

  /** Loads the data; throws a `FeedError` (a `config` one for bad attributes) or rejects with an AbortError. */
  protected abstract load(args: readonly unknown[], signal: AbortSignal): Promise<T>;

  /** Draws the placeholder shown while loading; it should take the size the data will take. */
  protected abstract renderSkeleton(): TemplateResult;

  /** Draws the data. */
  protected abstract renderValue(value: T): TemplateResult;

  /** Whether a loaded value has nothing to show. */
  protected isEmpty(_value: T): boolean {
    return false;
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
    this.state = this.#wordsReady ? this.#currentState() : 'loading';
    super.update(changed);
  }

  protected override render(): TemplateResult {
    switch (this.state) {
      case 'ready':
        return this.renderValue(this.data.value as T);
      case 'empty':
        return this.renderEmpty();
      case 'error':
        return this.renderError(this.data.error);
      default:
        return this.renderSkeleton();
    }
  }

  /** Draws a loaded value with nothing in it. */
  protected renderEmpty(): TemplateResult {
    return html`<p part="message" class="message">${this.messages.empty}</p>`;
  }

  /** Draws the localized message for `error`, with a retry button unless retrying cannot help. */
  protected renderError(error: unknown): TemplateResult {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return html`<div class="message" role="alert">
      <p part="message">${this.errorText(kind)}</p>
      ${kind === 'config' ? nothing : html`<button part="retry" type="button" @click=${this.#onRetry}>${this.messages.retry}</button>`}
    </div>`;
  }

  /** The sentence shown for a failure of `kind`. */
  protected errorText(kind: FeedErrorKind): string {
    return this.messages.errors[kind];
  }

  #currentState(): WidgetState {
    switch (this.data.status) {
      case TaskStatus.COMPLETE:
        return this.isEmpty(this.data.value as T) ? 'empty' : 'ready';
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

declare global {
  interface HTMLElementEventMap {
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}
