import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-article/define.js';
import type { NewsArticle } from '../../src/elements/news-article/news-article.js';
import { mount, nextFrames, startWorker, untilState } from './support.js';

// An article's skeleton reserves one screen: the page's text under the article starts below the fold, and the
// article growing to its length moves nothing the reader sees. The articles are the demo's, in its three languages.

const { worker } = startWorker(() => false);

for (const [width, height] of [
  [1280, 800],
  [390, 844],
]) {
  for (const language of ['en', 'ru', 'uz']) {
    for (const hideImage of [false, true]) {
      it(`moves nothing a reader sees when the ${language} article arrives after its skeleton, at ${width}x${height}${hideImage ? ', without its picture' : ''}`, async () => {
        await setViewport({ width, height });
        const sample = await (await fetch(`/demo/public${language === 'en' ? '' : `/${language}`}/api/articles/131.json`)).json();
        let answer!: () => void;
        const answered = new Promise<void>(resolve => (answer = resolve));
        worker.use(
          http.get('/shift/article.json', async () => {
            await answered;
            return HttpResponse.json(sample);
          }),
          http.get('/images/:name', async ({ params }) => new HttpResponse(await (await fetch(`/demo/public/images/${params.name}`)).blob(), { headers: { 'Content-Type': 'image/svg+xml' } })),
        );
        const page = document.createElement('div');
        page.innerHTML = '<h1>The Riverside Courier</h1>';
        const article = mount('news-article', { src: '/shift/article.json', lang: language, ...(hideImage ? { 'hide-image': '' } : {}) }, page) as NewsArticle;
        const below = document.createElement('p');
        below.textContent = 'Text under the article, which the reader must not see move.';
        page.append(below);
        await article.updateComplete;
        await nextFrames();
        const shifts: number[] = [];
        const observer = new PerformanceObserver(entries => {
          for (const entry of entries.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
        });
        observer.observe({ type: 'layout-shift' });
        answer();
        await untilState(article, 'ready');
        await Promise.all([...article.shadowRoot!.querySelectorAll('img')].map(image => image.decode().catch(() => {})));
        await nextFrames();
        observer.disconnect();
        expect(below.getBoundingClientRect().top, 'the text under the article starts below the fold').to.be.greaterThan(height);
        expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
      });
    }
  }
}
