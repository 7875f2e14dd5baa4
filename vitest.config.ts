import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { readCorpusBase64 } from './scripts/corpus.mjs';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'data (node)', environment: 'node', include: ['test/data/**/*.test.ts'] },
      },
      {
        // The feed parser needs DOMParser, so it is tested where it runs: in Chromium.
        test: {
          name: 'feeds (chromium)',
          include: ['test/feeds/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            // The shared corpus lives outside the served root; tests ask for its bytes by path.
            commands: { readCorpus: (_context, path: string) => readCorpusBase64(path) },
          },
        },
      },
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'stories (chromium)',
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
          },
        },
      },
    ],
  },
});
