import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import { storyFeed } from './list-fixtures.js';
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
