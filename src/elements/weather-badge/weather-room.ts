import type { WindUnit } from '../../data/weather.js';
import type { Language } from '../../i18n/index.js';

/** What a badge of one language reserves room for. */
export interface WeatherRoom {
  /** The widest condition words of the language's table. */
  readonly conditions: readonly string[];
  /** The widest of the table's compass points. */
  readonly compass: string;
  /** The table's unit of metres per second, the default; other units take their room once the table is here. */
  readonly ms: string;
}

/**
 * The widest words a badge can show, per language, in the drop-in: a badge reserves their room (stacked invisibly
 * under what it shows) from its first frame, before its language's table has arrived, so that it does not move
 * when the table and the weather arrive. The condition and the compass point are the widest of each table in the
 * common sans, serif and monospace fonts (in Russian, "сильный ледяной дождь" is within half a pixel of it); the unit of the
 * default m/s is the table's own. test/elements/weather-room.test.ts holds them to the tables. Only the widest
 * words are here: the drop-in carries every byte to every page.
 */
export const weatherRoom: Record<Language, WeatherRoom> = {
  en: {
    conditions: ['thunderstorm with heavy hail'],
    compass: 'NW',
    ms: 'm/s',
  },
  ru: {
    conditions: ['сильная ледяная морось'],
    compass: 'ЮВ',
    ms: 'м/с',
  },
  uz: {
    conditions: ['kuchli doʻlli momaqaldiroq'],
    compass: 'shimoli-sharq',
    ms: 'm/s',
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
 * a wind of 100 km/h or more is a storm, and the badge may grow by a digit then. A unit other than m/s is the
 * table's (`units`), known once the table has arrived.
 */
export function weatherReserve(language: Language, imperial: boolean, windUnit: WindUnit, units?: Readonly<Record<WindUnit, string>>): WeatherReserve {
  const room = weatherRoom[language];
  // Russian and Uzbek write a decimal comma (uz.ts formats its numbers as ru).
  const speed = windUnit === 'ms' ? `99${language === 'en' ? '.' : ','}9\u00a0${room.ms}` : `99\u00a0${units?.[windUnit] ?? ''}`;
  return {
    // A true minus is as wide as a plus in common fonts; three digits of Fahrenheit are wider than a minus and two.
    temperature: [imperial ? '+000°F' : '\u221299°'],
    condition: room.conditions,
    wind: [`${speed}, ${room.compass}`],
  };
}
