// Choosing the one picture that illustrates an item. Feeds offer many candidates, and many of them are
// not pictures of the story: tracking pixels, share buttons, forum icons, ad beacons.
import type { FeedImage } from './types.js';
import { safeHttpUrl } from './url.js';
import { readAttributes } from './xml.js';
import { BEACON_WORDS, wholeWords } from './beacon.js';

export { BEACON } from './beacon.js';


// Page furniture besides: not a story's picture, though an article's text may show one inline.
const NOT_A_PICTURE = wholeWords(`icons?|skins?|emoji|smil(?:ey|ies)|gravatar|${BEACON_WORDS}`);

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

// What to step over on the way to an image: comments, and the raw text of scripts and styles, which a browser
// never reads as tags either.
const SKIP_OR_IMAGE = /<!--|<(script|style)\b|<img(?=[\s/>])/gi;
const RAW_TEXT_END = /<\/(?:script|style)/gi;
/** The most <img> tags looked at in one fragment: past that, a fragment is a gallery or an attack. */
const MAX_IMAGES = 50;

/**
 * The first meaningful picture in an HTML fragment, found by reading its `<img>` tags as text: nothing is parsed
 * into a document, so nothing in it runs or loads. Lazy-loading markup often keeps the real address in
 * `data-src`, so that is tried too.
 */
export function pictureInHtml(html: string, base: string | null): FeedImage | null {
  // Most fragments have no picture at all: one quick look for one, before reading tags.
  if (!/<img/i.test(html)) return null;
  SKIP_OR_IMAGE.lastIndex = 0;
  let images = 0;
  for (let found = SKIP_OR_IMAGE.exec(html); found && images < MAX_IMAGES; found = SKIP_OR_IMAGE.exec(html)) {
    const at = found.index;
    if (found[0] === '<!--' || found[1]) {
      RAW_TEXT_END.lastIndex = at + 4;
      const end = found[1] ? (RAW_TEXT_END.exec(html)?.index ?? -1) : html.indexOf('-->', at + 4);
      if (end < 0) return null;
      SKIP_OR_IMAGE.lastIndex = end + 3;
      continue;
    }
    const attributes: string[] = [];
    SKIP_OR_IMAGE.lastIndex = readAttributes(html, at + 4, attributes)[0];
    images++;
    // HTML's attribute names are case-insensitive; the first of a name counts.
    const get = (name: string) => {
      const at = attributes.findIndex((value, index) => index % 2 === 0 && value.toLowerCase() === name);
      return at < 0 ? undefined : attributes[at + 1];
    };
    if (/display\s*:\s*none/i.test(get('style') ?? '')) continue;
    const width = dimension(get('width'));
    const height = dimension(get('height'));
    const alt = get('alt')?.trim();
    const picture = pictureOf(get('src'), base, width, height, alt) ?? pictureOf(get('data-src'), base, width, height, alt);
    if (picture) return picture;
  }
  return null;
}
