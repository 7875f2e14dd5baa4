import { defineConfig } from 'vite';

// The demo page: the library's source served as-is, with sample data from demo/public, no network needed.
export default defineConfig({
  root: 'demo',
  // A missing file is a 404, as on a real server, not the index page.
  appType: 'mpa',
  server: { port: 5173, host: '127.0.0.1' },
});
