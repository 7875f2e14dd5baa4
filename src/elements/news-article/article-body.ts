// Untrusted article HTML in, a safe subtree of nodes out, in two independent layers:
//  1. a real sanitizer, told our allow-list: the browser's HTML Sanitizer API (`Element.setHTML`) where it
//     exists, else DOMPurify, which only browsers without the API ever download (its own chunk);
//  2. our own walk over what the sanitizer kept, trusting neither: every element and attribute is checked
//     against the allow-list again, every address is resolved against the article and kept only when http(s)
//     (or mailto for links), and links, images and sizes get the attributes the contract promises.
// Both layers work in an inert document (no browsing context: nothing in it loads or runs), and the result
// moves into the page as nodes. It is never serialized and parsed again, so mutation XSS, which needs a
// second parse that reads markup differently from the first, has nothing to work on.
import type { Config } from 'dompurify';
import { hasTrustedTypes, trustedTypesPolicy, type PassThroughRules } from '../../data/dom.js';
import { FeedError } from '../../data/errors.js';
import { BEACON } from '../../data/beacon.js';
import { safeUrl } from '../../data/url.js';
import { beforeParsing, pixelSize } from './before-parsing.js';
import { SANITIZER_POLICY_NAME } from './policies.js';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Elements a body may hold, each with the attributes it may keep besides `GLOBAL_ATTRIBUTES`. */
export const ALLOWED = new Map<string, readonly string[]>([
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'hr', 'br', 'pre'].map(name => [name, []] as const),
  ...['ul', 'li', 'dl', 'dt', 'dd'].map(name => [name, []] as const),
  ['ol', ['start', 'reversed']],
  ...['em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'q', 'cite', 'abbr', 'code'].map(name => [name, []] as const),
  ['a', ['href']],
  ['img', ['src', 'srcset', 'sizes', 'alt', 'width', 'height']],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr'].map(name => [name, []] as const),
  ['th', ['colspan', 'rowspan', 'scope']],
  ['td', ['colspan', 'rowspan']],
]);

export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/**
 * Layout wrappers that CMSs put around text: they go, their content stays. Any other element outside
 * `ALLOWED` (script, style, iframe, form, object, svg, math...) goes together with its content.
 */
const UNWRAPPED = ['div', 'span', 'section', 'article', 'header', 'footer', 'main', 'font', 'center', 'big', 'picture', 'time', 'data', 'bdi', 'address'];

/**
 * Elements whose content goes with them, besides those every sanitizer drops with content (script, style,
 * template, svg, math...): they hold controls or plugins, not article text.
 */
export const FORBID_CONTENTS = ['form', 'button', 'select', 'datalist', 'object', 'embed', 'applet', 'canvas', 'dialog', 'nav', 'menu'];

export const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
export const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

/** Which sanitizer runs first. */
export type SanitizerEngine = 'sanitizer-api' | 'dompurify';

/** What `sanitizeArticleHtml` needs besides the HTML. */
export interface BodyOptions {
  /** The article's address: relative links and pictures are resolved against it; without it they are dropped. */
  base: string | null;
  /** The lead picture shown above the body; a copy of it inside the body is marked `lead-copy` for the stylesheet to hide. */
  leadImage?: string | null;
  /** What the pictures and links of the body tell their hosts of the page (`no-referrer` by default). */
  referrerPolicy?: 'no-referrer' | 'origin';
}

/**
 * The browser's own Sanitizer API where `Element.prototype.setHTML` exists, else DOMPurify. Only the
 * standard API counts (its `Sanitizer` has `get()`): an earlier draft's `setHTML` took a configuration of
 * another shape. Decided on every call, so a test can take `setHTML` away to exercise the fallback the way
 * an older browser does.
 */
export function sanitizerEngine(): SanitizerEngine {
  const standard = typeof (globalThis as { Sanitizer?: { prototype?: { get?: unknown } } }).Sanitizer?.prototype?.get === 'function';
  return standard && typeof (Element.prototype as { setHTML?: unknown }).setHTML === 'function' ? 'sanitizer-api' : 'dompurify';
}

