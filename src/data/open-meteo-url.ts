import { FeedError } from './errors.js';

/** Where a weather badge asks for the weather: one place. Its units are the reader's, not the request's. */
export interface OpenMeteoQuery {
  latitude: number;
  longitude: number;
}

/**
 * The Open-Meteo forecast address asking only for what a badge shows, in SI units (°C, m/s) whatever the badge
 * shows, so badges of one place share one request. Out-of-range or missing coordinates are a `config` error: no
 * request is worth making. Small and apart from the reader, so a badge can ask before the reader has arrived.
 */
export function openMeteoUrl({ latitude, longitude }: OpenMeteoQuery): string {
  // Rounded to about 11 m: readers of one city share one address, and a cache one answer.
  const degrees = (value: number, bound: number) => (Math.abs(value) <= bound ? Math.round(value * 1e4) / 1e4 : NaN);
  const place = `latitude=${degrees(latitude, 90)}&longitude=${degrees(longitude, 180)}`;
  if (place.includes('NaN')) throw new FeedError('config', 'weather-badge needs a latitude between -90 and 90 and a longitude between -180 and 180.');
  return `https://api.open-meteo.com/v1/forecast?${place}&current=temperature_2m,weather_code,wind_speed_10m,wind_direction_10m,is_day&temperature_unit=celsius&wind_speed_unit=ms&timeformat=unixtime`;
}
