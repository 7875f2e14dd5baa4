import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

const notDefinedSheet = new URL('../src/news-widgets.css', import.meta.url);

/** Serves the library's news-widgets.css at /news-widgets.css, as a site serves it beside the drop-in. */
function notDefinedStylesheet(): Plugin {
  return {
    name: 'news-widgets-css',
    configureServer(server) {
      server.middlewares.use('/news-widgets.css', (_request, response) => {
        response.setHeader('Content-Type', 'text/css');
        response.end(readFileSync(notDefinedSheet));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'news-widgets.css', source: readFileSync(notDefinedSheet, 'utf8') });
    },
  };
}

// The demo page: the library's source served as-is, with sample data from demo/public, no network needed.
export default defineConfig({
  root: 'demo',
  // A missing file is a 404, as on a real server, not the index page.
  appType: 'mpa',
  plugins: [notDefinedStylesheet()],
  server: { port: 5173, host: '127.0.0.1' },
});
