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
  // Every test page loads the element-test defaults of the data layer before the test framework and the test file.
  testRunnerHtml: testFramework => `<!doctype html>
<html>
  <head></head>
  <body>
    <script type="module" src="/test/elements/page-defaults.ts"></script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 10000 } },
};
