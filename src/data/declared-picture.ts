// The pictures RSS items and Atom entries declare in their own elements. Apart from images.ts, which the
// JSON readers share with every list, so that only the chunk that reads XML feeds carries it.
import { dimension, pictureOf } from './images.js';
import type { FeedImage } from './types.js';
import { NS, attribute, attributeNS, childNamed, textOf, type XmlElement } from './xml.js';

// Element names publishers invent for an item's picture (<image>, <thumbnail>, <bigimage>, ...).
const INVENTED = /image|thumb|img|photo|picture/i;

/**
 * The best picture that an RSS item's or Atom entry's elements declare. In order of preference:
 * Media RSS content images, Media RSS thumbnails (both the widest first, also inside media:group and
 * inside a video's media:content), image enclosures (RSS `enclosure`, RDF `enc:enclosure`, Atom
 * `link rel="enclosure"`), then elements publishers invent, where a name promising a big picture wins.
 */
export function declaredPicture(entry: XmlElement, base: string | null): FeedImage | null {
  let best: FeedImage | null = null;
  let bestScore = 0;
  const consider = (element: XmlElement, address: string | null, rank: number) => {
    // Sizes are attributes (Media RSS) or child elements (invented <image><width>).
    const size = (name: string) => dimension(attribute(element, name) ?? textOf(childNamed(element, element.ns, name)));
    const image = pictureOf(address, base, size('width'), size('height'));
    const score = rank * 1e6 + Math.min(image?.width ?? 0, 1e6 - 1);
    if (image && score > bestScore) [best, bestScore] = [image, score];
  };
  const visit = (parent: XmlElement) => {
    for (const child of parent.children) {
      const name = child.name;
      const url = attribute(child, 'url') ?? attribute(child, 'href') ?? attribute(child, 'resource') ?? attributeNS(child, NS.rdf, 'resource');
      const imageType = !!url && (attribute(child, 'type') ?? attribute(child, 'medium') ?? url).search(/^image|\.(jpe?g|png|gif|webp|avif)([?#]|$)/i) >= 0;
      if (child.ns === NS.media) {
        // Some feeds write a thumbnail's address as its text instead of its url attribute.
        if (name === 'thumbnail') consider(child, url ?? textOf(child), 4);
        else if (name === 'content' && imageType) consider(child, url, 5);
        // A group holds alternatives, and a video's content element may hold its own thumbnail.
        if (name === 'group' || name === 'content') visit(child);
      } else if (name === 'enclosure' || (name === 'link' && attribute(child, 'rel') === 'enclosure')) {
        if (imageType) consider(child, url, 3);
      } else if (parent === entry && INVENTED.test(name)) {
        const address = textOf(childNamed(child, child.ns, 'url')) || url || attribute(child, 'src') || (child.children.length ? '' : textOf(child));
        consider(child, address, /big|large|full|orig/i.test(name) ? 2 : /small|thumb|mini/i.test(name) ? 0.5 : 1);
      }
    }
  };
  visit(entry);
  return best;
}
