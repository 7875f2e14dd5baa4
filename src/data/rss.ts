// RSS 2.0 and 0.9x, and the item and channel reading that RSS 1.0 (RDF) shares with them.
// RSS puts HTML, escaped or in CDATA, wherever publishers like, so every text field is read as HTML.
import { parseDate } from './dates.js';
import { declaredPicture } from './declared-picture.js';
import { pictureInHtml } from './images.js';
import { finishItem, htmlBaseOf } from './item.js';
import { parseError } from './parse-error.js';
import { htmlToText, languageTag } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, baseOf, childNamed, childrenNamed, selfLink } from './xml.js';

/** Reads one `<item>`; `core` is the namespace of the format's own elements, `base` the base around it. */
function readItem(item: Element, core: string | null, outerBase: string | null, documentUrl: string | null, index: number): FeedItem {
  const base = baseOf(item, outerBase);
  let title = '';
  let url: string | null = null;
  let permalink: string | null = null;
  let guid = '';
  let description = '';
  let content = '';
  let published: Date | null = null;
  let updated: Date | null = null;
  let author = '';
  const tags: string[] = [];

  for (const child of item.children) {
    const namespace = child.namespaceURI;
    const name = child.localName;
    const text = child.textContent ?? '';
    if (namespace === core || namespace === NS.dc) {
      switch (name) {
        case 'title': title = htmlToText(text); break;
        case 'link': url ??= safeHttpUrl(text, baseOf(child, base)); break;
        case 'description': description = text; break;
        // Some generators write pubDate in lower case; RSS 1.0 has only dc:date.
        case 'pubDate': case 'pubdate': case 'date': published ??= parseDate(text); break;
        case 'category': case 'subject': tags.push(htmlToText(text)); break;
        case 'creator': author = htmlToText(text); break;
        // "jane@example.com (Jane Doe)" is how RSS wants authors; the name is what a reader wants.
        case 'author': author ||= htmlToText(/\(([^)]+)\)/.exec(text)?.[1] ?? text); break;
        case 'guid':
          guid = text.trim();
          // A guid without isPermaLink="true" is often an opaque id that merely looks like an address.
          if (child.getAttribute('isPermaLink') === 'true') permalink = safeHttpUrl(guid, base);
      }
    } else if ((namespace === NS.content && name === 'encoded') || name === 'full-text') {
      // content:encoded, or Yandex's full-text: the whole article in HTML.
      content ||= text;
    } else if (name === 'updated' || name === 'modified') {
      updated = parseDate(text);
    } else if (name === 'issued') {
      published ??= parseDate(text);
    }
  }

  url ??= permalink;
  const contentHtml = content || description;
  const htmlBase = htmlBaseOf(base, documentUrl, url);
  return finishItem(
    {
      id: guid || item.getAttributeNS(NS.rdf, 'about'),
      url,
      title,
      summary: htmlToText(description),
      contentHtml,
      image: declaredPicture(item, base) ?? pictureInHtml(description, htmlBase) ?? (content ? pictureInHtml(content, htmlBase) : null),
      tags,
      published,
      updated,
      author,
    },
    index,
  );
}

/**
 * Builds the feed from an RSS `<channel>` and the items the format puts in it (RSS 2.0) or beside it
 * (RSS 1.0). Only those items count: items nested inside other items' markup are not entries.
 */
export function rssFeed(channel: Element | undefined, items: Element[], url: string | undefined): Feed {
  if (!channel) throw parseError(url, 'has no <channel>');
  const core = channel.namespaceURI;
  const documentUrl = safeHttpUrl(url) ?? selfLink(channel, NS.atom);
  const base = baseOf(channel, baseOf(channel.ownerDocument.documentElement, documentUrl));
  const channelText = (namespace: string | null, name: string) => childNamed(channel, namespace, name)?.textContent ?? '';
  return {
    title: htmlToText(channelText(core, 'title')),
    url: safeHttpUrl(channelText(core, 'link'), base),
    language: languageTag(channelText(core, 'language') || channelText(NS.dc, 'language')),
    items: items.filter(item => item.namespaceURI === core).map((item, index) => readItem(item, core, base, documentUrl, index)),
  };
}

/** Reads an RSS 2.0 or 0.9x document from its `<rss>` root element. */
export function parseRss(root: Element, url?: string): Feed {
  // A default namespace on <rss> (some generators declare one) puts every element of the format in it.
  const channel = childNamed(root, root.namespaceURI, 'channel');
  return rssFeed(channel, channel ? childrenNamed(channel, root.namespaceURI, 'item') : [], url);
}
