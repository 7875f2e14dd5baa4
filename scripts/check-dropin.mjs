// Proves the built drop-in works the way site owners host it, on a blank page with one <script type="module">,
// no import map and no other files (see scripts/hosting.mjs), after `npm run build`:
//  - the folder cdn/ served from a second origin, as a CDN serves it;
//  - cdn/news-widgets.bundle.js alone in an empty folder, on an English and on a Russian page;
//  - dist/news-widgets.js, the drop-in's former path, inside the package as npm installs it.
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHosting } from './hosting.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const single = await mkdtemp(join(tmpdir(), 'news-widgets-single-'));
await copyFile(join(root, 'cdn/news-widgets.bundle.js'), join(single, 'news-widgets.bundle.js'));

const layouts = [
  ['the cdn/ folder from another origin', { folder: join(root, 'cdn'), script: '/news-widgets.js', crossOrigin: true }],
  ['the single file alone', { folder: single, script: '/news-widgets.bundle.js' }],
  ['the single file alone, a Russian page', { folder: single, script: '/news-widgets.bundle.js', lang: 'ru' }],
  ['dist/news-widgets.js in the package', { folder: root, script: '/dist/news-widgets.js' }],
];
let failed = false;
try {
  for (const [name, options] of layouts) {
    const { problems, scripts } = await checkHosting(options);
    if (problems.length) {
      failed = true;
      console.error(`drop-in check failed, ${name}:\n  ${problems.join('\n  ')}`);
    } else console.log(`drop-in, ${name}: all four widgets ready on a blank page, from ${scripts.length} files: ${scripts.join(', ')}`);
  }
} finally {
  await rm(single, { recursive: true, force: true });
}
if (failed) process.exit(1);
