import { onDemand } from '../data/on-demand.js';
import type { Messages } from './messages.js';

export type { Messages, ShellMessages, WeatherSentence } from './messages.js';

/** The languages shipped, by primary subtag. */
export type Language = 'en' | 'ru' | 'uz';

// Every language's table is a chunk, fetched beside the data the first time an element needs it, so a page pays
// only for the languages it uses. The drop-in carries only the English words of skeletons and errors (en-shell.ts).
const tables: Record<Language, () => Promise<Messages>> = {
  en: onDemand(() => import('./en.js').then(module => module.en)),
  ru: onDemand(() => import('./ru.js').then(module => module.ru)),
  uz: onDemand(() => import('./uz.js').then(module => module.uz)),
};

const loaded = new Map<Language, Messages>();

/** The primary subtag of a language tag, lower case: `ru` for "ru-RU", `uz` for "uz_Latn", `en` for " EN ". */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

function isLanguage(tag: string): tag is Language {
  return tag in tables;
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * else English. Only the primary subtag counts ("ru-RU" is Russian, "uz-Latn" is Uzbek);
 * languages that are not shipped fall back to English.
 */
export function resolveLanguage(element: Element): Language {
  const tag = element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  const primary = primarySubtag(tag);
  return isLanguage(primary) ? primary : 'en';
}

/** The message table of a language if it is already here, else undefined (see `loadMessages`). */
export function messagesFor(language: Language): Messages | undefined {
  return loaded.get(language);
}

/**
 * Fetches the message table of a language once, however many elements ask. A table that fails to load leaves the
 * language on English rather than leaving the widget without words; English that fails rejects with a `network`
 * `FeedError`, which an element shows as any failed load, with a retry that asks again.
 */
export async function loadMessages(language: Language): Promise<Messages> {
  let messages: Messages;
  try {
    messages = await tables[language]();
  } catch (error) {
    if (language === 'en') throw error;
    messages = await loadMessages('en');
  }
  loaded.set(language, messages);
  return messages;
}
