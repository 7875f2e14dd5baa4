import type { ShellMessages } from './messages.js';

/** The English words of the shells, in the drop-in: every element can draw its skeleton and its error at once. */
export const enShell: ShellMessages = {
  numberLocale: 'en',
  loading: 'Loading…',
  empty: 'No stories yet.',
  retry: 'Try again',
  errors: {
    network: 'The news could not be loaded. Check your connection.',
    timeout: 'The news source took too long to answer.',
    http: 'The news source is not available right now.',
    parse: 'The news source sent something that is not a news feed.',
    config: 'This widget is not set up correctly.',
  },
  weather: {
    unavailable: 'Weather data is not available right now.',
    attribution: 'Weather data by Open\u2011Meteo',
  },
  list: {
    related: 'Similar news',
  },
  article: {
    unavailable: 'This article is not available.',
  },
};