/**
 * Sanitizes an article's HTML into a `<div>` of the page's document, ready to be rendered as a node.
 * The body keeps paragraphs, h2-h6 (h1 becomes h2), lists, blockquotes, figures with captions, pictures
 * (http/https, lazy, size reserved), links (http/https/mailto, `rel="noopener noreferrer"`), emphasis,
 * line breaks, rules and simple tables; everything else goes. Pictures no reader sees (pixels, hidden ones,
 * beacons) go too, and pictures and links send no `Referer` unless `referrerPolicy` says `origin`.
 *
 * @throws {FeedError} of kind `config` when the page enforces Trusted Types without allowing
 *   `news-widgets-sanitizer` and this browser has no Sanitizer API.
 */
export async function sanitizeArticleHtml(html: string, options: BodyOptions): Promise<HTMLElement> {
  // Handlers, styles and hidden pictures go before any parser sees them: see before-parsing.ts.
  const markup = beforeParsing(html);
  const container = sanitizerEngine() === 'sanitizer-api' ? withSanitizerApi(markup) : await withDomPurify(markup);
  enforceAllowList(container, options.base, options.leadImage ?? null, options.referrerPolicy);
  // Until now the nodes lived in an inert document; adopted, the pictures may load (lazily) and links work.
  return document.adoptNode(container);
}

function inertContainer(): HTMLDivElement {
  return document.implementation.createHTMLDocument('').createElement('div');
}

function withSanitizerApi(html: string): HTMLElement {
  const container = inertContainer();
  const sanitizer: SanitizerConfig = {
    elements: [...ALLOWED].map(([name, attributes]) => ({ name, namespace: HTML_NAMESPACE, attributes: [...attributes] })),
    attributes: [...GLOBAL_ATTRIBUTES],
    replaceWithChildrenElements: UNWRAPPED.map(name => ({ name, namespace: HTML_NAMESPACE })),
    comments: false,
    dataAttributes: false,
  };
  // setHTML is the "safe" method: whatever the configuration says, it never keeps script or event handlers.
  (container as HTMLDivElement & { setHTML(html: string, options: { sanitizer: SanitizerConfig }): void }).setHTML(html, { sanitizer });
  return container;
}

let purifier: Promise<typeof import('dompurify')> | undefined;

async function withDomPurify(html: string): Promise<HTMLElement> {
  purifier ??= import('dompurify');
  let DOMPurify;
  try {
    DOMPurify = (await purifier).default;
  } catch (error) {
    // A chunk that failed to arrive is fetched again next time.
    purifier = undefined;
    throw error;
  }
  const config: Config & { RETURN_DOM_FRAGMENT: true } = {
    ALLOWED_TAGS: [...ALLOWED.keys()],
    ALLOWED_ATTR: [...new Set([...ALLOWED.values()].flat()), ...GLOBAL_ATTRIBUTES],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Relative addresses pass here; the walk resolves them and checks the scheme of the result.
    ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    // DOMPurify keeps the content of unknown elements; these hold controls or plugins, not article text.
    ADD_FORBID_CONTENTS: FORBID_CONTENTS,
    // Parse as body content, as setHTML parses a fragment: a leading <frameset> or <style> cannot take the
    // document out of its body, where DOMPurify looks for what to keep.
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
    TRUSTED_TYPES_POLICY: sanitizerPolicy(),
  };
  const fragment: DocumentFragment | null = DOMPurify.sanitize(html, config);
  // The fragment belongs to DOMPurify's inert document; so does its container. No fragment means nothing was kept.
  const container = (fragment?.ownerDocument ?? document.implementation.createHTMLDocument('')).createElement('div');
  if (fragment) container.append(fragment);
  return container;
}

type PassThroughPolicy = NonNullable<Config['TRUSTED_TYPES_POLICY']>;

