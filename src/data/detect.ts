// Telling formats apart. The body itself is the best witness (servers label feeds text/html,
// application/octet-stream or text/plain all the time), so the Content-Type only breaks ties.
import { isObject } from './json.js';
import { isWordPressPost } from './wordpress.js';
import { NS, type XmlElement } from './xml.js';

/** The formats a caller may ask for; `auto` detects. RSS includes RSS 1.0 (RDF) and 0.9x. */
export type FeedFormat = 'auto' | 'jsonfeed' | 'rss' | 'atom' | 'wordpress';

/** The syntax of a decoded body. */
export type Syntax = 'json' | 'xml' | 'html' | 'unknown';

const FEED_START = /<\?xml\s|<(?:rss|feed|rdf:RDF)[\s>]/;
const MARKUP_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])?/i;

/** Looks at the first meaningful characters of the body; the Content-Type decides only when they do not. */
export function syntaxOf(text: string, contentType = ''): Syntax {
  const first = /\S/.exec(text)?.[0];
  if (first === '{' || first === '[') return 'json';
  const head = text.slice(0, 4096);
  const markup = MARKUP_START.exec(head);
  if (markup) return markup[1] ? 'html' : 'xml';
  // Junk before the document (a server's warning printed ahead of the feed) hides neither a declaration nor a feed's root.
  if (FEED_START.test(head)) return 'xml';
  if (/json/i.test(contentType)) return 'json';
  if (/xml|rss|atom/i.test(contentType)) return 'xml';
  return 'unknown';
}

/** Which JSON format a parsed document is: a JSON Feed has `items`, WordPress sends posts. */
export function jsonFormat(document: unknown): 'jsonfeed' | 'wordpress' | null {
  if (isObject(document) && Array.isArray(document.items)) return 'jsonfeed';
  if (Array.isArray(document) ? document.length === 0 || isWordPressPost(document[0]) : isWordPressPost(document)) return 'wordpress';
  return null;
}

/** Which XML format a root element is. */
export function xmlFormat(root: XmlElement): 'rss' | 'rdf' | 'atom' | null {
  if (root.name === 'rss') return 'rss';
  if (root.name === 'RDF' && root.ns === NS.rdf) return 'rdf';
  if (root.name === 'feed') return 'atom';
  return null;
}
