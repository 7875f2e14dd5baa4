import { en } from './en.js';
import type { Messages } from './messages.js';
import { ru } from './ru.js';
import { uz } from './uz.js';

export type { Messages } from './messages.js';

const tables: Record<string, Messages> = { en, ru, uz };

/** The languages shipped, by primary subtag. */
export type Language = 'en' | 'ru' | 'uz';

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * else English. Only the primary subtag counts ("ru-RU" is Russian, "uz-Latn" is Uzbek);
 * languages that are not shipped fall back to English.
 */
export function resolveLanguage(element: Element): Language {
  const tag = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return primary in tables ? (primary as Language) : 'en';
}

/** The message table of a language. */
export function messagesFor(language: Language): Messages {
  return tables[language];
}
