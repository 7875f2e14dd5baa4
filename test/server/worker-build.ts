// Builds examples/worker/worker.js into the one module a Worker runs, with news-widgets/server taken from src/, as
// wrangler would bundle it from the installed package.
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function buildWorker(): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    resolve: { alias: { 'news-widgets/server': `${root}src/server/index.ts` } },
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry: `${root}examples/worker/worker.js`, formats: ['es'], fileName: 'worker' },
    },
  });
  const [{ output }] = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return output[0].code;
}
