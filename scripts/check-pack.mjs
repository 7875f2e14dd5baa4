// The tarball as npm would publish it, after `npm run build`: the licence, the manifest and the files editors and
// frameworks read (each named in package.json's exports), the server entry, both ways to host the drop-in, and no source maps.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = new Set(pack.files.map(file => file.path));
const { exports } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const wanted = {
  LICENSE: null,
  'dist/custom-elements.json': './custom-elements.json',
  'dist/vscode.html-custom-data.json': './vscode.html-custom-data.json',
  'dist/vscode.css-custom-data.json': './vscode.css-custom-data.json',
  'dist/web-types.json': './web-types.json',
  'dist/react/index.js': './react',
  'dist/react/index.d.ts': './react',
  'dist/server/index.js': './server',
  'dist/server/index.d.ts': './server',
  'cdn/news-widgets.js': null,
  'cdn/news-widgets.bundle.js': null,
  'dist/news-widgets.js': null,
  'dist/news-widgets.css': './news-widgets.css',
  'cdn/news-widgets.css': null,
};
const problems = [];
for (const [file, subpath] of Object.entries(wanted)) {
  if (!files.has(file)) problems.push(`the tarball has no ${file}`);
  if (subpath && !JSON.stringify(exports[subpath] ?? '').includes(`./${file}`)) problems.push(`package.json exports do not list ${file} under ${subpath}`);
}
const maps = [...files].filter(file => file.endsWith('.map'));
if (maps.length) problems.push(`source maps in the tarball: ${maps.join(', ')}`);
const bundled = [...files].filter(file => file.startsWith('dist/') && /purify/i.test(file));
if (bundled.length) problems.push(`the npm build carries its own DOMPurify: ${bundled.join(', ')}`);

if (problems.length) {
  console.error(`package check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`package: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked; LICENSE, manifest, editor files, React components, the server entry, the not-defined stylesheet, cdn/ and no source maps`);
