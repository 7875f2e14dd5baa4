import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedErrorKind } from '../../data/errors.js';
import type { CurrentWeather, WindUnit } from '../../data/weather.js';
import { enumAttribute, integerAttribute, numberAttribute } from '../shared/attributes.js';
import { NewsElement, type Source } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import { styles } from './weather-badge.styles.js';

const OPEN_METEO_SITE = 'https://open-meteo.com/';

// The Open-Meteo reader and the drawing of the weather (see weather-chunk.ts); a ready badge has loaded them.
let chunk: typeof import('./weather-chunk.js') | undefined;

/**
 * Current weather for a place: signed temperature, condition words in the page's language, wind
 * speed and compass direction, and a small icon, read aloud as one sentence. Data comes from
 * Open-Meteo (no key) for `latitude`/`longitude`, or from `src` answering in the Open-Meteo shape.
 *
 * @summary Keyless, localized current-weather badge.
 *
 * @fires news-load - Weather arrived; `detail` holds temperature (°C), weatherCode, windSpeed (m/s), windDirection, isDay, time.
 * @fires news-error - Loading failed; `detail.error` is an Error with a human message and a `kind`.
 *
 * @csspart badge - The whole badge or card.
 * @csspart icon - The condition pictogram.
 * @csspart temperature - The signed temperature, such as "+9°".
 * @csspart condition - The condition words, such as "overcast".
 * @csspart wind - Wind speed and direction.
 * @csspart direction - The compass direction the wind blows from.
 * @csspart label - The place name of the card layout.
 * @csspart attribution - The link crediting Open-Meteo (data licensed CC BY 4.0); restyle it, keep it.
 * @csspart message - The error message.
 * @csspart retry - The button shown with an error that loads again.
 *
 * @cssproperty --news-font - Font shorthand for the whole widget.
 * @cssproperty --news-color - Text colour.
 * @cssproperty --news-muted - Colour of the wind line, attribution and icon.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 * @cssproperty --news-accent - Links, focus rings, rain and lightning.
 * @cssproperty --news-weather-sun-color - Colour of the sun.
 * @cssproperty --news-weather-badge-width - Width of the compact layout (19em); fixed, so loading moves nothing.
 * @cssproperty --news-weather-card-width - Width of the card layout (13rem).
 * @cssproperty --news-weather-card-height - Height of the card layout (10rem).
 */
export class WeatherBadge extends NewsElement<CurrentWeather> {
  static override readonly tagName = 'weather-badge';

  static override styles = [baseStyles, styles];

  /** Latitude in degrees, -90 to 90. Needed unless `src` is set. */
  @property({ converter: numberAttribute }) latitude = Number.NaN;

  /** Longitude in degrees, -180 to 180. Needed unless `src` is set. */
  @property({ converter: numberAttribute }) longitude = Number.NaN;

  /** An endpoint answering in the Open-Meteo forecast shape, used instead of Open-Meteo itself. */
  @property() src = '';

  /** `metric` (default: °C, m/s) or `imperial` (°F, mph). */
  @property({ converter: enumAttribute(['metric', 'imperial'] as const, 'metric') }) units: 'metric' | 'imperial' = 'metric';

  /** `ms`, `kmh`, `mph` or `kn`; default `ms` for metric and `mph` for imperial. */
  @property({ attribute: 'wind-unit', converter: enumAttribute(['ms', 'kmh', 'mph', 'kn', ''] as const, '') }) windUnit: WindUnit | '' = '';

  /** `compact` (default), a one-line header badge, or `card`, a small block with the place name. */
  @property({ converter: enumAttribute(['compact', 'card'] as const, 'compact') }) layout: 'compact' | 'card' = 'compact';

  /** The place name, shown by the card layout and read out in both layouts. */
  @property() label = '';

  /** Seconds between refreshes: 900 (15 minutes, the model's own update interval) unless set; 0 never. */
  @property({ converter: integerAttribute(900, 0, 86_400) }) override refresh = 900;

  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.latitude, this.longitude, this.units, this.#windUnit()];
  }

  protected override async source(): Promise<Source<CurrentWeather>> {
    chunk ??= await import('./weather-chunk.js');
    const { openMeteoUrl, parseOpenMeteo } = chunk;
    const url = this.src
      ? this.src
      : openMeteoUrl({ latitude: this.latitude, longitude: this.longitude });
    return { url, parse: parseOpenMeteo };
  }

  protected override renderSkeleton(): TemplateResult {
    // The same parts as the data, holding placeholders, so the box does not change size when data arrives.
    // Placeholder widths live in the stylesheet: a strict CSP blocks style attributes.
    const placeholder = html`<span class="placeholder"></span>`;
    return this.#frame(html`
      <span class="visually-hidden" role="status">${this.messages.loading}</span>
      ${this.#renderLabel()}
      <span part="icon" class="placeholder" aria-hidden="true"></span>
      <span part="temperature" aria-hidden="true">${placeholder}</span>
      <span part="condition" aria-hidden="true">${placeholder}</span>
      <span part="wind" aria-hidden="true">${placeholder}</span>
      ${this.#renderAttribution()}
    `);
  }

  protected override renderValue(weather: CurrentWeather): TemplateResult {
    const display = { imperial: this.units === 'imperial', windUnit: this.#windUnit(), label: this.label, messages: this.messages };
    return this.#frame(html`${this.#renderLabel()} ${chunk!.renderWeather(weather, display)} ${this.#renderAttribution()}`);
  }

  #renderLabel(): TemplateResult | typeof nothing {
    return this.layout === 'card' && this.label ? html`<span part="label" aria-hidden="true">${this.label}</span>` : nothing;
  }

  #renderAttribution(): TemplateResult | typeof nothing {
    if (this.src) return nothing;
    const credit = this.messages.weather.attribution;
    // The compact badge shows only the source's name; the link's accessible name stays the full credit.
    return this.layout === 'card'
      ? html`<a part="attribution" href=${OPEN_METEO_SITE} target="_blank" rel="noopener noreferrer">${credit}</a>`
      : html`<a part="attribution" href=${OPEN_METEO_SITE} target="_blank" rel="noopener noreferrer" aria-label=${credit} title=${credit}>Open\u2011Meteo</a>`;
  }

  protected override errorText(kind: FeedErrorKind): string {
    return kind === 'config' ? super.errorText(kind) : this.messages.weather.unavailable;
  }

  protected override renderError(error: unknown): TemplateResult {
    return this.#frame(super.renderError(error));
  }

  #frame(content: TemplateResult): TemplateResult {
    return html`<div part="badge" class=${this.layout === 'card' ? 'card' : 'badge'}>${content}</div>`;
  }

  #windUnit(): WindUnit {
    return this.windUnit || (this.units === 'imperial' ? 'mph' : 'ms');
  }
}
