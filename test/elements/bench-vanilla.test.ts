// The benchmark's yardstick is only fair if it draws what news-list draws: same elements, attributes and text.
import { expect } from '@esm-bundle/chai';
import { getClient, NewsClient, setClient } from '../../src/data/client.js';
import { feedParser } from '../../src/data/parse-feed.js';
import type { Feed } from '../../src/data/types.js';
import '../../src/elements/news-list/define.js';
import { MemoryServer, ORIGIN } from '../../bench/elements/memory-server.js';
import { storyFeed } from '../../bench/elements/stories.js';
import { VanillaNewsList } from '../../bench/elements/vanilla-list.js';
import { mount, untilState } from './support.js';

/** Elements with their attributes in order of name, and text that is not only white space; no comments. */
function markup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent!.trim() ? node.textContent! : '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const children = [...node.childNodes].map(markup).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const element = node as Element;
  const attributes = [...element.attributes].sort((a, b) => a.name.localeCompare(b.name)).map(({ name, value }) => ` ${name}="${value}"`);
  return `<${element.localName}${attributes.join('')}>${children}</${element.localName}>`;
}

const pageClient = getClient();
afterEach(() => setClient(pageClient));

describe('the vanilla list of the benchmark', () => {
  it('draws the same skeleton and the same stories as news-list', async () => {
    const server = new MemoryServer();
    const feed = storyFeed(5);
    // One story without a picture, one without a category, one without a summary: every branch of the markup.
    Object.assign(feed.items[1], { image: undefined });
    Object.assign(feed.items[2], { _news: {} });
    Object.assign(feed.items[3], { summary: '' });
    server.answer('/stories.json', feed);
    server.hold('/waiting.json');
    setClient(new NewsClient({ fetch: server.fetch, retries: 0 }));
    const list = mount('news-list', { src: `${ORIGIN}/waiting.json`, limit: '5' });
    const vanilla = new VanillaNewsList();
    vanilla.limit = 5;
    document.body.append(vanilla);
    try {
      await list.updateComplete;
      expect(markup(vanilla.shadowRoot!)).to.equal(markup(list.shadowRoot!));
      list.src = `${ORIGIN}/stories.json`;
      await untilState(list, 'ready');
      vanilla.feed = (await getClient().get(`${ORIGIN}/stories.json`, feedParser('auto'))) as Feed;
      expect(markup(vanilla.shadowRoot!)).to.contain('<li class="item" data-index="4" part="item">');
      expect(markup(vanilla.shadowRoot!)).to.equal(markup(list.shadowRoot!));
    } finally {
      vanilla.remove();
    }
  });
});
