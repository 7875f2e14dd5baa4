// renderWidgets in workerd, the runtime of Cloudflare Workers, through miniflare: the server code needs no Node API.
// The Worker is bundled as a Worker's build does (worker-build.ts).
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES } from './feeds.js';
import { buildWorker } from './worker-build.js';

let worker: Miniflare;

beforeAll(async () => {
  const script = await buildWorker(new URL('worker.ts', import.meta.url).pathname);
  worker = new Miniflare({ modules: true, script, compatibilityDate: '2026-07-01' });
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
