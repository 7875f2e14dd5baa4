// The drop-in's budget (docs/budgets.md), checked on a fresh build: dist/news-widgets.js and the chunks it imports
// statically weigh at most 18 KB gzip. The same figure is printed by scripts/size.mjs and npm run bench.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUDGET_BYTES, measureSizes } from '../../scripts/size.mjs';
import { buildDropin } from './build-dropin.js';

let dist = '';

afterAll(async () => {
  if (dist) await rm(dist, { recursive: true, force: true });
});

it('the drop-in with its static imports is at most 18 KB gzip', async () => {
  dist = await mkdtemp(join(tmpdir(), 'news-widgets-size-'));
  await buildDropin(dist);
  const { dropin } = await measureSizes(dist);
  expect(dropin.files).to.include('news-widgets.js');
  expect(BUDGET_BYTES).to.equal(18 * 1024);
  expect(dropin.gzip).to.be.at.most(BUDGET_BYTES);
});
