import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['test/elements/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    // The msw worker's scope must cover the test page at "/", so it is served from the root.
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.path = '/public/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 10000 } },
};
