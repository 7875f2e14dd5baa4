// What a weather badge shows, in SI units, and the unit arithmetic it needs to show it. The Open-Meteo reader
// (open-meteo.ts) is a chunk of its own, fetched with the first badge.

/** Current conditions, always in SI units whatever units the source answered in. */
export interface CurrentWeather {
  /** Degrees Celsius. */
  temperature: number;
  /** WMO weather interpretation code, as Open-Meteo reports it. */
  weatherCode: number;
  /** Metres per second. */
  windSpeed: number;
  /** Degrees clockwise from north that the wind blows from; null when not reported. */
  windDirection: number | null;
  /** Null when the source does not say. */
  isDay: boolean | null;
  /** When the values were observed or modelled; null when not reported. */
  time: Date | null;
}

export type TemperatureUnit = 'celsius' | 'fahrenheit';
export type WindUnit = 'ms' | 'kmh' | 'mph' | 'kn';

/** Metres per second in one unit of each wind unit. */
export const METRES_PER_SECOND: Record<WindUnit, number> = { ms: 1, kmh: 1000 / 3600, mph: 0.44704, kn: 1852 / 3600 };

/** Converts a wind speed in m/s to `unit`. */
export function windIn(unit: WindUnit, metresPerSecond: number): number {
  return metresPerSecond / METRES_PER_SECOND[unit];
}

/** The 8-point compass sector (0 = N, 1 = NE, ... 7 = NW) of a direction in degrees. */
export function compassPoint(degrees: number): number {
  return Math.round((((degrees % 360) + 360) % 360) / 45) % 8;
}
