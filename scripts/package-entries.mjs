// Writes package.json's `exports` and `sideEffects` from the element list (scripts/elements.mjs), or with --check
// fails when they, or the modules that register everything, have fallen behind the list.
import { readFile, writeFile } from 'node:fs/promises';
import { defineModule, elements, packageEntries } from './elements.mjs';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');

/** A module of dist/ with its declarations, `types` first, as TypeScript wants. */
const built = name => ({ types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` });

// The subpath each entry of the build is published under.
const subpaths = { index: '.', define: './define', 'data/index': './data' };
for (const { folder, tag } of elements) {
  subpaths[`elements/${folder}/${folder}`] = `./${tag}`;
  subpaths[`elements/${folder}/define`] = `./${tag}/define`;
}

function expectedExports() {
  const exports = {};
  for (const name of Object.keys(packageEntries())) exports[subpaths[name]] = built(name);
  // Declarations only: JSX typings for React 19 and Preact (see the README, "npm, TypeScript and frameworks").
  exports['./react'] = { types: './dist/jsx/react.d.ts' };
  exports['./preact'] = { types: './dist/jsx/preact.d.ts' };
  exports['./custom-elements.json'] = './dist/custom-elements.json';
  exports['./package.json'] = './package.json';
  return exports;
}

// Only registering has effects on import; a bundler may drop any other module whose exports go unused. Vite reads
// this field for our own sources too (the drop-in is built from src/define.ts), so the define sources are named as well.
const expectedSideEffects = () => [
  ...['define', ...elements.map(({ folder }) => `elements/${folder}/define`)].flatMap(name => [`./dist/${name}.js`, `./src/${name}.ts`]),
  './dist/news-widgets.js',
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
  if (text !== wanted) problems.push('package.json exports or sideEffects do not match scripts/elements.mjs: run npm run sync.');
} else if (text !== wanted) {
  await writeFile(packagePath, wanted);
  console.log('package.json: exports and sideEffects written from scripts/elements.mjs');
}
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
