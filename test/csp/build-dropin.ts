// Builds the drop-in into `outDir` exactly as `npm run build` does, for the tests that check the files that ship:
// `cdn` (default) the folder cdn/, `bundle` the single file news-widgets.bundle.js.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

export async function buildDropin(outDir: string, mode: 'cdn' | 'bundle' = 'cdn'): Promise<void> {
  // In a child process without vitest's NODE_ENV=test, under which Vite would bundle lit's development build,
  // which is larger than what ships and behaves differently.
  const environment = { ...process.env };
  delete environment.NODE_ENV;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'silent'], {
    cwd: root,
    env: environment,
  });
}
