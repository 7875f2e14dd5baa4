// RSS 1.0 (and 0.90): RDF documents whose items are siblings of the channel rather than its children.
import { parseError } from './parse-error.js';
import { rssFeed } from './rss.js';
import type { Feed } from './types.js';
import { NS, childrenNamed } from './xml.js';

/** Reads an RSS 1.0 or 0.90 document from its `<rdf:RDF>` root element. */
export function parseRdf(root: Element, url?: string): Feed {
  if (root.localName !== 'RDF' || root.namespaceURI !== NS.rdf) {
    throw parseError(url, `is not an RSS 1.0 feed: its root element is <${root.localName}>`);
  }
  // The channel's namespace names the version: RSS 1.0's purl.org namespace or 0.90's Netscape one.
  const channel = [...root.children].find(child => child.localName === 'channel');
  if (!channel) throw parseError(url, 'is not an RSS 1.0 feed: it has no <channel>');
  return rssFeed(channel, childrenNamed(root, channel.namespaceURI, 'item'), channel.namespaceURI, url);
}
