import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { readCorpusBase64 } from './scripts/corpus.mjs';

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
    // The shared corpus lives beside the repository; tests read its files at /corpus/... (404 where it is absent).
    async (context, next) => {
      if (!context.path.startsWith('/corpus/')) return next();
      const base64 = await readCorpusBase64(decodeURIComponent(context.path.slice('/corpus/'.length))).catch(() => null);
      if (base64 === null) {
        context.status = 404;
        return;
      }
      context.type = 'application/json';
      context.body = Buffer.from(base64, 'base64');
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
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // Two files at a time, each page in a window of its own: a page in a background tab of a shared window is
      // hidden, and a hidden page draws no frames, so a test waiting for one (the benchmark's figures) never ends.
      concurrency: 2,
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // A file's tests may take minutes on a busy machine (the XSS battery renders thousands of articles): the limit is
  // for a page that hangs, never a measure of speed.
  testsFinishTimeout: 600_000,
};
