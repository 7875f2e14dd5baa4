import { defineConfig } from 'vite';
import { notDefinedStylesheet } from '../scripts/not-defined-stylesheet.mjs';

// The demo page: the library's source served as-is, with sample data from demo/public, no network needed, and the
// library's news-widgets.css at /news-widgets.css, as a site serves it beside the drop-in.
export default defineConfig({
  root: 'demo',
  // A missing file is a 404, as on a real server, not the index page.
  appType: 'mpa',
  plugins: [notDefinedStylesheet()],
  server: { port: 5173, host: '127.0.0.1' },
});
