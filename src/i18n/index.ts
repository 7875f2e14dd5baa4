import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages, WeatherSentence } from './messages.js';

/** The languages shipped, by primary subtag. */
export type Language = 'en' | 'ru' | 'uz';

// English ships inside every bundle as the fallback; the others are separate chunks, fetched the
// first time an element needs them, so a page pays only for the languages it uses.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Messages>> = {
  ru: () => import('./ru.js').then(module => module.ru),
  uz: () => import('./uz.js').then(module => module.uz),
};

const loaded = new Map<Language, Messages>([['en', en]]);
const loading = new Map<Language, Promise<Messages>>();

/** The primary subtag of a language tag, lower case: `ru` for "ru-RU", `uz` for "uz_Latn", `en` for " EN ". */
export function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0];
}

function isLanguage(tag: string): tag is Language {
  return tag === 'en' || tag in loaders;
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
 * Fetches the message table of a language once, however many elements ask. A table that fails to
 * load leaves the language on English rather than leaving the widget without words.
 */
export function loadMessages(language: Language): Promise<Messages> {
  const ready = loaded.get(language);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as Exclude<Language, 'en'>]()
      .catch(() => en)
      .then(messages => {
        loaded.set(language, messages);
        loading.delete(language);
        return messages;
      });
    loading.set(language, pending);
  }
  return pending;
}
