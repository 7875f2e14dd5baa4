import { defineConfig, type LibraryOptions, type Plugin, type UserConfig } from 'vite';
import { packageEntries } from './scripts/elements.mjs';
import { minifyCss, notDefinedStylesheet } from './scripts/not-defined-stylesheet.mjs';

// Three builds share this file (`npm run build` runs them in this order):
//  - `vite build`: the npm package in dist/, one module per entry of package.json's exports (see
//    scripts/elements.mjs). lit, @lit/task and dompurify stay imports, so the consumer's bundler and `npm update`
//    decide which copy runs (a DOMPurify fix reaches users without a release of ours);
//  - `vite build --mode cdn`: the folder cdn/, the drop-in cdn/news-widgets.js for a plain <script type="module">
//    with everything inside, and the chunks it fetches on demand beside it;
//  - `vite build --mode bundle`: cdn/news-widgets.bundle.js, the same drop-in as one file with every chunk inlined,
//    for hosts that take a single upload.

/** What the npm build leaves to the consumer: every runtime dependency, at the version their lock file chose. */
const dependencies = [/^lit(\/|$)/, /^@lit\//, /^dompurify$/];

/** Collapses css`...` literals without interpolations: bundlers leave CSS inside JavaScript strings untouched. */
function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_match, cssText: string) => `css\`${minifyCss(cssText)}\``), map: null };
    },
  };
}

/**
 * dist/news-widgets.js was the drop-in before the drop-in moved to cdn/; pages that link it keep working through
 * this one-line module, which the package ships beside cdn/.
 */
function formerDropinPath(): Plugin {
  let enabled = false;
  return {
    name: 'former-drop-in-path',
    apply: 'build',
    // Storybook builds with this file's plugins too, without its library settings.
    configResolved(config) {
      enabled = Boolean(config.build.lib);
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({
        type: 'asset',
        fileName: 'news-widgets.js',
        source: "// The drop-in now lives in cdn/: this path is kept for pages that link it.\nexport * from '../cdn/news-widgets.js';\n",
      });
    },
  };
}

const npmLibrary: LibraryOptions = { entry: packageEntries(), formats: ['es'] };
const dropinLibrary: LibraryOptions = { entry: { 'news-widgets': 'src/define.ts' }, formats: ['es'] };

function build(mode: string): UserConfig['build'] {
  const common = { target: 'es2022' };
  // The drop-in is the end product, minified; library mode leaves the npm build readable for the consumer's bundler.
  const dropinOutput = { minify: true, chunkFileNames: '[name]-[hash].js' };
  if (mode === 'cdn') {
    return { ...common, outDir: 'cdn', emptyOutDir: true, lib: dropinLibrary, rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: dropinOutput } };
  }
  if (mode === 'bundle') {
    return {
      ...common,
      outDir: 'cdn',
      emptyOutDir: false,
      lib: { ...dropinLibrary, entry: { 'news-widgets.bundle': 'src/define.ts' } },
      rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { ...dropinOutput, codeSplitting: false } },
    };
  }
  return { ...common, outDir: 'dist', emptyOutDir: true, lib: npmLibrary, rolldownOptions: { external: dependencies } };
}

export default defineConfig(({ mode }) => ({
  publicDir: false,
  // news-widgets.css, the room of widgets not yet defined, ships beside both drop-ins (cdn/) and in the package (dist/).
  plugins: [minifyCssLiterals(), notDefinedStylesheet(), ...(mode === 'cdn' || mode === 'bundle' ? [] : [formerDropinPath()])],
  build: build(mode),
}));
