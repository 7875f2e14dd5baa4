// RSS 1.0 (and 0.90): RDF documents whose items are siblings of the channel rather than its children.
import { rssFeed } from './rss.js';
import type { Feed } from './types.js';
import type { XmlElement } from './xml.js';

/** Reads an RSS 1.0 or 0.90 document from its `<rdf:RDF>` root element. */
export function parseRdf(root: XmlElement, url?: string): Feed {
  // The channel's namespace names the version: RSS 1.0's purl.org namespace or 0.90's Netscape one.
  const { children } = root;
  return rssFeed(
    root,
    children.find(child => child.name === 'channel'),
    children.filter(child => child.name === 'item'),
    url,
  );
}
