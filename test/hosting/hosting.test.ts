// The two ways to self-host, each on a blank page that has nothing else (scripts/hosting.mjs), built afresh as
// `npm run build` builds them: the single file copied alone into an empty static folder, and the cdn/ folder
// copied whole and served from a second origin.
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHosting } from '../../scripts/hosting.mjs';
import { buildDropin } from '../csp/build-dropin.js';

let scratch = '';
let cdn = '';
let single = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'news-widgets-hosting-'));
  cdn = join(scratch, 'cdn');
  await buildDropin(cdn, 'cdn');
  const bundleBuild = join(scratch, 'bundle-build');
  await buildDropin(bundleBuild, 'bundle');
  single = join(scratch, 'static');
  await mkdir(single);
  await copyFile(join(bundleBuild, 'news-widgets.bundle.js'), join(single, 'news-widgets.bundle.js'));
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('the single file news-widgets.bundle.js', () => {
  it('alone in an empty folder brings all four widgets to ready, and the page loads no other file', async () => {
    const { problems, scripts } = await checkHosting({ folder: single, script: '/news-widgets.bundle.js' });
    expect(problems).to.deep.equal([]);
    expect(scripts).to.deep.equal(['/news-widgets.bundle.js']);
  });

  it('speaks Russian on a Russian page, its language tables inside', async () => {
    const { problems, scripts } = await checkHosting({ folder: single, script: '/news-widgets.bundle.js', lang: 'ru' });
    expect(problems).to.deep.equal([]);
    expect(scripts).to.deep.equal(['/news-widgets.bundle.js']);
  });
});

describe('the folder cdn/', () => {
  it('served whole from a second origin brings all four widgets to ready, every chunk fetched from that origin', async () => {
    const { problems, scripts } = await checkHosting({ folder: cdn, script: '/news-widgets.js', crossOrigin: true });
    expect(problems).to.deep.equal([]);
    expect(scripts[0]).to.equal('/news-widgets.js');
    expect(scripts.length).to.be.greaterThan(1);
  });

  it('its entry without the chunks beside it is an error state on every widget, which is why the folder travels whole', async () => {
    const alone = join(scratch, 'entry-alone');
    await mkdir(alone);
    await copyFile(join(cdn, 'news-widgets.js'), join(alone, 'news-widgets.js'));
    const { problems } = await checkHosting({ folder: alone, script: '/news-widgets.js', crossOrigin: true });
    for (const tag of ['weather-badge', 'news-list', 'news-article', 'related-news']) expect(problems).to.include(`${tag} is error`);
  });
});
