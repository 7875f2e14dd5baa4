// The Vite plugin that ships src/news-widgets.css, the room of widgets not yet defined, beside the drop-in (and
// serves it to the demo): a page links it, or inlines it, in its <head>, before the script has run.
import { readFileSync } from 'node:fs';

/** CSS without its comments and spare white space (bundlers leave CSS inside JavaScript strings untouched). */
export function minifyCss(cssText) {
  return cssText
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The sheet, minified: pages inline it, so every byte is in each page. */
export function minifiedSheet() {
  return minifyCss(readFileSync(new URL('../src/news-widgets.css', import.meta.url), 'utf8'));
}

/** Emits news-widgets.css into the build's output folder, and serves it at /news-widgets.css in development. */
export function notDefinedStylesheet() {
  return {
    name: 'not-defined-stylesheet',
    configureServer(server) {
      server.middlewares.use('/news-widgets.css', (_request, response) => {
        response.setHeader('Content-Type', 'text/css');
        response.end(minifiedSheet());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'news-widgets.css', source: `${minifiedSheet()}\n` });
    },
  };
}
