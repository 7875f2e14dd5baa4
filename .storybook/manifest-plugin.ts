// custom-elements.json for Storybook, generated from the elements' JSDoc whenever Storybook or its vitest project
// starts. It is never committed and dist/ may not exist (a fresh clone runs `npm test` before any build), so the
// manifest is served as a virtual module instead of being imported from dist/.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The id stories and preview.ts import the manifest by. */
export const MANIFEST_MODULE = 'virtual:custom-elements-manifest';
const resolvedId = `\0${MANIFEST_MODULE}`;

const root = fileURLToPath(new URL('../', import.meta.url));
// Relative: the analyzer joins its outdir to the working directory. Storybook's own scratch folder, apart from the
// one `npm run sync` uses, so the two can run at once.
const outdir = 'node_modules/.cache/news-widgets-storybook-manifest';

/** Runs the analyzer with the repository's config, exactly as `npm run manifest` does, and returns its manifest. */
function analyze(): string {
  const cli = createRequire(join(root, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
  try {
    const run = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, MANIFEST_OUTDIR: outdir },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`The custom elements manifest analyzer failed:\n${run.stderr || run.stdout}`);
    return readFileSync(join(root, outdir, 'custom-elements.json'), 'utf8');
  } finally {
    rmSync(join(root, outdir), { recursive: true, force: true });
  }
}

/** Serves `virtual:custom-elements-manifest`; in the dev server, an edit to an element's source makes the next load regenerate it. */
export function customElementsManifest(): Plugin {
  return {
    name: 'news-widgets-custom-elements-manifest',
    resolveId: id => (id === MANIFEST_MODULE ? resolvedId : undefined),
    load(id) {
      if (id !== resolvedId) return undefined;
      return `export default ${analyze()};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(join(root, 'src/elements/'))) return;
      const module = server.moduleGraph.getModuleById(resolvedId);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
