import { html, nothing, type TemplateResult } from 'lit';
import { compassPoint, windIn, type CurrentWeather, type WindUnit } from '../../data/weather.js';
import type { Messages } from '../../i18n/messages.js';
import { weatherIcon } from './weather-icons.js';

/** What the badge's attributes say about showing the weather. */
export interface WeatherDisplay {
  readonly imperial: boolean;
  readonly windUnit: WindUnit;
  /** The place name, read out in the sentence. */
  readonly label: string;
  readonly messages: Messages;
}

/** "+9°", "−3°", "0°"; the unit is spelled out where it is not obvious (imperial) or when read aloud. */
function formatTemperature(celsius: number, spoken: boolean, { imperial, messages }: WeatherDisplay): string {
  const rounded = Math.round(imperial ? (celsius * 9) / 5 + 32 : celsius);
  // Math.round(-0.4) is -0, which must read as 0, not "−0".
  const sign = rounded > 0 ? '+' : rounded < 0 ? '\u2212' : '';
  const number = `${sign}${new Intl.NumberFormat(messages.numberLocale).format(Math.abs(rounded))}`;
  if (spoken) return `${number} ${imperial ? '°F' : '°C'}`;
  return `${number}°${imperial ? 'F' : ''}`;
}

function formatWind(metresPerSecond: number, { windUnit, messages }: WeatherDisplay): string {
  const value = windIn(windUnit, metresPerSecond);
  const number = new Intl.NumberFormat(messages.numberLocale, { maximumFractionDigits: windUnit === 'ms' ? 1 : 0 }).format(value);
  return `${number}\u00a0${messages.weather.units[windUnit]}`;
}

/** The weather itself: the sentence screen readers hear, then the pictogram, temperature, condition and wind seen. */
export function renderWeather(weather: CurrentWeather, display: WeatherDisplay): TemplateResult {
  const text = display.messages.weather;
  const direction = weather.windDirection === null ? -1 : compassPoint(weather.windDirection);
  const condition = text.conditions[weather.weatherCode] ?? '';
  const wind = formatWind(weather.windSpeed, display);
  const sentence = text.sentence({ place: display.label, temperature: formatTemperature(weather.temperature, true, display), condition, wind, direction });
  return html`<span class="visually-hidden">${sentence}</span>
    ${weatherIcon(weather.weatherCode, weather.isDay ?? true)}
    <span part="temperature" aria-hidden="true">${formatTemperature(weather.temperature, false, display)}</span>
    ${condition ? html`<span part="condition" aria-hidden="true">${condition}</span>` : nothing}
    <span part="wind" aria-hidden="true">${wind}${direction >= 0 ? html` <span part="direction">${text.compass[direction]}</span>` : nothing}</span>`;
}
