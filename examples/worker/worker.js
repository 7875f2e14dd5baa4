// A Cloudflare Worker with the two halves of news-widgets/server: the feed proxy at /feed?url=<address of a feed>,
// and at / a page whose headlines are drawn on the server (renderWidgets), their feed read through that same proxy
// inside the Worker, so a portal's page and its proxy share one cache. Settings come from wrangler.toml's [vars];
// `npx wrangler dev` runs it on your machine, `npx wrangler deploy` at the edge.
import { createFeedProxy, renderWidgets } from 'news-widgets/server';

/** A comma- or space-separated list of wrangler.toml, as an array. */
const list = value => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** A number of wrangler.toml, or undefined for the proxy's default. */
const number = value => (value ? Number(value) : undefined);

/** The proxy, made on the first request (a Worker sees its env only then) and kept for the isolate's life. */
let proxy;

/** The page's markup as a site owner writes it; the drop-in (DROP_IN) takes the widgets over in the browser. */
const page = (feed, dropIn) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Headlines</title>
    <script type="module" src="${dropIn}"></script>
  </head>
  <body>
    <news-list src="/feed?url=${encodeURIComponent(feed)}" limit="8" heading="Headlines"></news-list>
  </body>
</html>
`;

export default {
  /**
   * @param {Request} request
   * @param {{ FEED_HOSTS: string, PAGE_ORIGINS?: string, FEED_MAX_BYTES?: string, FEED_TIMEOUT?: string, PAGE_FEED?: string, DROP_IN?: string }} env
   */
  async fetch(request, env) {
    const url = new URL(request.url);
    proxy ??= createFeedProxy({
      hosts: list(env.FEED_HOSTS),
      origins: env.PAGE_ORIGINS === '*' ? '*' : list(env.PAGE_ORIGINS),
      maxBytes: number(env.FEED_MAX_BYTES),
      timeout: number(env.FEED_TIMEOUT),
    });
    if (url.pathname === '/feed') return proxy(request);
    if (url.pathname === '/' && env.PAGE_FEED) {
      // The page's widgets read their feeds from the proxy above, called in place: no request leaves the Worker
      // for them, and they meet the same allow-list, limits and cache as the readers' browsers do.
      const throughProxy = (input, init) => proxy(new Request(new URL(String(input), url), init));
      const html = await renderWidgets(page(env.PAGE_FEED, env.DROP_IN ?? '/cdn/news-widgets.js'), { baseUrl: url.href, fetch: throughProxy });
      return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    return new Response('Not found: the feed proxy answers at /feed?url=<address of a feed>.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  },
};
