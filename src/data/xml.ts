// Namespace-aware reading of feed XML with the browser's own parser.
import { inertDocument } from './dom.js';
import { parseError } from './parse-error.js';
import { resolveUrl, safeHttpUrl } from './url.js';

/** Namespaces the feed readers look into. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xhtml: 'http://www.w3.org/1999/xhtml',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

// What makes most real feeds ill-formed: a bare "&" in a link or an HTML entity such as &nbsp; that XML
// does not define. Both are escaped so that they survive as text for the HTML-aware readers.
const UNESCAPED_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/g;

function parserError(document: Document): string | null {
  const error = document.getElementsByTagNameNS(NS.xhtml, 'parsererror')[0];
  if (!error) return null;
  const text = error.textContent ?? '';
  // Chromium: "error on line 3 at column 5: Opening and ending tag mismatch"; other engines differ.
  const where = /line (\d+) at column (\d+): ([^\n]*)/.exec(text);
  return where ? `line ${where[1]}, column ${where[2]}: ${where[3].trim()}` : text.trim().split('\n')[0];
}

/**
 * Parses feed XML and returns its root element, or throws a `parse` error saying where the XML breaks.
 * Leniency is limited to two documented repairs: leading whitespace before the XML declaration is
 * dropped, and when the document is not well-formed, it is parsed once more with bare ampersands and
 * undefined entities escaped. Anything still broken (an unclosed root, a truncated document, an unbound
 * prefix) is an error: a half-read feed would silently show the wrong items.
 */
export function parseXml(text: string, url?: string): Element {
  const source = text.trimStart();
  let document = inertDocument(source, 'application/xml');
  const problem = parserError(document);
  if (problem) {
    const repaired = source.replace(UNESCAPED_AMPERSAND, '&amp;');
    if (repaired !== source) document = inertDocument(repaired, 'application/xml');
    if (repaired === source || parserError(document)) throw parseError(url, `is not well-formed XML (${problem})`);
  }
  return document.documentElement;
}

/** The direct children of `parent` with this namespace and local name. */
export function childrenNamed(parent: Element, namespace: string | null, name: string): Element[] {
  const found: Element[] = [];
  for (const child of parent.children) if (child.localName === name && child.namespaceURI === namespace) found.push(child);
  return found;
}

/** The first direct child of `parent` with this namespace and local name. */
export function childNamed(parent: Element, namespace: string | null, name: string): Element | undefined {
  for (const child of parent.children) if (child.localName === name && child.namespaceURI === namespace) return child;
  return undefined;
}

/** The text of an element, CDATA included, trimmed; '' for a missing element. */
export function textOf(element: Element | undefined): string {
  return element?.textContent?.trim() ?? '';
}

/**
 * The base URL inside `element`: its `xml:base` resolved against the base around it. Browsers no longer
 * apply `xml:base` to `baseURI`, so readers carry the base down the tree themselves.
 */
export function baseOf(element: Element, outerBase: string | null): string | null {
  const base = element.getAttributeNS(NS.xml, 'base');
  return base ? (resolveUrl(base.trim(), outerBase) ?? outerBase) : outerBase;
}

/** The document's own address from a `<link rel="self">` (Atom's, or atom:link in RSS); null when absent or relative. */
export function selfLink(parent: Element, namespace: string | null): string | null {
  const self = childrenNamed(parent, namespace, 'link').find(link => link.getAttribute('rel') === 'self');
  return safeHttpUrl(self?.getAttribute('href'));
}
