import { html, nothing, type PropertyDeclarations, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { FeedErrorKind } from '../../data/errors.js';
import { onDemand } from '../../data/on-demand.js';
import { openMeteoUrl } from '../../data/open-meteo-url.js';
import type { CurrentWeather, WindUnit } from '../../data/weather.js';
import { messagesFor } from '../../i18n/index.js';
import { enumAttribute, integerAttribute, numberAttribute } from '../shared/attributes.js';
import { DataController } from '../shared/data-controller.js';
import { NewsElement } from '../shared/news-element.js';
import { baseStyles } from '../shared/styles.js';
import { styles } from './weather-badge.styles.js';
import { weatherReserve } from './weather-room.js';

const OPEN_METEO_SITE = 'https://open-meteo.com/';

/** The Open-Meteo reader and the words of the weather: fetched with the first badge's request, not before it. */
const weatherChunk = onDemand(() => import('./weather-chunk.js'));

/** What a part of the badge shows: words, a placeholder, a pictogram, or nothing. */
type Shown = TemplateResult | SVGTemplateResult | typeof nothing;

/** What a badge draws: the weather, in SI units whatever the source answered in, and the code that draws it. */
interface ShownWeather {
  weather: CurrentWeather;
  view: typeof import('./weather-chunk.js');
}

/**
 * Current weather for a place: signed temperature, condition words in the page's language, wind
 * speed and compass direction, and a small icon, read aloud as one sentence. Data comes from
 * Open-Meteo (no key) for `latitude`/`longitude`, or from `src` answering in the Open-Meteo shape.
 *
 * @summary Keyless, localized current-weather badge.
 *
 * @fires news-load - Weather arrived; `detail` holds temperature (°C), weatherCode, windSpeed (m/s), windDirection, isDay, time.
 * @fires news-error - Loading failed, or a refresh did (the last good data stays, `stale`); `detail.error` is an Error with a human message and a `kind`.
 *
 * @csspart badge - The whole badge or card.
 * @csspart icon - The condition pictogram.
 * @csspart temperature - The signed temperature, such as "+9°".
 * @csspart condition - The condition words, such as "overcast".
 * @csspart wind - Wind speed and direction.
 * @csspart direction - The compass direction the wind blows from.
 * @csspart label - The place name of the card layout.
 * @csspart attribution - The link crediting Open-Meteo (data licensed CC BY 4.0); restyle it, keep it.
 * @csspart error - The error box: in the compact layout a sign and the retry button.
 * @csspart message - The error message; in the compact layout read by screen readers only.
 * @csspart retry - The button shown with an error that loads again.
 *
 * @cssproperty --news-font - Font shorthand for the whole widget.
 * @cssproperty --news-color - Text colour.
 * @cssproperty --news-muted - Colour of the wind line, attribution and icon.
 * @cssproperty --news-surface - Background; `transparent` to blend in.
 * @cssproperty --news-accent - Links, focus rings, and rain and lightning unless `--news-weather-rain-color` is set.
 * @cssproperty --news-radius - Corner radius of the badge and the card (8px).
 * @cssproperty --news-weather-icon-color - Colour of the pictogram's lines (the muted colour).
 * @cssproperty --news-weather-sun-color - Colour of the sun.
 * @cssproperty --news-weather-rain-color - Colour of raindrops and lightning (the accent colour).
 * @cssproperty --news-weather-badge-width - Width of the compact layout; by default what the widest words of its language need, fewer in a narrower box, where it wraps onto two lines.
 * @cssproperty --news-weather-card-width - Width of the card layout (13rem, less in a narrower column).
 * @cssproperty --news-weather-card-height - Least height of the card layout (none: the height its words need).
 */
export class WeatherBadge extends NewsElement<CurrentWeather, ShownWeather> {
  static override readonly tagName = 'weather-badge';

  static override styles = [baseStyles, styles];

  static override properties: PropertyDeclarations = {
    latitude: { converter: numberAttribute },
    longitude: { converter: numberAttribute },
    src: {},
    units: { converter: enumAttribute(['metric', 'imperial'] as const, 'metric') },
    windUnit: { attribute: 'wind-unit', converter: enumAttribute(['ms', 'kmh', 'mph', 'kn', ''] as const, '') },
    layout: { converter: enumAttribute(['compact', 'card'] as const, 'compact') },
    label: {},
    refresh: { converter: integerAttribute(900, 0, 86_400) },
  };

  /** Latitude in degrees, -90 to 90. Needed unless `src` is set. */
  latitude = Number.NaN;

  /** Longitude in degrees, -180 to 180. Needed unless `src` is set. */
  longitude = Number.NaN;

  /** An endpoint answering in the Open-Meteo forecast shape, used instead of Open-Meteo itself. */
  src = '';

  /** `metric` (default: °C, m/s) or `imperial` (°F, mph). */
  units: 'metric' | 'imperial' = 'metric';

  /** `ms`, `kmh`, `mph` or `kn`; default `ms` for metric and `mph` for imperial. */
  windUnit: WindUnit | '' = '';

  /** `compact` (default), a one-line header badge, or `card`, a small block with the place name. */
  layout: 'compact' | 'card' = 'compact';

  /** The place name, shown by the card layout and read out in both layouts. */
  label = '';

  /** Seconds between refreshes: 900 (15 minutes, the model's own update interval) unless set; 0 never. */
  override refresh = 900;

  // Units are the reader's, not the request's: a metric and an imperial badge of one place share one request.
  protected readonly data = new DataController(this, {
    args: () => [this.src, this.latitude, this.longitude] as const,
    source: ([src, latitude, longitude]) => ({
      url: src || openMeteoUrl({ latitude, longitude }),
      parser: () => weatherChunk().then(view => view.parseOpenMeteo),
    }),
    present: async (weather: CurrentWeather) => ({ weather, view: await weatherChunk() }),
    refresh: () => this.refresh,
    lazy: () => this.loading === 'lazy',
  });

  protected override loadDetail({ weather }: ShownWeather): CurrentWeather {
    return weather;
  }

  protected override renderSkeleton(): TemplateResult {
    // The same cells as the data, each reserving the room of the widest words it can hold, so the box keeps its
    // size when the weather arrives. Placeholder sizes live in the stylesheet: a strict CSP blocks style attributes.
    const placeholder = (name: string) => html`<span part=${name}><span class="placeholder"></span></span>`;
    return this.#draw(
      html`<span class="visually-hidden" role="status">${this.words.loading}</span>`,
      html`<span part="icon" class="placeholder" aria-hidden="true"></span>`,
      placeholder('temperature'),
      placeholder('condition'),
      placeholder('wind'),
    );
  }

  protected override renderValue({ weather, view }: ShownWeather): TemplateResult {
    const display = { imperial: this.units === 'imperial', windUnit: this.#windUnit(), label: this.label, messages: this.messages };
    return this.#draw(...view.weatherParts(weather, display));
  }


  /** The badge, loading or loaded: what screen readers hear, then the pictogram and the cells of the words. */
  #draw(spoken: TemplateResult, icon: Shown, temperature: Shown, condition: Shown, wind: Shown): TemplateResult {
    const reserve = weatherReserve(this.language, this.units === 'imperial', this.#windUnit(), messagesFor(this.language)?.weather.units);
    // No white space between tags: the drop-in carries every byte of this template to every page.
    return this.#frame(
      html`${spoken}${this.#renderLabel()}<span class="now">${icon}${this.#cell('temperature', temperature, reserve.temperature)}${this.#cell(
        'condition',
        condition,
        reserve.condition,
      )}</span><span class="more">${this.#cell('wind', wind, reserve.wind)} ${this.#renderAttribution()}</span>`,
    );
  }

  /** The reader's words, with the widest words of the cell stacked invisibly under them: the cell's room. */
  #cell(name: string, shown: Shown, reserve: readonly string[]): TemplateResult {
    // The widest words are drawn by the stylesheet from an attribute, invisibly: they are no text of the page, so
    // find-in-page, copying and the element's textContent see only the words shown.
    return html`<span class="cell ${name}" aria-hidden="true">${shown}${reserve.map(text => html`<span class="reserve" data-text=${text}></span>`)}</span>`;
  }

  #renderLabel(): TemplateResult | typeof nothing {
    return this.layout === 'card' && this.label ? html`<span part="label" aria-hidden="true">${this.label}</span>` : nothing;
  }

  #renderAttribution(): TemplateResult | typeof nothing {
    if (this.src) return nothing;
    const credit = this.words.weather.attribution;
    // The source's name, the same in every language, so the credit takes one room from the first frame; the
    // link's accessible name is the full credit in the reader's language.
    return html`<a part="attribution" href=${OPEN_METEO_SITE} target="_blank" rel="noopener noreferrer" aria-label=${credit}>Open\u2011Meteo</a>`;
  }

  protected override errorText(kind: FeedErrorKind): string {
    return kind === 'config' ? super.errorText(kind) : this.words.weather.unavailable;
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