const SANITIZER_RULES: PassThroughRules = {
  // Only DOMPurify's inert DOMParser ever receives what this creates.
  createHTML: input => input,
  // DOMPurify asks for script URLs only for attributes our allow-list never keeps.
  createScriptURL: () => {
    throw new TypeError('An article body has no script addresses.');
  },
};

/**
 * The policy DOMPurify parses with where Trusted Types exist. Without one, DOMPurify would try to create
 * its own "dompurify" policy, which pages that list their policies do not allow.
 */
function sanitizerPolicy(): PassThroughPolicy | undefined {
  if (!hasTrustedTypes()) return undefined;
  const policy = trustedTypesPolicy<PassThroughPolicy>(SANITIZER_POLICY_NAME, SANITIZER_RULES);
  if (!policy) {
    throw new FeedError(
      'config',
      `This page enforces Trusted Types without allowing the "${SANITIZER_POLICY_NAME}" policy, which news-article needs in browsers without the HTML Sanitizer API.`,
    );
  }
  return policy;
}

/**
 * A `srcset` rebuilt from its candidates, each address made absolute and checked, each descriptor a single
 * width or density; null when any candidate fails, as a partly trusted `srcset` is not worth keeping.
 * Rebuilt addresses hold no whitespace and end in no comma, so the browser reads the same candidates.
 */
