// Prints the gzip size of every built module and fails when the drop-in is over the budget of DESIGN.md.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 18 * 1024;
const dist = new URL('../dist/', import.meta.url).pathname;

async function* scripts(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

const rows = [];
for await (const path of scripts(dist)) {
  const bytes = await readFile(path);
  rows.push({ file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
}
rows.sort((a, b) => a.file.localeCompare(b.file));
const kb = bytes => `${(bytes / 1024).toFixed(2)} KB`;
for (const row of rows) console.log(`${row.file.padEnd(36)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);

const dropin = rows.find(row => row.file === 'news-widgets.js');
if (!dropin) {
  console.error('dist/news-widgets.js is missing: run npm run build first.');
  process.exit(1);
}
console.log(`drop-in dist/news-widgets.js: ${kb(dropin.gzip)} gzip (budget ${kb(BUDGET_BYTES)})`);
if (dropin.gzip > BUDGET_BYTES) {
  console.error(`dist/news-widgets.js is over its budget by ${kb(dropin.gzip - BUDGET_BYTES)}.`);
  process.exit(1);
}
