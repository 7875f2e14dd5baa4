import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import '../../src/elements/news-list/define.js';
import type { Chooser } from '../../src/elements/news-list/feed-list.js';
import { NewsList } from '../../src/elements/news-list/news-list.js';
import { storyFeed } from './list-fixtures.js';
import { mount, startWorker, untilState } from './support.js';

const FEED = '/test-feeds/cost.json';

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

/** A news-list that counts how often it selects the stories to show from its feed. */
class CountingList extends NewsList {
  selections = 0;

  protected override async chooser(): Promise<Chooser> {
    const choose = await super.chooser();
    return feed => {
      this.selections++;
      return choose(feed);
    };
  }
}
customElements.define('counting-news-list', CountingList);

declare global {
  interface HTMLElementTagNameMap {
    'counting-news-list': CountingList;
  }
}

async function selectionsFor(count: number): Promise<number> {
  worker.use(http.get(FEED, () => HttpResponse.json(storyFeed(count))));
  const list = mount('counting-news-list', { src: FEED, limit: String(count) });
  await untilState(list, 'ready');
  await list.updateComplete;
  expect(list.shadowRoot!.querySelectorAll('.items > .item')).to.have.length(count);
  return list.selections;
}

describe('<news-list> drawing many stories', () => {
  // Selecting walks the whole feed: doing it once per row made drawing a long list quadratic.
  it('selects its stories as often for 100 rows as for 10', async () => {
    const few = await selectionsFor(10);
    expect(await selectionsFor(100)).to.equal(few);
  });
});
