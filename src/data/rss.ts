// RSS 2.0 and 0.9x, and the item and channel reading that RSS 1.0 (RDF) shares with them.
// RSS puts HTML, escaped or in CDATA, wherever publishers like, so every text field is read as HTML.
import { parseDate } from './dates.js';
import { declaredPicture } from './declared-picture.js';
import { pictureInHtml } from './images.js';
import { MAX_ITEMS, TITLE_LIMIT, finishItem, htmlBaseOf } from './item.js';
import { parseError } from './parse-error.js';
import { cutText, htmlToText, languageTag } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, attribute, attributeNS, baseOf, childNamed, childrenNamed, innerMarkup, selfLink, textContent, type XmlElement } from './xml.js';

/** What an item's own elements say, before the shared rules. */
interface ItemElements {
  title: string;
  /** The first usable `<link>`. */
  url: string | null;
  /** The guid, when it says it is the article's address. */
  permalink: string | null;
  guid: string;
  description: string;
  /** The whole article, from content:encoded or Yandex's full-text. */
  content: string;
  published: Date | null;
  updated: Date | null;
  author: string;
  tags: string[];
}

/** "jane@example.com (Jane Doe)" is how RSS wants authors; the name is what a reader wants. */
function authorName(text: string): string {
  const start = cutText(text, TITLE_LIMIT);
  return htmlToText(/\(([^)]+)\)/.exec(start)?.[1] ?? start);
}

/** Reads an element of the format's own namespace or of Dublin Core. */
function readCoreElement(fields: ItemElements, child: XmlElement, base: string | null): void {
  const text = textContent(child);
  switch (child.name) {
    case 'title': fields.title = htmlToText(text); break;
    case 'link': fields.url ??= safeHttpUrl(text, baseOf(child, base)); break;
    // Raw XHTML written into the description (not escaped, not in CDATA) is kept as the markup it is.
    case 'description': fields.description = child.children.length ? innerMarkup(child) : text; break;
    // Some generators write pubDate in lower case; RSS 1.0 has only dc:date.
    case 'pubDate': case 'pubdate': case 'date': fields.published ??= parseDate(text); break;
    case 'category': case 'subject': fields.tags.push(htmlToText(text)); break;
    // A wrapper some generators invent around their categories.
    case 'categories': for (const category of childrenNamed(child, child.ns, 'category')) fields.tags.push(htmlToText(textContent(category))); break;
    case 'creator': fields.author = htmlToText(text); break;
    case 'author': fields.author ||= authorName(text); break;
    case 'guid':
      fields.guid = text.trim();
      // RSS 2.0 makes a guid the article's address unless isPermaLink="false". Without the attribute, a guid is
      // taken as one only when it is a whole http(s) address with at most one "#": many guids are opaque ids
      // that merely look like addresses ("http://site/sub/##").
      switch (attribute(child, 'isPermaLink')) {
        case 'false': break;
        case 'true': fields.permalink = safeHttpUrl(fields.guid, base); break;
        default: fields.permalink = fields.guid.indexOf('#') !== fields.guid.lastIndexOf('#') ? null : safeHttpUrl(fields.guid);
      }
  }
}

/** Reads an element of another namespace: the article's full text, or dates from Atom and Dublin Core terms. */
function readExtensionElement(fields: ItemElements, child: XmlElement): void {
  const name = child.name;
  const text = textContent(child);
  if ((child.ns === NS.content && name === 'encoded') || name === 'full-text') {
    // content:encoded, or Yandex's full-text: the whole article in HTML.
    fields.content ||= text;
  } else if (name === 'updated' || name === 'modified') {
    fields.updated = parseDate(text);
  } else if (name === 'issued') {
    fields.published ??= parseDate(text);
  }
}

function readElements(item: XmlElement, core: string | null, base: string | null): ItemElements {
  const fields: ItemElements = {
    title: '', url: null, permalink: null, guid: '', description: '', content: '', published: null, updated: null, author: '', tags: [],
  };
  for (const child of item.children) {
    if (child.ns === core || child.ns === NS.dc) readCoreElement(fields, child, base);
    else readExtensionElement(fields, child);
  }
  return fields;
}

/** Reads one `<item>`; `core` is the namespace of the format's own elements, `base` the base around it. */
function readItem(item: XmlElement, core: string | null, outerBase: string | null, documentUrl: string | null, index: number): FeedItem {
  const base = baseOf(item, outerBase);
  const { title, url: link, permalink, guid, description, content, published, updated, author, tags } = readElements(item, core, base);
  const url = link ?? permalink;
  const htmlBase = htmlBaseOf(base, documentUrl, url);
  return finishItem(
    {
      id: guid || attributeNS(item, NS.rdf, 'about'),
      url,
      title,
      summary: () => htmlToText(description),
      contentHtml: content || description,
      image: declaredPicture(item, base) ?? pictureInHtml(description, htmlBase) ?? (content ? pictureInHtml(content, htmlBase) : null),
      tags,
      // An item dated only by its last change (atom:updated, dcterms:modified) is dated by it.
      published: published ?? updated,
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
export function rssFeed(root: XmlElement, channel: XmlElement | undefined, items: XmlElement[], url: string | undefined): Feed {
  if (!channel) throw parseError(url, 'has no <channel>');
  const core = channel.ns;
  const documentUrl = safeHttpUrl(url) ?? selfLink(channel, NS.atom);
  const base = baseOf(channel, baseOf(root, documentUrl));
  const channelText = (namespace: string | null, name: string) => textContent(childNamed(channel, namespace, name));
  return {
    title: htmlToText(channelText(core, 'title')),
    url: safeHttpUrl(channelText(core, 'link'), base),
    language: languageTag(channelText(core, 'language') || channelText(NS.dc, 'language')),
    // An item the document ended inside (a truncated feed) is left out: its fields may be cut anywhere.
    items: items
      .filter(item => item.ns === core && item.complete)
      .slice(0, MAX_ITEMS)
      .map((item, index) => readItem(item, core, base, documentUrl, index)),
  };
}

/** Reads an RSS 2.0 or 0.9x document from its `<rss>` root element. */
export function parseRss(root: XmlElement, url?: string): Feed {
  // A default namespace on <rss> (some generators declare one) puts every element of the format in it.
  const channel = childNamed(root, root.ns, 'channel');
  return rssFeed(root, channel, channel ? childrenNamed(channel, root.ns, 'item') : [], url);
}
