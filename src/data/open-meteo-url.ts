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
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    throw new FeedError('config', 'weather-badge needs a latitude between -90 and 90.');
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw new FeedError('config', 'weather-badge needs a longitude between -180 and 180.');
  }
  const params = new URLSearchParams({
    // Four decimals is about 10 m: finer adds nothing to a forecast grid and defeats sharing one response.
    latitude: String(Math.round(latitude * 1e4) / 1e4),
    longitude: String(Math.round(longitude * 1e4) / 1e4),
    current: 'temperature_2m,weather_code,wind_speed_10m,wind_direction_10m,is_day',
    temperature_unit: 'celsius',
    wind_speed_unit: 'ms',
    timeformat: 'unixtime',
  });
  return `https://api.open-meteo.com/v1/forecast?${params}`;
}
