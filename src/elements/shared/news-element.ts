import { html, LitElement, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { FeedError, type FeedErrorKind } from '../../data/errors.js';
import { enShell } from '../../i18n/en-shell.js';
import { loadMessages, messagesFor, resolveLanguage, type Language, type Messages, type ShellMessages } from '../../i18n/index.js';
import { enumAttribute, integerAttribute } from './attributes.js';
import type { DataController } from './data-controller.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import type { NewsErrorDetail } from './events-map.js';

export type { NewsErrorDetail, NewsItemDetail } from './events-map.js';

/** What an element is showing, reflected as the `state` attribute for outside CSS. */
export type WidgetState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * What every element of the library shares: language from `lang` or the nearest `[lang]`, the `theme`, `loading`
 * and `refresh` attributes, the reflected `state` and `stale`, the `news-load` and `news-error` events, the
 * fallback slot and the localized error box with its retry button. Each element owns its data controller (what
 * it loads and what it draws from it) and draws its skeleton and its value. `D` is what `news-load` carries (a
 * `Feed`, a `FeedItem`, `CurrentWeather`); `V` what the element draws, which may hold more (the drawing code).
 *
 * @attr {string} lang - Language of the text (`en`, `ru`, `uz`); when absent, the nearest `[lang]` ancestor's, then `<html lang>`'s.
 * @fires {CustomEvent} news-load - Data is shown, first or after a refresh brought new data; `detail` is that data.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - Loading failed, or a refresh did (the last good data stays, `stale`); `detail.error` is an Error with a human message and a `kind`.
 * @slot - Fallback content: shown while loading and after a failure, and to browsers without scripts and crawlers.
 * @csspart message - The empty or error message.
 * @csspart error - The error box, with the message and the retry button.
 * @csspart retry - The button shown with an error that loads again.
 */
export abstract class NewsElement<D, V = D> extends LitElement {
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

  static override properties: PropertyDeclarations = {
    theme: { reflect: true, converter: enumAttribute(['auto', 'light', 'dark'] as const, 'auto') },
    loading: { converter: enumAttribute(['eager', 'lazy'] as const, 'eager') },
    refresh: { converter: integerAttribute(0, 0, 86_400) },
    state: { reflect: true },
    stale: { type: Boolean, reflect: true },
  };

  /** `auto` (default) follows the reader's colour scheme; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** `eager` (default) loads at once; `lazy` waits until the element is within about one viewport of being seen. */
  loading: 'eager' | 'lazy' = 'eager';

  /**
   * Seconds between refreshes (0 never; at least 10). Refreshes pause while the page is hidden or offline, and
   * elements of one address and interval share one request.
   */
  refresh = 0;

  /** What the element shows now: `loading`, `ready`, `empty` or `error`. Read-only; reflected. */
  state: WidgetState = 'loading';

  /** Set while the last refresh failed and the data shown is the last good one. Read-only; reflected. */
  stale = false;

  /** The language in use, from `lang`, the nearest `[lang]` ancestor or `<html lang>`. */
  protected language: Language = 'en';

  /** The words of skeletons and errors: those of `language` once its table has arrived, English until then. */
  protected words: ShellMessages = enShell;

  /** The message table of `language`, for drawing a value: a value is drawn only once the table has arrived. */
  protected messages!: Messages;

  /** The element's data: what it loads, the value shown, the status. */
  protected abstract readonly data: DataController<readonly unknown[], unknown, V>;

  /** Whether the page put content inside the element: what crawlers see, shown instead of skeleton and error. */
  #hasFallback = false;
  /** The value and the error last announced, so each is announced once. */
  #announced: { value?: V; error?: unknown } = {};
  /** The language whose table is on its way, and why the last one did not arrive (English only: see loadMessages). */
  #words: { asked?: Language; error?: unknown } = {};

  /** Draws the placeholder shown while loading; it should take the size the data will take. */
  protected abstract renderSkeleton(): TemplateResult;

  /** Draws the value. */
  protected abstract renderValue(value: V): TemplateResult;

  /** The `detail` of `news-load` for a value shown. */
  protected abstract loadDetail(value: V): D;

  /** Whether a value has nothing to show. */
  protected isEmpty(_value: V): boolean {
    return false;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#hasFallback = [...this.childNodes].some(node => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''));
    const messages = messagesFor((this.language = resolveLanguage(this)));
    if (messages) this.words = this.messages = messages;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Controllers ran in hostUpdate, so the state read here matches what render() is about to draw, and reflecting
    // it in this same update costs no second one. Until its words have arrived, an element stays on its skeleton.
    const value = this.data.value;
    const status = messagesFor(this.language) ? this.data.status : this.#words.error ? 'error' : 'loading';
    this.state = status === 'ready' && this.isEmpty(value!) ? 'empty' : status;
    this.stale = status === 'ready' && this.data.stale !== null;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Asked for here, after the update that sent the data request: with six connections per origin, a chunk asked
    // first makes the data wait.
    const { language } = this;
    if (!messagesFor(language) && this.#words.asked !== language && !this.#words.error) {
      this.#words = { asked: language };
      loadMessages(language).then(
        () => this.requestUpdate(),
        (error: unknown) => {
          if (this.#words.asked === language) this.#words = { error };
          this.requestUpdate();
        },
      );
    }
    const { value } = this.data;
    // A failed refresh is told too: the data stays on screen, stale, and the page hears why once.
    const error = this.stale ? this.data.stale : this.#failure();
    if (value !== undefined && value !== this.#announced.value) emit(this, 'news-load', this.loadDetail((this.#announced.value = value)));
    if ((this.state === 'error' || this.stale) && error !== this.#announced.error) {
      this.#announced.error = error;
      emit<NewsErrorDetail>(this, 'news-error', { error: error instanceof Error ? error : new Error(String(error)) });
    }
  }

  protected override render(): TemplateResult {
    switch (this.state) {
      case 'ready':
        return this.renderValue(this.data.value!);
      case 'empty':
        return this.renderEmpty();
      case 'error':
        return this.#hasFallback ? html`<slot></slot>` : this.renderError(this.#failure());
      default:
        return this.#hasFallback ? html`<div aria-busy="true"><slot></slot></div>` : this.renderSkeleton();
    }
  }

  /** Draws a loaded value with nothing in it. */
  protected renderEmpty(): TemplateResult {
    return html`<p part="message" class="message">${this.words.empty}</p>`;
  }

  /** Draws the localized message for `error`, with a retry button unless retrying cannot help. */
  protected renderError(error: unknown): TemplateResult {
    const kind = error instanceof FeedError ? error.kind : 'network';
    return html`<div part="error" class="message" role="alert">
      <p part="message">${this.errorText(kind)}</p>
      ${kind === 'config' ? nothing : html`<button part="retry" type="button" @click=${this.#retry}>${this.words.retry}</button>`}
    </div>`;
  }

  /** The sentence shown for a failure of `kind`. */
  protected errorText(kind: FeedErrorKind): string {
    return this.words.errors[kind];
  }

  /** Why the element shows its error: its words did not arrive, or its data did not. */
  #failure(): unknown {
    return this.#words.error ?? this.data.error;
  }

  #retry = (): void => {
    if (this.#words.error) {
      this.#words = {};
      this.requestUpdate();
    }
    this.data.retry();
  };
}
