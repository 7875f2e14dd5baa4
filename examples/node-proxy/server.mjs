// The feed proxy of news-widgets on Node 20+ with node:http. Run it with the feeds' hosts and your pages' origins:
//   FEED_HOSTS="news.example, *.feeds.example" PAGE_ORIGINS="https://portal.example" PORT=8787 node server.mjs
// and name it in the widgets: configure({ proxy: 'https://proxy.portal.example/?url={url}' }).
import { createServer } from 'node:http';
import { createFeedProxy } from 'news-widgets/server';
import { nodeListener } from './node-listener.mjs';

/** A comma- or space-separated list of the environment, as an array. */
const list = value => (value ?? '').split(/[\s,]+/).filter(Boolean);

const proxy = createFeedProxy({
  hosts: list(process.env.FEED_HOSTS),
  origins: process.env.PAGE_ORIGINS === '*' ? '*' : list(process.env.PAGE_ORIGINS),
});

const port = Number(process.env.PORT ?? 8787);
createServer(nodeListener(proxy)).listen(port, () => {
  console.log(`Feed proxy on http://localhost:${port}/?url=<address of a feed>`);
});
