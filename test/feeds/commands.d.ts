// The browser command that vitest.config.ts defines for reading the shared corpus.
import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** A corpus file as base64, or null when ../shared/corpus is absent. */
    readCorpus: (path: string) => Promise<string | null>;
  }
}
