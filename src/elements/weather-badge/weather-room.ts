import type { WindUnit } from '../../data/weather.js';
import type { Language } from '../../i18n/index.js';

/** What a badge of one language reserves room for. */
export interface WeatherRoom {
  /** The widest condition words of the language's table. */
  readonly conditions: readonly string[];
  /** The table's compass points. */
  readonly compass: readonly string[];
  /** The table's wind units. */
  readonly units: Readonly<Record<WindUnit, string>>;
  /** The decimal separator of the language's numbers. */
  readonly decimal: string;
  /** The table's credit of the card layout, which may take two lines where English takes one. */
  readonly attribution: string;
}

/**
 * The widest words a badge can show, per language, in the drop-in: a badge reserves their room (stacked invisibly
 * under what it shows) from its first frame, before its language's table has arrived, so that it does not move
 * when the table and the weather arrive. The conditions are the widest of each table in the common sans, serif and
 * monospace fonts; Russian has four, whose widths are within a few pixels of each other. The compass points, units
 * and credit are the tables' own: test/elements/weather-room.test.ts holds all of them to the tables.
 */
export const weatherRoom: Record<Language, WeatherRoom> = {
  en: {
    conditions: ['thunderstorm with heavy hail', 'heavy freezing drizzle'],
    compass: ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'],
    units: { ms: 'm/s', kmh: 'km/h', mph: 'mph', kn: 'kn' },
    decimal: '.',
    attribution: 'Weather data by Open\u2011Meteo',
  },
  ru: {
    conditions: ['сильная ледяная морось', 'сильный ледяной дождь', 'гроза с сильным градом', 'переменная облачность'],
    compass: ['С', 'СВ', 'В', 'ЮВ', 'Ю', 'ЮЗ', 'З', 'СЗ'],
    units: { ms: 'м/с', kmh: 'км/ч', mph: 'миль/ч', kn: 'уз' },
    decimal: ',',
    attribution: 'Данные о погоде: Open\u2011Meteo',
  },
  uz: {
    conditions: ['kuchli doʻlli momaqaldiroq', 'yengil muzli shivalama'],
    compass: ['shimol', 'shimoli-sharq', 'sharq', 'janubi-sharq', 'janub', 'janubi-gʻarb', 'gʻarb', 'shimoli-gʻarb'],
    units: { ms: 'm/s', kmh: 'km/soat', mph: 'mil/soat', kn: 'tugun' },
    decimal: ',',
    attribution: 'Ob-havo maʼlumotlari: Open\u2011Meteo',
  },
};

/** What the temperature, condition and wind of a badge reserve room for, each a list of texts stacked in one cell. */
export interface WeatherReserve {
  readonly temperature: readonly string[];
  readonly condition: readonly string[];
  readonly wind: readonly string[];
}

/**
 * The texts whose room a badge reserves. Two-digit temperatures (three in Fahrenheit) and wind speeds of two digits:
 * a wind of 100 km/h or more is a storm, and the badge may grow by a digit then.
 */
export function weatherReserve(language: Language, imperial: boolean, windUnit: WindUnit): WeatherReserve {
  const room = weatherRoom[language];
  const speed = `99${windUnit === 'ms' ? `${room.decimal}9` : ''}\u00a0${room.units[windUnit]}`;
  return {
    temperature: imperial ? ['+000°F', '\u221299°F'] : ['+99°', '\u221299°'],
    condition: room.conditions,
    wind: room.compass.map(point => `${speed} ${point}`),
  };
}
