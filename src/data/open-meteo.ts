import { FeedError } from './errors.js';
import { isObject, type JsonObject } from './json.js';
import type { ResponseMeta } from './types.js';
import { METRES_PER_SECOND, type CurrentWeather, type WindUnit } from './weather.js';

// The address is built apart (open-meteo-url.ts), so a badge can ask for the weather before this reader arrives.
export { openMeteoUrl, type OpenMeteoQuery } from './open-meteo-url.js';

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Beyond this, in degrees Celsius either way, no air temperature was ever measured or will be. */
const MOST_DEGREES = 100;
/** The fastest wind a badge may show, in m/s: above the strongest gust ever measured (113 m/s). */
const MOST_WIND = 150;

function within(value: number | null, least: number, most: number): number | null {
  return value !== null && value >= least && value <= most ? value : null;
}

function windUnitOf(label: unknown): WindUnit {
  // Open-Meteo labels: "m/s", "km/h", "mp/h", "kn"; its default is km/h.
  switch (typeof label === 'string' ? label.replace(/\s/g, '').toLowerCase() : 'km/h') {
    case 'm/s':
      return 'ms';
    case 'mp/h':
    case 'mph':
      return 'mph';
    case 'kn':
    case 'kt':
    case 'knots':
      return 'kn';
    default:
      return 'kmh';
  }
}

function timeOf(value: unknown, utcOffsetSeconds: number): Date | null {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value * 1000);
  if (typeof value !== 'string') return null;
  // ISO times without a zone are local to the place; the response says how far that is from UTC.
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(value);
  const parsed = Date.parse(zoned ? value : `${value}Z`);
  if (Number.isNaN(parsed)) return null;
  return new Date(zoned ? parsed : parsed - utcOffsetSeconds * 1000);
}

/**
 * Reads an Open-Meteo forecast response: the `current` block (temperature_2m, weather_code,
 * wind_speed_10m, wind_direction_10m, is_day) or the legacy `current_weather` block. Values are
 * converted to Celsius and m/s using the response's own unit labels: a custom `src` may answer in °F or km/h.
 */
export function parseOpenMeteo(body: ArrayBuffer | string, meta: ResponseMeta): CurrentWeather {
  let document: unknown;
  try {
    document = JSON.parse(typeof body === 'string' ? body : new TextDecoder().decode(body));
  } catch (cause) {
    throw new FeedError('parse', `The response from ${meta.url} is not valid JSON.`, { url: meta.url, cause });
  }
  if (!isObject(document)) throw new FeedError('parse', `The response from ${meta.url} is not a weather forecast.`, { url: meta.url });
  const modern = isObject(document.current);
  const current = modern ? (document.current as JsonObject) : isObject(document.current_weather) ? document.current_weather : null;
  const unitBlock = modern ? document.current_units : document.current_weather_units;
  const units = isObject(unitBlock) ? unitBlock : {};
  const read = (name: string, legacy: string) => finite(current?.[modern ? name : legacy]);
  const temperatureLabel = units[modern ? 'temperature_2m' : 'temperature'];
  const fahrenheit = typeof temperatureLabel === 'string' && temperatureLabel.includes('F');
  const reported = read('temperature_2m', 'temperature');
  // A value the Earth does not produce is a broken source, not weather: it counts as missing, so a badge never
  // shows a temperature of 400 digits or a negative wind.
  const temperature = within(reported === null ? null : fahrenheit ? ((reported - 32) * 5) / 9 : reported, -MOST_DEGREES, MOST_DEGREES);
  const code = read('weather_code', 'weathercode');
  const weatherCode = code !== null && Number.isInteger(code) && code >= 0 && code <= 99 ? code : null;
  const reportedWind = read('wind_speed_10m', 'windspeed');
  const windSpeed = within(reportedWind === null ? null : reportedWind * METRES_PER_SECOND[windUnitOf(units[modern ? 'wind_speed_10m' : 'windspeed'])], 0, MOST_WIND);
  if (current === null || temperature === null || weatherCode === null || windSpeed === null) {
    throw new FeedError('parse', `The response from ${meta.url} has no current temperature, weather code and wind speed within what the Earth produces.`, { url: meta.url });
  }
  const direction = read('wind_direction_10m', 'winddirection');
  const isDay = finite(current.is_day);
  return {
    temperature,
    weatherCode,
    windSpeed,
    windDirection: direction === null ? null : ((direction % 360) + 360) % 360,
    isDay: isDay === null ? null : isDay !== 0,
    time: timeOf(current.time, finite(document.utc_offset_seconds) ?? 0),
  };
}

