import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { readCorpusBase64 } from './scripts/corpus.mjs';

/** Set by `npm run fuzz` (scripts/fuzz.mjs) for test/feeds/fuzz.test.ts: its seed and cases per property. */
const fuzz = process.env.FUZZ_RUNS ? { seed: Number(process.env.FUZZ_SEED), runs: Number(process.env.FUZZ_RUNS) } : undefined;

/** Headless system Chromium for a browser project; a fresh object each time, as vitest names its instances in place. */
const chromium = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: 'chromium' as const }],
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'data (node)', environment: 'node', include: ['test/data/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/docs/**/*.test.ts'] },
      },
      {
        // news-widgets/server: the feed proxy against a feed server on this machine, and server rendering with the
        // widgets drawn into markup, in Node and built into a Worker that runs in workerd through miniflare.
        test: { name: 'server (node)', environment: 'node', include: ['test/server/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        // The feed parser needs no DOM: its tests run in Node, with no DOM library, as in a server or an edge runtime ...
        test: { name: 'feeds (node)', environment: 'node', include: ['test/feeds/**/*.test.ts'], provide: { fuzz } },
      },
      {
        // ... and in Chromium, where the widgets run it.
        test: {
          name: 'feeds (chromium)',
          include: ['test/feeds/**/*.test.ts'],
          provide: { fuzz },
          browser: {
            ...chromium(),
            // The shared corpus lives outside the served root; tests ask for its bytes by path.
            commands: { readCorpus: (_context, path: string) => readCorpusBase64(path) },
          },
        },
      },
      {
        // Builds the drop-in and drives a page with a strict CSP in Chromium through playwright.
        test: { name: 'csp (node)', environment: 'node', include: ['test/csp/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        // Builds the cdn/ folder and the single file and opens each on a blank page in Chromium through playwright.
        test: { name: 'hosting (node)', environment: 'node', include: ['test/hosting/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        // Builds Storybook and opens its Docs pages and its stories' controls in Chromium through playwright. Minutes
        // long, so `npm test` leaves it out and .ci/run runs it.
        test: { name: 'storybook (node)', environment: 'node', include: ['test/storybook/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 240_000 },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        // A story's play function waits for its widget with a guard of 20 s (stories/support.ts): a first story also
        // waits for the dev server to compile what it loads.
        test: { name: 'stories (chromium)', browser: chromium(), testTimeout: 30_000 },
      },
    ],
  },
});
