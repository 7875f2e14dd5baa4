// OPML, the outline format feed readers export their subscriptions in: a portal's list of sources as one address.
import { decodeBody } from './decode.js';
import type { StorySource } from './types.js';
import { safeHttpUrl } from './url.js';
import { attribute, parseXml, type XmlElement } from './xml.js';

/**
 * The most sources one list reads, from `src` or an OPML document: each is a request, and a page should not fire a
 * hundred of them from one tag. The sources after these are left out.
 */
export const MAX_SOURCES = 20;

/** The sources an OPML document lists, or null when `body` is not OPML. */
export function readOpml(body: ArrayBuffer | string, url: string, contentType?: string): StorySource[] | null {
  const text = decodeBody(body, contentType);
  // Only a document whose root is <opml> is read: a feed's bytes are never parsed twice for nothing.
  if (!/<opml[\s>]/.test(text.slice(0, 4096))) return null;
  const root = parseXml(text);
  if (root?.name !== 'opml') return null;
  const sources: StorySource[] = [];
  const seen = new Set<string>();
  const visit = (element: XmlElement) => {
    for (const child of element.children) {
      if (sources.length >= MAX_SOURCES) return;
      if (child.name !== 'outline') {
        if (child.name === 'body') visit(child);
        continue;
      }
      // Outlines nest in folders; a folder has no xmlUrl of its own.
      const address = safeHttpUrl(attribute(child, 'xmlUrl') ?? attribute(child, 'xmlurl'), url);
      if (address && !seen.has(address)) {
        seen.add(address);
        sources.push({ title: (attribute(child, 'title') || attribute(child, 'text') || '').trim() || hostName(address), url: address });
      }
      visit(child);
    }
  };
  visit(root);
  return sources;
}

/** The host of an address without `www.`: the name of a source that names itself nowhere. */
export function hostName(address: string): string {
  try {
    return new URL(address).host.replace(/^www\./, '');
  } catch {
    return address;
  }
}
