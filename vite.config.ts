import { defineConfig, type LibraryOptions, type Plugin } from 'vite';
import { packageEntries } from './scripts/elements.mjs';
import { notDefinedStylesheet } from './scripts/not-defined-stylesheet.mjs';

// Two builds share this file:
//  - `vite build`: the npm package, one module per entry of package.json's exports (see scripts/elements.mjs),
//    lit left to the consumer's bundler;
//  - `vite build --mode dropin`: dist/news-widgets.js for a plain <script type="module">, lit inside.
const packageLibrary: LibraryOptions = {
  entry: packageEntries(),
  formats: ['es'],
};

const dropinLibrary: LibraryOptions = {
  entry: { 'news-widgets': 'src/define.ts' },
  formats: ['es'],
};

/** Collapses css`...` literals without interpolations: bundlers leave CSS inside JavaScript strings untouched. */
function minifyCssLiterals(): Plugin {
  const minify = (cssText: string) =>
    cssText
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !id.endsWith('.ts') || !code.includes('css`')) return null;
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_match, cssText: string) => `css\`${minify(cssText)}\``), map: null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const dropin = mode === 'dropin';
  return {
    publicDir: false,
    plugins: [minifyCssLiterals(), notDefinedStylesheet()],
    build: {
      target: 'es2022',
      emptyOutDir: !dropin,
      lib: dropin ? dropinLibrary : packageLibrary,
      // Library mode leaves ES output readable for the consumer's bundler; the drop-in is the end product.
      rolldownOptions: dropin ? { preserveEntrySignatures: 'allow-extension', output: { minify: true } } : { external: [/^lit(\/|$)/, /^@lit\//] },
    },
  };
});
