// Builds the drop-in into `outDir` exactly as `npm run build` does, for the tests that check the file that ships.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

export async function buildDropin(outDir: string): Promise<void> {
  // In a child process without vitest's NODE_ENV=test, under which Vite would bundle lit's development build,
  // which is larger than what ships and behaves differently.
  const environment = { ...process.env };
  delete environment.NODE_ENV;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'dropin', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'silent'], {
    cwd: root,
    env: environment,
  });
}
