import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
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

/** The weather as the badge shows it: the words of each part, the pictogram and the sentence screen readers hear. */
export interface WeatherWords {
  sentence: string;
  icon: SVGTemplateResult;
  /** "+9°", "−3°", "+49°F". */
  temperature: string;
  /** "overcast"; empty for a code the table does not name. */
  condition: string;
  /** "4.1 m/s", with a comma before the direction that follows it ("4,1 м/с," then "СВ"). */
  wind: string;
  /** "NE"; empty when the source gives no direction. */
  direction: string;
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

/** The words and pictogram of the weather, in the badge's language and units. */
export function weatherWords(weather: CurrentWeather, display: WeatherDisplay): WeatherWords {
  const text = display.messages.weather;
  const point = weather.windDirection === null ? -1 : compassPoint(weather.windDirection);
  const condition = text.conditions[weather.weatherCode] ?? '';
  const wind = formatWind(weather.windSpeed, display);
  const temperature = formatTemperature(weather.temperature, true, display);
  return {
    sentence: text.sentence({ place: display.label, temperature, condition, wind, direction: point }),
    icon: weatherIcon(weather.weatherCode, weather.isDay ?? true),
    temperature: formatTemperature(weather.temperature, false, display),
    condition,
    wind: point >= 0 ? `${wind},` : wind,
    direction: point >= 0 ? text.compass[point] : '',
  };
}

/**
 * What a badge draws of the weather, in the order of its cells: the sentence screen readers hear, the pictogram,
 * the temperature, the condition and the wind with its direction. The element puts them into its cells, beside
 * the words it reserves room for.
 */
export function weatherParts(weather: CurrentWeather, display: WeatherDisplay): [TemplateResult, SVGTemplateResult, TemplateResult, TemplateResult, TemplateResult] {
  const words = weatherWords(weather, display);
  return [
    html`<span class="visually-hidden">${words.sentence}</span>`,
    words.icon,
    html`<span part="temperature">${words.temperature}</span>`,
    html`<span part="condition">${words.condition}</span>`,
    html`<span part="wind">${words.wind} <span part="direction">${words.direction}</span></span>`,
  ];
}
