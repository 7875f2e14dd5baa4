// Builds a Worker module into the one script a Worker runs, with news-widgets/server taken from src/, the way a
// Worker's build does for a runtime without Node's modules: postcss, which sanitize-html loads for the server
// rendering, asks bundlers in its `browser` field to leave out path, url, fs and source maps and to take the
// browser's picocolors, and so does this bundle.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled script of `entry` (examples/worker/worker.js by default), as wrangler would bundle it. */
export async function buildWorker(entry = `${root}examples/worker/worker.js`): Promise<string> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['node'],
    mainFields: ['module', 'main'],
    alias: { 'news-widgets/server': `${root}src/server/index.ts`, picocolors: `${root}node_modules/picocolors/picocolors.browser.js` },
    plugins: [
      {
        name: 'leave-out-node-modules',
        setup(bundler) {
          bundler.onResolve({ filter: /^(path|url|fs|source-map-js)$/ }, () => ({ path: 'left-out', namespace: 'left-out' }));
          bundler.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export default {};' }));
        },
      },
    ],
    logLevel: 'silent',
  });
  return bundle.outputFiles[0].text;
}
