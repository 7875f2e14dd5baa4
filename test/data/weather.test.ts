import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FeedError } from '../../src/data/errors.js';
import { openMeteoUrl, parseOpenMeteo, type OpenMeteoQuery } from '../../src/data/open-meteo.js';
import { compassPoint, windIn } from '../../src/data/weather.js';
import { en } from '../../src/i18n/en.js';
import { ru } from '../../src/i18n/ru.js';
import { uz } from '../../src/i18n/uz.js';

const meta = { url: 'https://api.open-meteo.com/v1/forecast', contentType: 'application/json' };
const corpus = fileURLToPath(new URL('../../../shared/corpus/weather/', import.meta.url));

function modern(current: object, units: object = { temperature_2m: '°C', wind_speed_10m: 'm/s' }): string {
  return JSON.stringify({ utc_offset_seconds: 18000, current_units: units, current });
}

describe('openMeteoUrl', () => {
  it('asks only for the current values a badge shows, always in Celsius and m/s', () => {
    const url = new URL(openMeteoUrl({ latitude: 41.311081, longitude: 69.240562 }));
    expect(url.origin + url.pathname).toBe('https://api.open-meteo.com/v1/forecast');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      latitude: '41.3111',
      longitude: '69.2406',
      current: 'temperature_2m,weather_code,wind_speed_10m,wind_direction_10m,is_day',
      temperature_unit: 'celsius',
      wind_speed_unit: 'ms',
      timeformat: 'unixtime',
    });
  });

  it('gives a metric and an imperial badge of one place one address: the units are not the caller\'s to choose', () => {
    const place = { latitude: 41.31, longitude: 69.28 };
    const imperial = { ...place, temperatureUnit: 'fahrenheit', windUnit: 'mph' } as OpenMeteoQuery;
    expect(openMeteoUrl(imperial)).toBe(openMeteoUrl(place));
    expect(openMeteoUrl(place)).not.toMatch(/fahrenheit|kmh|mph|kn\b/);
  });

  it.each([
    [Number.NaN, 69],
    [91, 69],
    [-90.5, 69],
    [41, 180.1],
    [41, Number.POSITIVE_INFINITY],
  ])('refuses latitude %s, longitude %s as a config error', (latitude, longitude) => {
    expect(() => openMeteoUrl({ latitude, longitude })).toThrowError(
      expect.objectContaining({ kind: 'config' }) as unknown as Error,
    );
  });
});

