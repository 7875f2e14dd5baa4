// renderWidgets in workerd, the runtime of Cloudflare Workers, through miniflare: the server code needs no Node API.
// The Worker is bundled the way a Worker's build does, for a runtime without Node's modules: postcss, which
// sanitize-html loads, asks bundlers in its `browser` field to leave out path, url, fs and source maps and to take
// the browser's picocolors, and so does this bundle.
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES } from './feeds.js';

const root = new URL('../../', import.meta.url).pathname;
let worker: Miniflare;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [`${root}test/server/worker.ts`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    conditions: ['node'],
    mainFields: ['module', 'main'],
    alias: { picocolors: `${root}node_modules/picocolors/picocolors.browser.js` },
    plugins: [
      {
        name: 'leave-out-node-modules',
        setup(bundler) {
          bundler.onResolve({ filter: /^(path|url|fs|source-map-js)$/ }, () => ({ path: 'left-out', namespace: 'left-out' }));
          bundler.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export default {};' }));
        },
      },
    ],
    logLevel: 'silent',
  });
  worker = new Miniflare({ modules: true, script: bundle.outputFiles[0].text, compatibilityDate: '2026-07-01' });
}, 60_000);

afterAll(() => worker?.dispose());

describe('renderWidgets in workerd', () => {
  it('draws all four widgets of the page, in the page language', async () => {
    for (const [lang, words] of [['en', ['overcast', 'Similar news']], ['ru', ['пасмурно', 'Похожие новости']]] as const) {
      const response = await worker.dispatchFetch(`http://news.example/news/?lang=${lang}`);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html.match(/<template shadowrootmode="open">/g)).toHaveLength(4);
      expect(html.match(/ state="[a-z]+"/g)).toEqual(Array(4).fill(' state="ready"'));
      for (const story of STORIES) expect(html).toContain(`href="${story.url}"`);
      for (const word of words) expect(html).toContain(word);
      expect(html).toContain('<script type="application/json" id="news-widgets-data">');
    }
  });
});
