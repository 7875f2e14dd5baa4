// Prints the gzip size of every file of the drop-in's folder cdn/ (and of the npm build's modules in dist/) and fails
// when the drop-in is over its budget (docs/budgets.md). measureSizes() gives the same figures to bench/run.mjs and
// to the size test.
//
// Not size-limit: the budget is the drop-in and the chunks it imports statically, without the chunks it loads on
// demand. size-limit's file plugin sums the files it is given (it follows no imports, and chunk names are hashed),
// its bundler plugins build the entry again and count every chunk of that build, the lazy ones too.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 18 * 1024;
const defaultCdn = new URL('../cdn/', import.meta.url).pathname;
const defaultDist = new URL('../dist/', import.meta.url).pathname;

async function* scripts(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* scripts(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** Every script under `folder`, raw and gzip -9, by path. */
async function sizesUnder(folder) {
  const files = [];
  for await (const path of scripts(folder)) {
    const bytes = await readFile(path);
    files.push({ file: relative(folder, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * The sizes of the drop-in's build in `dist` (the folder cdn/ by default): every module (raw and gzip -9), the
 * drop-in with the chunks it imports statically, the chunks it loads on demand, what a page with a feed element and
 * one with every element load, and the single file news-widgets.bundle.js when it is there; with `packageDist`,
 * the modules of the npm build too. Throws when `dist` has no news-widgets.js.
 */
export async function measureSizes(dist = defaultCdn, packageDist = dist === defaultCdn ? defaultDist : null) {
  const all = await sizesUnder(dist);
  const bundle = all.find(row => row.file === 'news-widgets.bundle.js') ?? null;
  const files = all.filter(row => row !== bundle);
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
  // What pages really download, for honest comparison with the budget, which names all four elements: a chunk
  // loaded on demand brings the chunks it imports statically (the calendar, the text helpers) with it.
  const withImports = async chunks => {
    const seen = new Set(dropinFiles);
    for (const chunk of chunks) await staticClosure(chunk, seen);
    const loaded = [...seen];
    return { files: loaded, gzip: loaded.reduce((sum, file) => sum + byFile.get(file).gzip, 0) };
  };
  const parser = lazyRows.find(row => row.file.startsWith('parse-feed-'));
  // Other languages, persistence, the DOMPurify fallback and the takeover of server-rendered pages: not every page's.
  const elementChunks = lazyRows.filter(row => !/^(ru|uz|store|purify\.es|takeover)-/.test(row.file));
  return {
    files,
    dropin: { files: dropinFiles, gzip: dropinGzip, budget: BUDGET_BYTES },
    lazy: lazyRows,
    feedPage: parser ? await withImports([parser.file]) : null,
    everyElement: await withImports(elementChunks.map(row => row.file)),
    bundle,
    packageFiles: packageDist ? await sizesUnder(packageDist) : [],
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
  for (const row of sizes.packageFiles) console.log(`npm: dist/${row.file.padEnd(31)} ${kb(row.raw).padStart(10)} raw ${kb(row.gzip).padStart(10)} gzip`);
  const { dropin } = sizes;
  if (sizes.bundle) console.log(`single file cdn/news-widgets.bundle.js (everything inlined): ${kb(sizes.bundle.raw)} raw, ${kb(sizes.bundle.gzip)} gzip`);
  console.log(`drop-in cdn/news-widgets.js with its static imports (${dropin.files.join(', ')}): ${kb(dropin.gzip)} gzip (budget ${kb(dropin.budget)})`);
  for (const row of sizes.lazy) console.log(`  loaded on demand: ${row.file.padEnd(28)} ${kb(row.gzip)} gzip`);
  if (sizes.feedPage) console.log(`a page with a feed element loads ${kb(sizes.feedPage.gzip)} gzip in all (drop-in + ${sizes.feedPage.files.filter(file => !dropin.files.includes(file)).join(', ')})`);
  const chunks = sizes.everyElement.files.filter(file => !dropin.files.includes(file));
  console.log(`a page with every element loads ${kb(sizes.everyElement.gzip)} gzip in all (drop-in + ${chunks.join(', ')}; not the DOMPurify fallback, nor the takeover of server-rendered pages)`);
  if (dropin.gzip > dropin.budget) {
    console.error(`cdn/news-widgets.js is over its budget by ${kb(dropin.gzip - dropin.budget)}.`);
    process.exit(1);
  }
}
