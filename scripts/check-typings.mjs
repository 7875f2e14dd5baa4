// Type-checks what a TypeScript user of the published package gets, after `npm run build`:
//  - examples/react-vite against the packed package (`npm pack`, unpacked into its node_modules/news-widgets),
//    with React's types from the root's devDependencies, so no install is needed;
//  - test-types/ (React 19 and Preact JSX, including mistakes the types must reject) through package.json's exports.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const example = join(root, 'examples/react-vite');
const installed = join(example, 'node_modules/news-widgets');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packDir = await mkdtemp(join(tmpdir(), 'news-widgets-pack-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir]));
  await rm(installed, { recursive: true, force: true });
  await mkdir(installed, { recursive: true });
  run('tar', ['-xzf', join(packDir, filename), '-C', installed, '--strip-components=1']);
} finally {
  await rm(packDir, { recursive: true, force: true });
}

for (const project of [example, join(root, 'test-types')]) {
  try {
    run(process.execPath, [tsc, '-p', project]);
    console.log(`types ok: ${project.slice(root.length)}`);
  } catch (error) {
    console.error(`types fail: ${project.slice(root.length)}\n${error.stdout}`);
    process.exitCode = 1;
  }
}
