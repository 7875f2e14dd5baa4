import { FeedError } from './errors.js';

/**
 * The address the client knows a feed by, and so the key of its dedup, cache, store and subscriptions: `src`
 * resolved against the page, `http:` or `https:` only, without the fragment (it is never sent, so "#top" is
 * the same request). The query is kept as written, since servers may care about the order of its parameters.
 */
export function feedAddress(src: string): string {
  // A blank address resolves to the page itself, which is never a feed.
  if (!src.trim()) throw new FeedError('config', 'An empty address is not a feed address.', { url: src });
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    throw new FeedError('config', `"${src}" is not a valid feed address.`, { url: src });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('config', `"${src}" is not an http or https address.`, { url: src });
  }
  url.hash = '';
  return url.href;
}

/** Checks a proxy template: it must hold `{url}` and make an http or https address. */
export function checkProxy(template: string): void {
  if (!template.includes('{url}')) {
    throw new FeedError('config', `The proxy "${template}" has no {url} placeholder for the feed address.`);
  }
  feedAddress(template.replaceAll('{url}', 'x'));
}

/** The address to fetch for `address`: itself, or `template` with every `{url}` replaced by the encoded address. */
export function proxied(address: string, template: string): string {
  return template ? feedAddress(template.replaceAll('{url}', encodeURIComponent(address))) : address;
}

/**
 * True when a request to `target` may carry `If-None-Match` / `If-Modified-Since`. Those headers are not
 * CORS-safelisted: cross-origin they would add a preflight that most feed servers refuse. There the browser's own
 * HTTP cache revalidates instead.
 */
export function mayValidate(target: string): boolean {
  const origin = (globalThis as { location?: Location }).location?.origin;
  // Without a location (Node) there is no CORS; an opaque origin ("null") makes every request cross-origin.
  return !origin || (origin !== 'null' && new URL(target).origin === origin);
}
