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

// The drop-in's cost is its file plus every chunk it imports statically (the browser fetches those before anything
// runs); chunks it imports with import() load only when a page needs them and are reported apart.
const byFile = new Map(rows.map(row => [row.file, row]));
async function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = await readFile(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+)["']/g)) await staticClosure(imported, seen);
  return seen;
}

if (!byFile.has('news-widgets.js')) {
  console.error('dist/news-widgets.js is missing: run npm run build first.');
  process.exit(1);
}
const dropinFiles = [...(await staticClosure('news-widgets.js'))];
const dropinGzip = dropinFiles.reduce((sum, file) => sum + byFile.get(file).gzip, 0);
console.log(`drop-in dist/news-widgets.js with its static imports (${dropinFiles.join(', ')}): ${kb(dropinGzip)} gzip (budget ${kb(BUDGET_BYTES)})`);
const lazy = new Set();
for (const file of dropinFiles) {
  const code = await readFile(join(dist, file), 'utf8');
  for (const [, imported] of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) if (!dropinFiles.includes(imported)) lazy.add(imported);
}
for (const file of lazy) console.log(`  loaded on demand: ${file.padEnd(28)} ${kb(byFile.get(file).gzip)} gzip`);
// What pages really download, for honest comparison with the budget, which names all four elements.
const parser = [...lazy].find(file => file.startsWith('parse-feed-'));
if (parser) console.log(`a page with a feed element loads ${kb(dropinGzip + byFile.get(parser).gzip)} gzip in all (drop-in + feed parser)`);
const elementChunks = [...lazy].filter(file => !/^(ru|uz|store)-/.test(file));
const everything = dropinGzip + elementChunks.reduce((sum, file) => sum + byFile.get(file).gzip, 0);
console.log(`a page with every element loads ${kb(everything)} gzip in all (drop-in + ${elementChunks.join(', ')}; not the DOMPurify fallback)`);
if (dropinGzip > BUDGET_BYTES) {
  console.error(`dist/news-widgets.js is over its budget by ${kb(dropinGzip - BUDGET_BYTES)}.`);
  process.exit(1);
}
