// npm run lighthouse [-- --runs 3 --port 4173 --query ?lang=ru]: Lighthouse's performance audit of the built demo,
// on its mobile and its desktop settings, printing the cumulative layout shift of every run and the largest.
// The demo is built into a temporary folder (`vite build --config demo/vite.config.ts`), so the figures are of
// the code checked out; Vite's preview server serves it. Chromium is the system one (CHROME_PATH or
// /usr/bin/chromium), started headless; nothing is downloaded. bench/README.md keeps the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4173' },
    query: { type: 'string', multiple: true, default: ['', '?lang=ru', '?lang=uz'] },
  },
});
const runs = Number(values.runs);
const configFile = new URL('../demo/vite.config.ts', import.meta.url).pathname;
const outDir = await mkdtemp(join(tmpdir(), 'news-widgets-demo-'));

const settings = { mobile: undefined, desktop: desktopConfig };
let server;
let chrome;
try {
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ configFile, logLevel: 'warn', build: { outDir }, preview: { port: Number(values.port), strictPort: true, host: '127.0.0.1' } });
  const origin = `http://127.0.0.1:${values.port}/`;
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  const rows = [];
  for (const query of values.query) {
    for (const [name, config] of Object.entries(settings)) {
      const figures = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${query}`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' }, config);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${origin}${query}: ${result.lhr.runtimeError.message}`);
        figures.push(result.lhr.audits['cumulative-layout-shift'].numericValue);
      }
      rows.push({ page: `/${query}`, settings: name, runs: figures.map(value => value.toFixed(3)).join(' '), largest: Math.max(...figures).toFixed(3) });
    }
  }
  console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, cumulative layout shift of the built demo (${runs} runs each):`);
  console.table(rows);
} finally {
  await chrome?.kill();
  await server?.close();
  await rm(outDir, { recursive: true, force: true });
}
