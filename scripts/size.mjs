// Prints the gzip size of every built module and fails when the drop-in is over its budget (docs/budgets.md).
// measureSizes() gives the same figures to bench/run.mjs and to the size test.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 18 * 1024;
const defaultDist = new URL('../dist/', import.meta.url).pathname;

async function* scripts(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/**
 * The sizes of the build in `dist`: every module (raw and gzip -9), the drop-in with the chunks it imports
 * statically, the chunks it loads on demand, and what a page with a feed element and one with every element load.
 * Throws when `dist` has no news-widgets.js.
 */
export async function measureSizes(dist = defaultDist) {
  const files = [];
  for await (const path of scripts(dist)) {
    const bytes = await readFile(path);
    files.push({ file: relative(dist, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  const byFile = new Map(files.map(row => [row.file, row]));
  if (!byFile.has('news-widgets.js')) throw new Error(`${join(dist, 'news-widgets.js')} is missing: run npm run build first.`);

  // The drop-in's cost is its file plus every chunk it imports statically (the browser fetches those before anything
  // runs); chunks it imports with import() load only when a page needs them and are reported apart.
  async function staticClosure(file, seen = new Set()) {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = await readFile(join(dist, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+)["']/g)) await staticClosure(imported, seen);
    return seen;
  }
  const dropinFiles = [...(await staticClosure('news-widgets.js'))];
  const dropinGzip = dropinFiles.reduce((sum, file) => sum + byFile.get(file).gzip, 0);
  const lazy = new Set();
  for (const file of dropinFiles) {
    const code = await readFile(join(dist, file), 'utf8');
    for (const [, imported] of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)/g)) if (!dropinFiles.includes(imported)) lazy.add(imported);
  }
  const lazyRows = [...lazy].map(file => ({ file, gzip: byFile.get(file).gzip }));
  // What pages really download, for honest comparison with the budget, which names all four elements.
  const parser = lazyRows.find(row => row.file.startsWith('parse-feed-'));
  const elementChunks = lazyRows.filter(row => !/^(ru|uz|store)-/.test(row.file));
  return {
    files,
    dropin: { files: dropinFiles, gzip: dropinGzip, budget: BUDGET_BYTES },
    lazy: lazyRows,
    feedPage: parser ? { files: [...dropinFiles, parser.file], gzip: dropinGzip + parser.gzip } : null,
    everyElement: { files: [...dropinFiles, ...elementChunks.map(row => row.file)], gzip: dropinGzip + elementChunks.reduce((sum, row) => sum + row.gzip, 0) },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let sizes;
  try {
    sizes = await measureSizes();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  const kb = bytes => `${(bytes / 1024).toFixed(2)} KB`;
  for (const row of sizes.files) console.log(`${row.file.padEnd(36)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
  const { dropin } = sizes;
  console.log(`drop-in dist/news-widgets.js with its static imports (${dropin.files.join(', ')}): ${kb(dropin.gzip)} gzip (budget ${kb(dropin.budget)})`);
  for (const row of sizes.lazy) console.log(`  loaded on demand: ${row.file.padEnd(28)} ${kb(row.gzip)} gzip`);
  if (sizes.feedPage) console.log(`a page with a feed element loads ${kb(sizes.feedPage.gzip)} gzip in all (drop-in + feed parser)`);
  const chunks = sizes.everyElement.files.filter(file => !dropin.files.includes(file));
  console.log(`a page with every element loads ${kb(sizes.everyElement.gzip)} gzip in all (drop-in + ${chunks.join(', ')}; not the DOMPurify fallback)`);
  if (dropin.gzip > dropin.budget) {
    console.error(`dist/news-widgets.js is over its budget by ${kb(dropin.gzip - dropin.budget)}.`);
    process.exit(1);
  }
}
