// The pictures RSS items and Atom entries declare in their own elements. Apart from images.ts, which the
// JSON readers share with every list, so that only the chunk that reads XML feeds carries it.
import { dimension, pictureOf } from './images.js';
import type { FeedImage } from './types.js';
import { NS, childNamed, textOf } from './xml.js';

// Element names publishers invent for an item's picture (<image>, <thumbnail>, <bigimage>, ...).
const INVENTED = /image|thumb|img|photo|picture/i;

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
