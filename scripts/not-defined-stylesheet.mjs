// The Vite plugin that ships src/news-widgets.css, the room of widgets not yet defined, beside the drop-in, as it
// is written: a page links it (or inlines it) in its <head>, before the script has run.
import { readFileSync } from 'node:fs';

/** Emits news-widgets.css into the build's output folder. */
export function notDefinedStylesheet() {
  return {
    name: 'not-defined-stylesheet',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'news-widgets.css', source: readFileSync(new URL('../src/news-widgets.css', import.meta.url), 'utf8') });
    },
  };
}
