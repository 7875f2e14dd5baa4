// The drop-in's budget from DESIGN.md, checked on a fresh build: dist/news-widgets.js and the chunks it imports
// statically weigh at most 18 KB gzip. The same figure is printed by scripts/size.mjs and npm run bench.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { BUDGET_BYTES, measureSizes } from '../../scripts/size.mjs';

const root = new URL('../../', import.meta.url).pathname;
let dist = '';

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

it('the drop-in with its static imports is at most 18 KB gzip', async () => {
  dist = await mkdtemp(join(tmpdir(), 'news-widgets-size-'));
  // Built as `npm run build` builds it: vitest sets NODE_ENV=test, under which Vite would bundle lit's development
  // build, which is larger than what ships.
  const environment = { ...process.env };
  delete environment.NODE_ENV;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'dropin', '--outDir', dist, '--emptyOutDir', '--logLevel', 'silent'], { cwd: root, env: environment });
  const { dropin } = await measureSizes(dist);
  expect(dropin.files).to.include('news-widgets.js');
  expect(BUDGET_BYTES).to.equal(18 * 1024);
  expect(dropin.gzip).to.be.at.most(BUDGET_BYTES);
});
