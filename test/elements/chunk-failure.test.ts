// A chunk that does not arrive (offline, a deploy under way) is a failure like a failed request: the element shows
// its error with a retry, fires news-error, and the retry fetches the chunk again. Each test here runs before
// anything on the page loaded the chunk it breaks, so the order of the tests matters.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { FeedError } from '../../src/data/errors.js';
import type { NewsErrorDetail } from '../../src/elements/shared/news-element.js';
import { SUBJECTS, watchTroubles } from './subjects.js';
import { mount, startWorker, untilState } from './support.js';

const { worker } = startWorker(() => false);

/** The module each element fetches on demand, as the test server serves it. */
const CHUNKS: Record<string, string> = {
  'news-list': '/src/elements/news-list/list-chunk.ts',
  'related-news': '/src/elements/related-news/related-items.ts',
  'news-article': '/src/elements/news-article/article-chunk.ts',
  'weather-badge': '/src/elements/weather-badge/weather-chunk.ts',
};

describe('a chunk that fails to load', () => {
  for (const subject of SUBJECTS) {
    it(`leaves ${subject.tag} in its error state with a retry that loads the chunk again`, async () => {
      const src = `/chunk-sources/${subject.tag}.json`;
      let chunkFails = true;
      worker.use(
        http.get(src, () => HttpResponse.json(subject.good)),
        http.get(CHUNKS[subject.tag], () => (chunkFails ? HttpResponse.error() : undefined)),
      );
      const troubles = watchTroubles();
      const errors: FeedError[] = [];
      const element = mount(subject.tag, { ...subject.attributes, src });
      element.addEventListener('news-error', event => errors.push((event as CustomEvent<NewsErrorDetail>).detail.error as FeedError));
      await untilState(element, 'error');
      expect(errors.map(error => error.kind)).to.deep.equal(['network']);
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
      expect(retry, 'the retry button').to.not.equal(null);
      chunkFails = false;
      retry!.click();
      await untilState(element, 'ready');
      expect(subject.shows(element)).to.equal(subject.showing);
      expect(troubles.stop()).to.deep.equal([]);
    });
  }
});
