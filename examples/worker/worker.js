// A Cloudflare Worker that serves the feed proxy of news-widgets at /feed?url=<address of a feed>. Its settings
// come from wrangler.toml's [vars]; `npx wrangler dev` runs it on your machine, `npx wrangler deploy` at the edge.
import { createFeedProxy } from 'news-widgets/server';

/** A comma- or space-separated list of wrangler.toml, as an array. */
const list = value => (value ?? '').split(/[\s,]+/).filter(Boolean);

/** A number of wrangler.toml, or undefined for the proxy's default. */
const number = value => (value ? Number(value) : undefined);

/** The proxy, made on the first request (a Worker sees its env only then) and kept for the isolate's life. */
let proxy;

export default {
  /**
   * @param {Request} request
   * @param {{ FEED_HOSTS: string, PAGE_ORIGINS?: string, FEED_MAX_BYTES?: string, FEED_TIMEOUT?: string }} env
   */
  async fetch(request, env) {
    const { pathname } = new URL(request.url);
    if (pathname === '/feed') {
      proxy ??= createFeedProxy({
        hosts: list(env.FEED_HOSTS),
        origins: env.PAGE_ORIGINS === '*' ? '*' : list(env.PAGE_ORIGINS),
        maxBytes: number(env.FEED_MAX_BYTES),
        timeout: number(env.FEED_TIMEOUT),
      });
      return proxy(request);
    }
    // The server-rendered page (renderWidgets from news-widgets/server) is served from here, its feeds read
    // through the proxy above: see docs/server.md.
    return new Response('Not found: the feed proxy answers at /feed?url=<address of a feed>.\n', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  },
};
