import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import { longWordsFeed } from '../../stories/fixtures/long-words.js';
import { PICTURE, storyFeed } from './list-fixtures.js';
import { mount, nextFrames, startWorker, untilState } from './support.js';

// The page of the contract: a heading, the widget, and text under it; the feed answers once the skeleton is drawn.
const FEED = '/test-feeds/slow-stories.json';

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));


for (const tag of ['news-list', 'related-news'] as const) {
  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    it(`${tag} layout="${layout}" shifts nothing on the page when its feed arrives after the skeleton is drawn`, async () => {
      let answer!: () => void;
      const answered = new Promise<void>(resolve => (answer = resolve));
      // Six stories, some without pictures; related-news leaves none out (no canonical link matches).
      worker.use(http.get(FEED, async () => {
        await answered;
        return HttpResponse.json(storyFeed(6, { pictured: index => index % 3 !== 2 }));
      }));
      const page = document.createElement('article');
      page.style.width = '720px';
      page.innerHTML = '<h1>Front page</h1>';
      const widget = mount(tag, { src: FEED, layout, limit: '6', lang: 'ru' }, page);
      const after = document.createElement('p');
      after.textContent = 'Text under the widget, which must not move.';
      page.append(after);
      await widget.updateComplete;
      await nextFrames();
      const shifts: number[] = [];
      const observer = new PerformanceObserver(entries => {
        for (const entry of entries.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
      });
      observer.observe({ type: 'layout-shift' });
      const top = after.getBoundingClientRect().top;
      answer();
      await untilState(widget, 'ready');
      await Promise.all([...widget.shadowRoot!.querySelectorAll('img')].map(image => image.decode().catch(() => {})));
      await nextFrames();
      observer.disconnect();
      expect(after.getBoundingClientRect().top).to.equal(top);
      expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
    });
  }
}

// Stories take their natural height, so what arrives may be shorter or taller than the skeleton's typical rows: the
// element keeps the skeleton's height while the reader sees the list, and the skeleton is typical enough that long
// titles move what follows by little. The contract's bound: a layout-shift score of at most 0.02 per widget, with the
// text under the widget in view.
const LONG_FEED = '/test-feeds/slow-long-words.json';
const shiftFigures: string[] = [];

// A window tall enough that the text under three cards of the grid is in view.
before(() => setViewport({ width: 1280, height: 1200 }));

after(async () => {
  await setViewport({ width: 800, height: 600 });
  // eslint-disable-next-line no-console -- the figures the contract's bound is checked against
  console.log(`layout shift when stories arrive (720 px page, 3 stories):\n${shiftFigures.join('\n')}`);
});

for (const tag of ['news-list', 'related-news'] as const) {
  for (const layout of ['list', 'grid', 'compact', 'ticker']) {
    for (const language of ['en', 'ru', 'uz'] as const) {
      for (const titles of ['short', 'long'] as const) {
        it(`${tag} layout="${layout}" in ${language} with ${titles} titles moves the text under it by a layout-shift score of at most 0.02`, async () => {
          let answer!: () => void;
          const answered = new Promise<void>(resolve => (answer = resolve));
          worker.use(http.get(LONG_FEED, async () => {
            await answered;
            return HttpResponse.json(longWordsFeed(language, 3, PICTURE, { titles }));
          }));
          const page = document.createElement('article');
          page.style.width = '720px';
          page.innerHTML = '<h1>Front page</h1>';
          const widget = mount(tag, { src: LONG_FEED, layout, limit: '3', lang: language }, page);
          const after = document.createElement('p');
          after.textContent = 'Text under the widget, in view, which must not move by much. '.repeat(8);
          page.append(after);
          await widget.updateComplete;
          await nextFrames();
          expect(after.getBoundingClientRect().top, 'the text under the widget is in view').to.be.below(innerHeight);
          const shifts: number[] = [];
          const observer = new PerformanceObserver(entries => {
            for (const entry of entries.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
          });
          observer.observe({ type: 'layout-shift' });
          answer();
          await untilState(widget, 'ready');
          await Promise.all([...widget.shadowRoot!.querySelectorAll('img')].map(image => image.decode().catch(() => {})));
          await nextFrames();
          observer.disconnect();
          const score = shifts.reduce((sum, value) => sum + value, 0);
          shiftFigures.push(`${tag}\t${layout}\t${language}\t${titles}\t${score.toFixed(4)}`);
          expect(score).to.be.at.most(0.02);
        });
      }
    }
  }
}