describe('parseOpenMeteo', () => {
  it('reads the current block in SI units', () => {
    const weather = parseOpenMeteo(
      modern({ time: 1770477300, temperature_2m: 9.3, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 45, is_day: 0 }),
      meta,
    );
    expect(weather).toEqual({ temperature: 9.3, weatherCode: 3, windSpeed: 4.1, windDirection: 45, isDay: false, time: new Date('2026-02-07T15:15:00Z') });
  });

  it('converts an answer in Fahrenheit and km/h to SI, as a custom src may give one', () => {
    const weather = parseOpenMeteo(modern({ temperature_2m: 14, weather_code: 2, wind_speed_10m: 18 }, { temperature_2m: '°F', wind_speed_10m: 'km/h' }), meta);
    expect(weather.temperature).toBeCloseTo(-10, 10);
    expect(weather.windSpeed).toBeCloseTo(5, 10);
  });

  it('converts Fahrenheit, km/h, mph and knots by the response unit labels', () => {
    const read = (units: object, temperature: number, wind: number) =>
      parseOpenMeteo(modern({ temperature_2m: temperature, weather_code: 0, wind_speed_10m: wind }, units), meta);
    expect(read({ temperature_2m: '°F', wind_speed_10m: 'mp/h' }, 50, 10)).toMatchObject({ temperature: 10, windSpeed: 4.4704 });
    expect(read({ temperature_2m: '°C', wind_speed_10m: 'km/h' }, 1, 36).windSpeed).toBeCloseTo(10, 10);
    expect(read({ temperature_2m: '°C', wind_speed_10m: 'kn' }, 1, 10).windSpeed).toBeCloseTo(5.1444, 4);
  });

  it('reads local ISO times by the response offset', () => {
    const weather = parseOpenMeteo(modern({ time: '2026-02-06T16:30', temperature_2m: 1, weather_code: 0, wind_speed_10m: 1 }), meta);
    expect(weather.time?.toISOString()).toBe('2026-02-06T11:30:00.000Z');
  });

  it('reads the legacy current_weather block', () => {
    const weather = parseOpenMeteo(
      JSON.stringify({
        current_weather_units: { temperature: '°C', windspeed: 'km/h' },
        current_weather: { time: 1770477300, temperature: 8.5, windspeed: 36, winddirection: 370, is_day: 1, weathercode: 2 },
      }),
      meta,
    );
    expect(weather).toMatchObject({ temperature: 8.5, weatherCode: 2, windDirection: 10, isDay: true });
    expect(weather.windSpeed).toBeCloseTo(10, 10);
  });

  it.each([
    ['not JSON', '{"current": '],
    ['an array', '[]'],
    ['no current block', '{"hourly": {}}'],
    ['a missing temperature', modern({ weather_code: 1, wind_speed_10m: 1 })],
    ['a temperature that is text', modern({ temperature_2m: '9', weather_code: 1, wind_speed_10m: 1 })],
    // Values the Earth does not produce count as missing.
    ['a temperature of 1e308', modern({ temperature_2m: 1e308, weather_code: 1, wind_speed_10m: 1 })],
    ['a temperature of -101 °C', modern({ temperature_2m: -101, weather_code: 1, wind_speed_10m: 1 })],
    ['a temperature of 213 °F (100.6 °C)', modern({ temperature_2m: 213, weather_code: 1, wind_speed_10m: 1 }, { temperature_2m: '°F' })],
    ['a wind of -5 m/s', modern({ temperature_2m: 9, weather_code: 1, wind_speed_10m: -5 })],
    ['a wind of 151 m/s', modern({ temperature_2m: 9, weather_code: 1, wind_speed_10m: 151 })],
    ['a wind of 600 km/h (167 m/s)', modern({ temperature_2m: 9, weather_code: 1, wind_speed_10m: 600 }, { wind_speed_10m: 'km/h' })],
    ['a weather code of 100', modern({ temperature_2m: 9, weather_code: 100, wind_speed_10m: 1 })],
    ['a weather code of -1', modern({ temperature_2m: 9, weather_code: -1, wind_speed_10m: 1 })],
    ['a weather code of 2.5', modern({ temperature_2m: 9, weather_code: 2.5, wind_speed_10m: 1 })],
  ])('rejects %s with a parse error', (_name, body) => {
    expect(() => parseOpenMeteo(body, meta)).toThrowError(FeedError);
    try {
      parseOpenMeteo(body, meta);
    } catch (error) {
      expect((error as FeedError).kind).toBe('parse');
    }
  });

  it('keeps the values at the edge of what the Earth produces: ±100 °C, calm and 150 m/s, codes 0 and 99', () => {
    const read = (temperature: number, code: number, wind: number) => parseOpenMeteo(modern({ temperature_2m: temperature, weather_code: code, wind_speed_10m: wind }), meta);
    expect(read(100, 0, 0)).toMatchObject({ temperature: 100, weatherCode: 0, windSpeed: 0 });
    expect(read(-100, 99, 150)).toMatchObject({ temperature: -100, weatherCode: 99, windSpeed: 150 });
  });

  it('normalizes wind directions to 0-360 and drops one that is no number', () => {
    const direction = (value: unknown) => parseOpenMeteo(modern({ temperature_2m: 9, weather_code: 1, wind_speed_10m: 1, wind_direction_10m: value }), meta).windDirection;
    expect(direction(-45)).toBe(315);
    expect(direction(720.5)).toBeCloseTo(0.5, 10);
    expect(direction(360)).toBe(0);
    expect(direction(-720)).toBe(0);
    expect(direction(1e300)).toBeGreaterThanOrEqual(0);
    expect(direction(1e300)).toBeLessThan(360);
    expect(direction('north')).toBeNull();
    expect(direction(null)).toBeNull();
  });

  describe.runIf(existsSync(corpus))('on real responses', () => {
    it('reads the current block of a forecast with hourly and daily data', () => {
      const weather = parseOpenMeteo(new Uint8Array(readFileSync(`${corpus}magicmirror-openmeteo-current.json`)).buffer, meta);
      expect(weather.temperature).toBe(-1.4);
      expect(weather.weatherCode).toBe(3);
      expect(weather.windSpeed).toBeCloseTo(4.8 / 3.6, 10);
      expect(weather.windDirection).toBe(138);
      expect(weather.time?.toISOString()).toBe('2026-02-06T21:30:00.000Z');
    });

    it('reads the legacy current_weather response', () => {
      const weather = parseOpenMeteo(readFileSync(`${corpus}magicmirror-openmeteo-current-weather.json`, 'utf8'), meta);
      expect(weather).toMatchObject({ temperature: 8.5, weatherCode: 2, windDirection: 9, isDay: true });
      expect(weather.time?.toISOString()).toBe('2026-02-07T15:15:00.000Z');
    });

    it('rejects an OpenWeatherMap response as not in the Open-Meteo shape', () => {
      expect(() => parseOpenMeteo(readFileSync(`${corpus}magicmirror-openweathermap-current.json`, 'utf8'), meta)).toThrowError(/no current/);
    });
  });
  if (!existsSync(corpus)) console.warn(`Skipping real Open-Meteo responses: ${corpus} is absent.`);
});

