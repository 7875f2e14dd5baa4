import type { Messages } from './messages.js';

export const en: Messages = {
  loading: 'Loading…',
  empty: 'No stories yet.',
  retry: 'Try again',
  errors: {
    network: 'The news could not be loaded. Check your connection.',
    timeout: 'The news source took too long to answer.',
    http: 'The news source is not available right now.',
    parse: 'The news source sent something that is not a news feed.',
    config: 'This news widget is not set up correctly.',
  },
};
