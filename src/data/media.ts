// Pictures declared by elements of an RSS item or Atom entry, ranked the same way for both formats:
// Media RSS content images (largest first), Media RSS thumbnails, image enclosures, then elements that
// publishers invent (<image>, <thumbnail>, <bigimage>, ...).
import { dimension, largest, looksLikeImageFile, pictureOf } from './images.js';
import type { FeedImage } from './types.js';
import { NS, childNamed, textOf } from './xml.js';

const INVENTED_IMAGE = /image|thumb|img|photo|picture/i;
const BIGGER = /big|large|full|orig/i;
const SMALLER = /small|thumb|mini|icon/i;

/** Collects the pictures an entry's elements declare and picks the best one. */
export class DeclaredPictures {
  #media: FeedImage[] = [];
  #thumbnails: FeedImage[] = [];
  #enclosures: FeedImage[] = [];
  #invented: { image: FeedImage; rank: number }[] = [];
  #base: string | null;

  /** `base` is the URL that relative addresses in the entry resolve against. */
  constructor(base: string | null) {
    this.#base = base;
  }

  /** Reads a media:content, media:thumbnail or media:group element. */
  media(element: Element): void {
    const width = dimension(element.getAttribute('width'));
    const height = dimension(element.getAttribute('height'));
    const url = element.getAttribute('url');
    if (element.localName === 'thumbnail') {
      this.#add(this.#thumbnails, pictureOf(url, this.#base, width, height));
    } else if (element.localName === 'content' && url) {
      const medium = element.getAttribute('medium');
      const type = element.getAttribute('type');
      if (medium === 'image' || type?.startsWith('image/') || (!medium && !type && looksLikeImageFile(url))) {
        this.#add(this.#media, pictureOf(url, this.#base, width, height));
      }
    }
    // A group holds alternatives, and a content element may hold its own thumbnail (video feeds).
    if (element.localName === 'group' || element.localName === 'content') {
      for (const child of element.children) if (child.namespaceURI === NS.media) this.media(child);
    }
  }

  /** Reads an RSS enclosure (`url`, or RDF's `resource`) or an Atom `link rel="enclosure"` (`href`). */
  enclosure(element: Element): void {
    const url = element.getAttribute('url') ?? element.getAttribute('href') ?? element.getAttribute('resource') ?? element.getAttributeNS(NS.rdf, 'resource');
    const type = element.getAttribute('type');
    if (url && (type ? type.startsWith('image/') : looksLikeImageFile(url))) this.#add(this.#enclosures, pictureOf(url, this.#base));
  }

  /**
   * Reads an element the format does not define, if its name says it is a picture: the address is its
   * text, its `url` child (with `width`/`height` children) or its url/src/href attribute. Names that
   * promise a bigger picture win over plain ones, which win over thumbnails.
   */
  invented(element: Element): void {
    const name = element.localName;
    if (!INVENTED_IMAGE.test(name)) return;
    const urlChild = childNamed(element, element.namespaceURI, 'url');
    const address = urlChild
      ? textOf(urlChild)
      : (element.getAttribute('url') ?? element.getAttribute('src') ?? element.getAttribute('href') ?? (element.childElementCount ? '' : textOf(element)));
    const width = dimension(textOf(childNamed(element, element.namespaceURI, 'width')) || element.getAttribute('width'));
    const height = dimension(textOf(childNamed(element, element.namespaceURI, 'height')) || element.getAttribute('height'));
    const image = pictureOf(address, this.#base, width, height);
    if (image) this.#invented.push({ image, rank: BIGGER.test(name) ? 2 : SMALLER.test(name) ? 0 : 1 });
  }

  /** The best declared picture, or null. */
  best(): FeedImage | null {
    const invented = this.#invented.reduce<{ image: FeedImage; rank: number } | null>((best, next) => (!best || next.rank > best.rank ? next : best), null);
    return largest(this.#media) ?? largest(this.#thumbnails) ?? this.#enclosures[0] ?? invented?.image ?? null;
  }

  #add(list: FeedImage[], image: FeedImage | null): void {
    if (image) list.push(image);
  }
}
