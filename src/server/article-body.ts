// An article's untrusted HTML made safe on a server, where there is no DOM: the same allow-list as in the browser
// (src/elements/news-article/article-body.ts), applied by sanitize-html, an allow-list sanitizer that parses with
// htmlparser2 and needs no DOM. What it keeps is parsed again by parse5, the HTML parser of the standard that
// browsers follow, and serialized by it: the markup sent is the tree the browser will build from it, so a
// construct two parsers read differently (mutation XSS) cannot pass as text and come back as an element.
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import sanitizeHtml from 'sanitize-html';
import { safeUrl } from '../data/url.js';
import { beforeParsing } from '../elements/news-article/before-parsing.js';
import { ALLOWED, FORBID_CONTENTS, GLOBAL_ATTRIBUTES, IMAGE_SCHEMES, keepsGlobal, LINK_SCHEMES, safeSrcset, wholeNumber, type BodyOptions } from '../elements/news-article/article-body.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements every sanitizer drops together with their content, as DOMPurify does; the others are unwrapped. */
const DROPPED_WITH_CONTENT = [
  ...FORBID_CONTENTS,
  ...['script', 'style', 'template', 'svg', 'math', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'xmp', 'title', 'textarea', 'option'],
  ...['audio', 'video', 'head', 'colgroup', 'frameset', 'frame'],
];

/** Blocks that hold nothing once sanitized: CMSs leave `<p>&nbsp;</p>` for spacing. */
const EMPTY_WHEN_BLANK = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption']);

/** An article body sanitized on a server: its markup, its text and whether it holds a picture. */
export interface ServerBody {
  markup: string;
  text: string;
  hasPicture: boolean;
}

/**
 * Sanitizes an article's HTML without a DOM, to the same allow-list and address rules as `sanitizeArticleHtml`
 * in the browser: http(s) pictures with lazy loading, http(s) and mailto links with `rel="noopener noreferrer"`,
 * h1 made h2, every address absolute; the same text pass first drops pictures no reader sees, handlers and styles,
 * and pictures and links send no Referer (`referrerPolicy`, no-referrer unless the publisher chose origin).
 */
export function sanitizeBodyOnServer(html: string, options: BodyOptions): ServerBody {
  const base = options.base;
  const policy = options.referrerPolicy ?? 'no-referrer';
  const kept = sanitizeHtml(beforeParsing(html), {
    allowedTags: [...ALLOWED.keys()],
    allowedAttributes: {
      ...Object.fromEntries([...ALLOWED].map(([name, own]) => [name, [...own, ...GLOBAL_ATTRIBUTES]])),
      a: ['href', 'rel', 'referrerpolicy', ...GLOBAL_ATTRIBUTES],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'referrerpolicy', ...GLOBAL_ATTRIBUTES],
    },
    // Addresses are checked below, resolved against the article; here only the schemes that may survive at all.
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: true,
    disallowedTagsMode: 'discard',
    nonTextTags: DROPPED_WITH_CONTENT,
    allowVulnerableTags: false,
    transformTags: {
      h1: 'h2',
      a: (tag, attributes) => ({ tagName: tag, attribs: withPolicy(link(attributes, base), 'href', policy) }),
      img: (tag, attributes) => ({ tagName: tag, attribs: withPolicy(picture(attributes, base), 'src', policy) }),
    },
    // A picture without a safe address goes; so does a block left with nothing in it.
    exclusiveFilter: frame => (frame.tag === 'img' && !frame.attribs.src) || (EMPTY_WHEN_BLANK.has(frame.tag) && !frame.text.trim() && !frame.mediaChildren.length),
  });
  const fragment = parseFragment(kept);
  const state = { text: '', hasPicture: false };
  walk(fragment.childNodes, options.leadImage ?? null, state);
  return { markup: serialize(fragment), ...state };
}

/** What the picture or link tells its host of the page, when it kept an address. */
function withPolicy(attributes: Record<string, string>, address: string, policy: string): Record<string, string> {
  return attributes[address] ? { ...attributes, referrerpolicy: policy } : attributes;
}

function link(attributes: Record<string, string>, base: string | null): Record<string, string> {
  const kept = globals(attributes);
  const href = attributes.href === undefined ? null : safeUrl(attributes.href, base, LINK_SCHEMES);
  // Without an address the text stays, as plain text.
  return href ? { ...kept, href, rel: 'noopener noreferrer' } : kept;
}

function picture(attributes: Record<string, string>, base: string | null): Record<string, string> {
  const src = safeUrl(attributes.src ?? '', base, IMAGE_SCHEMES);
  if (!src) return {};
  const kept: Record<string, string> = { ...globals(attributes), src };
  if (attributes.alt !== undefined) kept.alt = attributes.alt;
  const srcset = attributes.srcset === undefined ? null : safeSrcset(attributes.srcset, base);
  if (srcset) {
    kept.srcset = srcset;
    if (attributes.sizes !== undefined) kept.sizes = attributes.sizes;
  }
  // Both dimensions or neither: the stylesheet reserves a box for pictures without them.
  if (wholeNumber(attributes.width ?? null, 10_000) && wholeNumber(attributes.height ?? null, 10_000)) Object.assign(kept, { width: attributes.width, height: attributes.height });
  return { ...kept, loading: 'lazy', decoding: 'async' };
}

function globals(attributes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).filter(([name, value]) => GLOBAL_ATTRIBUTES.includes(name) && keepsGlobal(name, value)));
}

/** Collects the text and pictures, and marks the copy of the lead picture (its figure, if it has one). */
function walk(nodes: Node[], leadImage: string | null, state: { text: string; hasPicture: boolean }): void {
  for (const node of [...nodes]) {
    if (node.nodeName === '#text') state.text += (node as DefaultTreeAdapterMap['textNode']).value;
    if (!('tagName' in node)) continue;
    const element = node as Element;
    if (element.tagName === 'img') {
      state.hasPicture = true;
      if (leadImage && attribute(element, 'src') === leadImage) addClass(closest(element, 'figure') ?? element, 'lead-copy');
    }
    // An element outside the allow-list here would be a sanitizer bug: it goes, with its content.
    if (!ALLOWED.has(element.tagName)) {
      const siblings = element.parentNode!.childNodes;
      siblings.splice(siblings.indexOf(element), 1);
      continue;
    }
    walk(element.childNodes, leadImage, state);
  }
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find(candidate => candidate.name === name)?.value;
}

function closest(element: Element, tagName: string): Element | null {
  for (let node = element.parentNode; node && 'tagName' in node; node = node.parentNode) if (node.tagName === tagName) return node;
  return null;
}

function addClass(element: Element, name: string): void {
  const existing = element.attrs.find(candidate => candidate.name === 'class');
  if (existing) existing.value = `${existing.value} ${name}`.trim();
  else element.attrs.push({ name: 'class', value: name });
}
