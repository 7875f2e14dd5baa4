// Choosing the one picture that illustrates an item. Feeds offer many candidates, and many of them are
// not pictures of the story: tracking pixels, share buttons, forum icons, ad beacons.
import { hasDom, inertDocument } from './dom.js';
import type { FeedImage } from './types.js';
import { safeHttpUrl } from './url.js';

// Words that mark an address as page furniture or tracking rather than a story's picture, matched as
// whole words of the URL (host or path).
const NOT_A_PICTURE =
  /(?:^|[\W_])(?:icons?|skins?|emoji|smil(?:ey|ies)|spacer|blank|pixel|beacon|1x1|stats?|tracking|feedburner|feedsportal|pheedo|doubleclick|bluekai|adsrvr|scorecardresearch|gravatar)(?:[\W_]|$)/i;

/** A dimension from an attribute or element: a whole number, else undefined. */
export function dimension(value: string | null | undefined): number | undefined {
  const number = value?.trim() ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 ? number : undefined;
}

/**
 * Makes an image from a candidate address, or null when it is not an http(s) URL or looks like a pixel,
 * a beacon or an icon. Width, height and alt are kept when the source gives them.
 */
export function pictureOf(src: unknown, base: string | null, width?: number, height?: number, alt?: string): FeedImage | null {
  const url = safeHttpUrl(src, base);
  if (!url || NOT_A_PICTURE.test(url)) return null;
  // Tracking pixels are 1x1 (or 0x0); share buttons and icons are a few dozen pixels square.
  if ((width ?? 3) < 3 || (height ?? 3) < 3 || ((width ?? 40) < 40 && (height ?? 40) < 40)) return null;
  return { url, ...(width && { width }), ...(height && { height }), ...(alt && { alt }) };
}

/**
 * The first meaningful picture in an HTML fragment, read with an inert HTML document (nothing in it runs
 * or loads). Lazy-loading markup often keeps the real address in `data-src`, so that is tried too.
 * Needs a DOM; in Node this finds nothing.
 */
export function pictureInHtml(html: string, base: string | null): FeedImage | null {
  if (!hasDom() || !/<img\b/i.test(html)) return null;
  for (const img of inertDocument(html, 'text/html').images) {
    if (/display\s*:\s*none/i.test(img.getAttribute('style') ?? '')) continue;
    const width = dimension(img.getAttribute('width'));
    const height = dimension(img.getAttribute('height'));
    const picture = pictureOf(img.getAttribute('src'), base, width, height, img.alt.trim()) ?? pictureOf(img.dataset.src, base, width, height, img.alt.trim());
    if (picture) return picture;
  }
  return null;
}