describe('wind helpers', () => {
  it('names 8 compass sectors, each 45 degrees wide and centred on its point', () => {
    expect([0, 22, 23, 45, 90, 135, 180, 225, 270, 315, 337, 338, 360, -45].map(compassPoint)).toEqual([0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 7, 0, 0, 7]);
  });

  it('converts m/s to other units', () => {
    expect(windIn('kmh', 10)).toBeCloseTo(36, 10);
    expect(windIn('mph', 4.4704)).toBeCloseTo(10, 10);
    expect(windIn('ms', 4.1)).toBe(4.1);
  });
});

describe('weather words', () => {
  const codes = [0, 1, 2, 3, 45, 48, 51, 53, 55, 56, 57, 61, 63, 65, 66, 67, 71, 73, 75, 77, 80, 81, 82, 85, 86, 95, 96, 99];

  it.each([
    ['en', en],
    ['ru', ru],
    ['uz', uz],
  ])('%s names every WMO code Open-Meteo emits, each differently, and 8 compass points', (_language, messages) => {
    expect(Object.keys(messages.weather.conditions).map(Number)).toEqual(codes);
    expect(new Set(Object.values(messages.weather.conditions)).size).toBe(codes.length);
    expect(messages.weather.compass).toHaveLength(8);
  });

  it('builds one sentence per language', () => {
    const parts = { place: 'Tashkent', temperature: '+9 °C', condition: 'overcast', wind: '4.1 m/s', direction: 1 };
    expect(en.weather.sentence(parts)).toBe('Weather in Tashkent: +9 °C, overcast, wind 4.1 m/s from the north-east.');
    expect(ru.weather.sentence({ ...parts, place: 'Ташкент', condition: 'пасмурно', wind: '4,1 м/с' })).toBe(
      'Погода, Ташкент: +9 °C, пасмурно, ветер северо-восточный, 4,1 м/с.',
    );
    expect(uz.weather.sentence({ ...parts, place: 'Toshkent', condition: 'bulutli', wind: '4,1 m/s', direction: -1 })).toBe(
      'Ob-havo, Toshkent: +9 °C, bulutli, shamol 4,1 m/s.',
    );
  });
});
