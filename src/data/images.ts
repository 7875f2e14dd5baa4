// Choosing the one picture that illustrates an item. Feeds offer many candidates, and many of them are
// not pictures of the story: tracking pixels, share buttons, forum icons, ad beacons.
import { hasDom, inertDocument } from './dom.js';
import type { FeedImage } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, childNamed, textOf } from './xml.js';

// Words that mark an address as page furniture or tracking rather than a story's picture, matched as
// whole words of the URL (host or path).
const NOT_A_PICTURE =
  /(?:^|[\W_])(?:icons?|skins?|emoji|smil(?:ey|ies)|spacer|blank|pixel|beacon|1x1|stats?|tracking|feedburner|feedsportal|pheedo|doubleclick|bluekai|adsrvr|scorecardresearch|gravatar)(?:[\W_]|$)/i;

// Element names publishers invent for an item's picture (<image>, <thumbnail>, <bigimage>, ...).
const INVENTED = /image|thumb|img|photo|picture/i;

/** A dimension from an attribute or element: a whole number, else undefined. */
function dimension(value: string | null | undefined): number | undefined {
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
 * The best picture that an RSS item's or Atom entry's elements declare. In order of preference:
 * Media RSS content images, Media RSS thumbnails (both the widest first, also inside media:group and
 * inside a video's media:content), image enclosures (RSS `enclosure`, RDF `enc:enclosure`, Atom
 * `link rel="enclosure"`), then elements publishers invent, where a name promising a big picture wins.
 */
export function declaredPicture(entry: Element, base: string | null): FeedImage | null {
  let best: FeedImage | null = null;
  let bestScore = 0;
  const consider = (element: Element, address: string | null, rank: number) => {
    // Sizes are attributes (Media RSS) or child elements (invented <image><width>).
    const size = (name: string) => dimension(element.getAttribute(name) ?? textOf(childNamed(element, element.namespaceURI, name)));
    const image = pictureOf(address, base, size('width'), size('height'));
    const score = rank * 1e6 + Math.min(image?.width ?? 0, 1e6 - 1);
    if (image && score > bestScore) [best, bestScore] = [image, score];
  };
  const visit = (parent: Element) => {
    for (const child of parent.children) {
      const name = child.localName;
      const url = child.getAttribute('url') ?? child.getAttribute('href') ?? child.getAttribute('resource') ?? child.getAttributeNS(NS.rdf, 'resource');
      const imageType = !!url && (child.getAttribute('type') ?? child.getAttribute('medium') ?? url).search(/^image|\.(jpe?g|png|gif|webp|avif)([?#]|$)/i) >= 0;
      if (child.namespaceURI === NS.media) {
        if (name === 'thumbnail' || (name === 'content' && imageType)) consider(child, url, name === 'content' ? 5 : 4);
        // A group holds alternatives, and a video's content element may hold its own thumbnail.
        if (name === 'group' || name === 'content') visit(child);
      } else if (name === 'enclosure' || (name === 'link' && child.getAttribute('rel') === 'enclosure')) {
        if (imageType) consider(child, url, 3);
      } else if (parent === entry && INVENTED.test(name)) {
        const address = textOf(childNamed(child, child.namespaceURI, 'url')) || url || child.getAttribute('src') || (child.childElementCount ? '' : textOf(child));
        consider(child, address, /big|large|full|orig/i.test(name) ? 2 : /small|thumb|mini/i.test(name) ? 0.5 : 1);
      }
    }
  };
  visit(entry);
  return best;
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
