import { expect } from '@esm-bundle/chai';
import 'axe-core';
import { http, HttpResponse } from 'msw';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import '../../src/elements/news-list/define.js';
import '../../src/elements/related-news/define.js';
import { storyFeed } from './list-fixtures.js';
import { mount, startWorker, until, untilState } from './support.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
const axe = (globalThis as unknown as { axe: { run(context: Element, options?: object): Promise<AxeResult> } }).axe;

const FEED = '/test-feeds/a11y.json';
const LAYOUTS = ['list', 'grid', 'compact', 'ticker', 'magazine', 'carousel'];

const { worker } = startWorker(url => url.pathname.startsWith('/test-feeds/'));

async function expectNoViolations(element: Element): Promise<void> {
  const { violations } = await axe.run(element, { resultTypes: ['violations'] });
  expect(violations.map(violation => `${violation.id}: ${violation.help} (${violation.nodes.map(node => JSON.stringify(node.target)).join(', ')})`)).to.deep.equal([]);
}

describe('lists pass axe-core', () => {
  it('(control) axe sees violations inside a shadow root and in dark colours', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      host.attachShadow({ mode: 'open' }).innerHTML = '<ul><li><img src="/demo/public/images/tram.svg"></li></ul><p style="color:#333;background:#222">Dim</p>';
      const { violations } = await axe.run(host, { resultTypes: ['violations'] });
      expect(violations.map(violation => violation.id).sort()).to.deep.equal(['color-contrast', 'image-alt']);
    } finally {
      host.remove();
    }
  });

  for (const tag of ['news-list', 'related-news'] as const) {
    for (const layout of LAYOUTS) {
      for (const theme of ['light', 'dark']) {
        it(`${tag} layout="${layout}" theme="${theme}": loading and ready`, async () => {
          let answer!: () => void;
          const answered = new Promise<void>(resolve => (answer = resolve));
          worker.use(http.get(FEED, async () => {
            await answered;
            return HttpResponse.json(storyFeed(5, { pictured: index => index !== 1 }));
          }));
          const element = mount(tag, { src: FEED, layout, theme, limit: '5', heading: 'Latest news' });
          await element.updateComplete;
          await expectNoViolations(element);
          answer();
          await untilState(element, 'ready');
          await expectNoViolations(element);
        });
      }
    }
  }

  for (const theme of ['light', 'dark']) {
    it(`error and empty states (theme="${theme}")`, async () => {
      worker.use(http.get(FEED, () => new HttpResponse(null, { status: 500 })));
      worker.use(http.get('/test-feeds/empty.json', () => HttpResponse.json({ version: 'https://jsonfeed.org/version/1.1', items: [] })));
      const failed = mount('news-list', { src: FEED, theme });
      const empty = mount('news-list', { src: '/test-feeds/empty.json', theme });
      const unset = mount('related-news', { theme });
      await Promise.all([untilState(failed, 'error'), untilState(empty, 'empty'), untilState(unset, 'error')]);
      for (const element of [failed, empty, unset]) await expectNoViolations(element);
    });
  }

  it('stale data with new stories waiting behind their button', async () => {
    const pageClient = getClient();
    setClient(new NewsClient({ retries: 0 }));
    try {
      worker.use(http.get(FEED, () => HttpResponse.json(storyFeed(3))));
      const list = mount('news-list', { src: FEED });
      await untilState(list, 'ready');
      const newer = storyFeed(4) as { items: { id: string }[] };
      newer.items[3].id = 'fresh';
      worker.use(http.get(FEED, () => HttpResponse.json({ ...newer, items: [newer.items[3], ...newer.items.slice(0, 3)] })));
      await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' });
      await until(list, () => list.shadowRoot!.querySelector('[part="new-stories"]') !== null, () => 'expected the new-stories button');
      await expectNoViolations(list);
      worker.use(http.get(FEED, () => new HttpResponse(null, { status: 503 })));
      await getClient().get(FEED, parseJsonFeed, { cache: 'no-cache' }).catch(() => {});
      await until(list, () => list.hasAttribute('stale'), () => 'expected stale');
      await expectNoViolations(list);
    } finally {
      getClient().clear();
      setClient(pageClient);
    }
  });
});