export function safeSrcset(value: string, base: string | null): string | null {
  const candidates: string[] = [];
  let position = 0;
  while (position < value.length) {
    while (/[\s,]/.test(value[position] ?? '')) position++;
    if (position >= value.length) break;
    const start = position;
    while (position < value.length && !/\s/.test(value[position])) position++;
    let address = value.slice(start, position);
    let descriptor = '';
    if (address.endsWith(',')) {
      address = address.replace(/,+$/, '');
    } else {
      const comma = value.indexOf(',', position);
      const end = comma < 0 ? value.length : comma;
      descriptor = value.slice(position, end).trim();
      position = end + 1;
    }
    const safe = safeUrl(address, base, IMAGE_SCHEMES);
    if (!safe || (descriptor && !/^\d+(?:\.\d+)?[wx]$/.test(descriptor))) return null;
    candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return candidates.length ? candidates.join(', ') : null;
}

export const wholeNumber = (value: string | null, max: number) => value !== null && /^\d{1,6}$/.test(value.trim()) && +value > 0 && +value <= max;

/** Keeps a global attribute only with a value of its kind. */
export function keepsGlobal(name: string, value: string): boolean {
  if (name === 'lang') return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(value);
  if (name === 'dir') return /^(?:ltr|rtl|auto)$/i.test(value);
  return name === 'title';
}

/**
 * The second layer: the allow-list again, addresses, rel, lazy loading and sizes. It holds on its own, so
 * that a sanitizer bug or a too generous configuration cannot reach the page; exported for the tests that
 * show it.
 */
export function enforceAllowList(container: HTMLElement, base: string | null, leadImage: string | null, referrerPolicy = 'no-referrer'): void {
  for (const element of [...container.querySelectorAll('*')]) {
    // A removed ancestor took this element with it.
    if (!container.contains(element)) continue;
    const name = element.localName;
    const own = element.namespaceURI === HTML_NAMESPACE ? ALLOWED.get(name) : undefined;
    if (!own) {
      element.remove();
      continue;
    }
    for (const attribute of [...element.attributes]) {
      const global = attribute.namespaceURI === null && GLOBAL_ATTRIBUTES.includes(attribute.name);
      const kept = attribute.namespaceURI === null && (own.includes(attribute.name) || (global && keepsGlobal(attribute.name, attribute.value)));
      if (!kept) element.removeAttributeNode(attribute);
    }
    switch (name) {
      case 'a':
        fixLink(element, base);
        if (element.hasAttribute('href')) element.setAttribute('referrerpolicy', referrerPolicy);
        break;
      case 'img':
        if (fixImage(element, base, leadImage)) element.setAttribute('referrerpolicy', referrerPolicy);
        else element.remove();
        break;
      case 'ol':
        if (element.hasAttribute('start') && !/^-?\d{1,6}$/.test(element.getAttribute('start')!.trim())) element.removeAttribute('start');
        if (element.hasAttribute('reversed')) element.setAttribute('reversed', '');
        break;
      case 'th':
      case 'td':
        for (const span of ['colspan', 'rowspan']) if (element.hasAttribute(span) && !wholeNumber(element.getAttribute(span), 100)) element.removeAttribute(span);
        if (element.hasAttribute('scope') && !/^(?:row|col|rowgroup|colgroup)$/.test(element.getAttribute('scope')!)) element.removeAttribute('scope');
        break;
      case 'h1':
        // The page has its own h1; the article's title is below it, and its subheads below that.
        element.replaceWith(renamed(element, 'h2'));
        break;
    }
  }
  removeEmptyBlocks(container);
  fosterParent(container);
}

/** The parts of a table and the children HTML lets each one have. */
const TABLE_CHILDREN: Record<string, readonly string[]> = { table: ['caption', 'thead', 'tbody', 'tfoot', 'tr'], thead: ['tr'], tbody: ['tr'], tfoot: ['tr'], tr: ['th', 'td'] };

/**
 * Moves what a sanitizer left directly inside a table's structure (words, a `<b>` whose wrapper went) before the
 * table, where an HTML parser puts such content: the body then reads the same whoever parses it again.
 */
function fosterParent(container: HTMLElement): void {
  for (const part of container.querySelectorAll('table, thead, tbody, tfoot, tr')) {
    const allowed = TABLE_CHILDREN[part.localName];
    for (const child of [...part.childNodes]) {
      const fits = child.nodeType === Node.ELEMENT_NODE ? allowed.includes((child as Element).localName) : !child.textContent?.trim();
      if (!fits) part.closest('table')!.before(child);
    }
  }
}

function fixLink(link: Element, base: string | null): void {
  const href = link.getAttribute('href');
  const safe = href === null ? null : safeUrl(href, base, LINK_SCHEMES);
  if (safe) {
    link.setAttribute('href', safe);
    link.setAttribute('rel', 'noopener noreferrer');
  } else {
    // Without an address the text stays, as plain text.
    link.removeAttribute('href');
  }
}

/** Checks a picture in place; false when it has no safe address or no reader would see it, and it must go. */
function fixImage(image: Element, base: string | null, leadImage: string | null): boolean {
  const src = safeUrl(image.getAttribute('src') ?? '', base, IMAGE_SCHEMES);
  if (!src || BEACON.test(src) || pixelSize(image.getAttribute('width')) || pixelSize(image.getAttribute('height'))) return false;
  image.setAttribute('src', src);
  const srcset = image.getAttribute('srcset');
  const candidates = srcset === null ? null : safeSrcset(srcset, base);
  const safeSet = candidates && !BEACON.test(candidates) ? candidates : null;
  if (safeSet) image.setAttribute('srcset', safeSet);
  else image.removeAttribute('srcset');
  if (!safeSet) image.removeAttribute('sizes');
  // Both dimensions or neither: the stylesheet reserves a box for pictures without them.
  if (!wholeNumber(image.getAttribute('width'), 10_000) || !wholeNumber(image.getAttribute('height'), 10_000)) {
    image.removeAttribute('width');
    image.removeAttribute('height');
  }
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  if (leadImage && src === leadImage) (image.closest('figure') ?? image).classList.add('lead-copy');
  return true;
}

function renamed(element: Element, name: string): Element {
  const replacement = element.ownerDocument.createElement(name);
  for (const attribute of element.attributes) replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...element.childNodes);
  return replacement;
}

/** CMSs leave `<p>&nbsp;</p>` for spacing; the stylesheet spaces paragraphs already. */
function removeEmptyBlocks(container: HTMLElement): void {
  for (const block of [...container.querySelectorAll('p, h2, h3, h4, h5, h6, li, blockquote, figcaption')]) {
    if (!block.textContent?.trim() && !block.querySelector('img, br, hr')) block.remove();
  }
}
