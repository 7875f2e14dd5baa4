// RSS 2.0 and 0.9x, and the item and channel reading that RSS 1.0 (RDF) shares with them.
// RSS puts HTML, escaped or in CDATA, wherever publishers like, so every text field is read as HTML.
import { parseDate } from './dates.js';
import { pictureInHtml } from './images.js';
import { finishItem } from './item.js';
import { DeclaredPictures } from './media.js';
import { parseError } from './parse-error.js';
import { htmlToText, languageTag } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, baseOf, childNamed, childrenNamed, selfLink, textOf } from './xml.js';

/** Where an item sits: its format's namespace, the base around it and the address of the document. */
export interface RssContext {
  /** Namespace of the format's own elements: none for RSS 2.0, unless a default namespace is declared. */
  core: string | null;
  /** The base URL around the item: the document's address with any outer `xml:base` applied. */
  base: string | null;
  /** The document's address, before any `xml:base`. */
  documentUrl: string | null;
}

/** "jane@example.com (Jane Doe)" is how RSS wants authors; the name is what a reader wants. */
function authorName(value: string): string {
  return /\(([^)]+)\)/.exec(value)?.[1].trim() ?? value;
}

/** Reads one `<item>` of RSS 0.9x, 2.0 or 1.0. */
export function readRssItem(item: Element, context: RssContext, index: number): FeedItem {
  const base = baseOf(item, context.base);
  const pictures = new DeclaredPictures(base);
  let title = '';
  let url: string | null = null;
  let permalink: string | null = null;
  let guid = '';
  let description = '';
  let content = '';
  let fullText = '';
  let published: Date | null = null;
  let updated: Date | null = null;
  let author = '';
  const tags: string[] = [];

  for (const child of item.children) {
    const namespace = child.namespaceURI;
    const name = child.localName;
    if (name === 'full-text') {
      // Yandex's yandex:full-text, and the same element without a namespace: the whole article in HTML.
      fullText ||= child.textContent ?? '';
    } else if (name === 'enclosure') {
      pictures.enclosure(child);
    } else if (namespace === context.core) {
      switch (name) {
        case 'title': title = htmlToText(child.textContent ?? ''); break;
        case 'link': url ??= safeHttpUrl(textOf(child), baseOf(child, base)); break;
        case 'description': description = child.textContent ?? ''; break;
        // Some generators write the element in lower case.
        case 'pubDate': case 'pubdate': published ??= parseDate(textOf(child)); break;
        case 'category': tags.push(htmlToText(child.textContent ?? '')); break;
        case 'author': author ||= authorName(htmlToText(child.textContent ?? '')); break;
        case 'guid':
          guid = textOf(child);
          // A guid without isPermaLink="true" is often an opaque id that merely looks like an address.
          if (child.getAttribute('isPermaLink') === 'true') permalink = safeHttpUrl(guid, base);
          break;
        default: pictures.invented(child);
      }
    } else if (namespace === NS.content) {
      if (name === 'encoded') content = child.textContent ?? '';
    } else if (namespace === NS.dc) {
      if (name === 'date') published ??= parseDate(textOf(child));
      else if (name === 'creator') author = htmlToText(child.textContent ?? '');
      else if (name === 'subject') tags.push(htmlToText(child.textContent ?? ''));
    } else if (namespace === NS.media) {
      pictures.media(child);
    } else if ((namespace === NS.atom && name === 'updated') || (namespace === NS.dcterms && name === 'modified')) {
      updated = parseDate(textOf(child));
    } else if (namespace === NS.dcterms && name === 'issued') {
      published ??= parseDate(textOf(child));
    } else if (namespace !== NS.rdf) {
      pictures.invented(child);
    }
  }

  url ??= permalink;
  const contentHtml = content || fullText || description;
  // Relative addresses inside the HTML belong to the article page, unless an xml:base says otherwise.
  const htmlBase = base !== context.documentUrl ? base : (url ?? base);
  return finishItem(
    {
      id: guid || item.getAttributeNS(NS.rdf, 'about'),
      url,
      title,
      summary: htmlToText(description),
      contentHtml,
      image: pictures.best() ?? pictureInHtml(description, htmlBase) ?? (contentHtml !== description ? pictureInHtml(contentHtml, htmlBase) : null),
      tags,
      published,
      updated,
      author,
    },
    index,
  );
}

/** Builds the feed from an RSS `<channel>` and its items, wherever the format keeps them. */
export function rssFeed(channel: Element, items: Element[], core: string | null, url: string | undefined): Feed {
  const documentUrl = safeHttpUrl(url) ?? selfLink(channel, NS.atom);
  const root = channel.ownerDocument.documentElement;
  const base = baseOf(channel, baseOf(root, documentUrl));
  const context: RssContext = { core, base, documentUrl };
  return {
    title: htmlToText(childNamed(channel, core, 'title')?.textContent ?? ''),
    url: safeHttpUrl(textOf(childNamed(channel, core, 'link')), base),
    language: languageTag(textOf(childNamed(channel, core, 'language')) || textOf(childNamed(channel, NS.dc, 'language'))),
    items: items.map((item, index) => readRssItem(item, context, index)),
  };
}

/**
 * Reads an RSS 2.0 or 0.9x document from its root element. Only `<item>`s that are direct children of
 * `<channel>` count: items nested inside other items' markup are not entries of the feed.
 */
export function parseRss(root: Element, url?: string): Feed {
  if (root.localName !== 'rss') throw parseError(url, `is not an RSS feed: its root element is <${root.localName}>`);
  // A default namespace on <rss> (some generators declare one) puts every element of the format in it.
  const core = root.namespaceURI;
  const channel = childNamed(root, core, 'channel');
  if (!channel) throw parseError(url, 'is not an RSS feed: it has no <channel>');
  return rssFeed(channel, childrenNamed(channel, core, 'item'), core, url);
}
