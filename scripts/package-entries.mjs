// Writes package.json's `exports` and `sideEffects`, or with --check fails when they differ from what is written here,
// or when the modules that register everything have fallen behind the element list (scripts/elements.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { defineModule, elements } from './elements.mjs';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

/** A module of dist/ with its declarations, `types` first, as TypeScript wants. */
const built = name => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });

// Each element is published under its tag, which is its folder's name: subpath patterns map `news-widgets/<tag>` and
// `news-widgets/<tag>/define` to its folder, so a new element needs no new line here.
const elementFolders = elements.filter(({ tag, folder }) => tag !== folder);
if (elementFolders.length) throw new Error(`the subpath patterns of package.json need each element's folder named as its tag: ${elementFolders.map(({ tag }) => tag).join(', ')}`);

function expectedExports() {
  return {
    '.': built('index'),
    './define': built('define'),
    './data': built('data/index'),
    // What runs on a server or at the edge (see docs/server.md): no Lit, no DOM, standard Request and Response.
    './server': built('server/index'),
    // React components on @lit/react, with the JSX typings of the tags for React 19 (see docs/frameworks.md).
    './react': built('react/index'),
    // Declarations only: JSX typings for Preact.
    './preact': { types: './dist/jsx/preact.d.ts' },
    // What editors and tools read, generated from the elements' JSDoc by `npm run build`.
    './custom-elements.json': './dist/custom-elements.json',
    './vscode.html-custom-data.json': './dist/vscode.html-custom-data.json',
    './vscode.css-custom-data.json': './dist/vscode.css-custom-data.json',
    './web-types.json': './dist/web-types.json',
    './package.json': './package.json',
    // The room of widgets not yet defined (docs/embedding-without-shift.md), for bundlers that import CSS.
    './news-widgets.css': './dist/news-widgets.css',
    // The drop-ins, for tools that resolve them through the package (CDNs serve the files anyway).
    './cdn/*': './cdn/*',
    './*/define': built('elements/*/define'),
    './*': built('elements/*/*'),
  };
}

// Only registering has effects on import; a bundler may drop any other module whose exports go unused. Vite reads
// this field for our own sources too (the drop-in is built from src/define.ts), so the define sources are named as well.
const expectedSideEffects = () => [
  './dist/define.js',
  './dist/elements/*/define.js',
  './dist/react/index.js',
  './src/define.ts',
  './src/elements/*/define.ts',
  './dist/news-widgets.js',
  './cdn/*.js',
  // A stylesheet imported for its rules: bundlers must keep the import.
  './dist/news-widgets.css',
  './cdn/*.css',
];

const packagePath = new URL('package.json', root);
const text = await readFile(packagePath, 'utf8');
const pkg = JSON.parse(text);
pkg.exports = expectedExports();
pkg.sideEffects = expectedSideEffects();
const wanted = `${JSON.stringify(pkg, null, 2)}\n`;

const problems = [];
// The drop-in registers every element through src/define.ts, so each element's define module must be imported there.
const defineAll = await readFile(new URL('src/define.ts', root), 'utf8');
for (const element of elements) {
  const specifier = `./${defineModule(element).slice('src/'.length).replace(/\.ts$/, '.js')}`;
  if (!defineAll.includes(`import '${specifier}';`)) problems.push(`src/define.ts does not import '${specifier}' (${element.tag}).`);
}

if (check) {
  if (text !== wanted) problems.push('package.json exports or sideEffects differ from scripts/package-entries.mjs: run npm run sync.');
} else if (text !== wanted) {
  await writeFile(packagePath, wanted);
  console.log('package.json: exports and sideEffects written');
}
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
