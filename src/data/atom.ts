// Atom 1.0 (and the 0.3 draft that is still served). Unlike RSS, Atom says what each text is: its text
// constructs are plain text, escaped HTML or inline XHTML, and each is read as what it says it is.
import { parseDate } from './dates.js';
import { declaredPicture } from './declared-picture.js';
import { pictureInHtml } from './images.js';
import { finishItem, htmlBaseOf } from './item.js';
import { collapseWhitespace, escapeHtml, htmlToText, languageTag, plainText } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, baseOf, childNamed, childrenNamed, selfLink, textOf } from './xml.js';

/** How a text construct is written: `text`, `html` or `xhtml` (Atom 0.3 names MIME types instead). */
function kindOf(element: Element): string {
  const type = element.getAttribute('type') ?? '';
  return /xhtml/i.test(type) ? 'xhtml' : /^(text\/)?html$/i.test(type) ? 'html' : 'text';
}

function rawText(element: Element): string {
  // Atom 0.3 could base64-encode content; such content is left out rather than decoded blind.
  return element.getAttribute('mode') === 'base64' ? '' : (element.textContent ?? '');
}

/**
 * A text construct as plain text. Text is taken as text, but a character reference left in it can only be
 * a publisher's double escaping (`&amp;amp;`), so references are decoded once; markup in it stays literal.
 */
function plainOf(element: Element | undefined): string {
  if (!element) return '';
  const kind = kindOf(element);
  return kind === 'html' ? htmlToText(rawText(element)) : kind === 'xhtml' ? collapseWhitespace(element.textContent ?? '') : plainText(rawText(element));
}

/** A text construct as HTML for the sanitizer; inline XHTML is serialized without its wrapping <div>. */
function htmlOf(element: Element | undefined): string {
  if (!element) return '';
  const kind = kindOf(element);
  if (kind === 'html') return rawText(element);
  if (kind === 'text') return escapeHtml(rawText(element).trim());
  const serializer = new XMLSerializer();
  return [...(childNamed(element, NS.xhtml, 'div') ?? element).childNodes].map(node => serializer.serializeToString(node)).join('');
}

function authorsOf(parent: Element, core: string | null): string {
  return childrenNamed(parent, core, 'author')
    .map(author => collapseWhitespace(textOf(childNamed(author, core, 'name'))))
    .filter(Boolean)
    .join(', ');
}

/** The page an entry or feed points to: the first `alternate` link, preferring HTML. */
function alternateLink(parent: Element, core: string | null, base: string | null): string | null {
  const alternates = childrenNamed(parent, core, 'link').filter(link => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  const link = alternates.find(candidate => /html/.test(candidate.getAttribute('type') ?? 'html')) ?? alternates[0];
  return link ? safeHttpUrl(link.getAttribute('href'), baseOf(link, base)) : null;
}

function dateOf(parent: Element, core: string | null, names: string[]): Date | null {
  for (const name of names) {
    const date = parseDate(textOf(childNamed(parent, core, name)));
    if (date) return date;
  }
  return null;
}

function readEntry(entry: Element, core: string | null, outerBase: string | null, documentUrl: string | null, feedAuthor: string, index: number): FeedItem {
  const base = baseOf(entry, outerBase);
  const url = alternateLink(entry, core, base);
  const summary = childNamed(entry, core, 'summary');
  const content = childNamed(entry, core, 'content');
  // Out-of-line content (`src`) is a link to elsewhere, not text to show.
  const inline = content?.hasAttribute('src') ? undefined : content;
  const contentHtml = htmlOf(inline) || htmlOf(summary);
  const contentBase = inline ? baseOf(inline, base) : base;
  const htmlBase = htmlBaseOf(contentBase, documentUrl, url);
  return finishItem(
    {
      id: textOf(childNamed(entry, core, 'id')),
      url,
      title: plainOf(childNamed(entry, core, 'title')),
      // Video feeds (YouTube) describe an entry only in media:group/media:description.
      summary: plainOf(summary) || plainOf(inline) || htmlToText(entry.getElementsByTagNameNS(NS.media, 'description')[0]?.textContent ?? ''),
      contentHtml,
      image: declaredPicture(entry, base) ?? pictureInHtml(contentHtml, htmlBase),
      tags: childrenNamed(entry, core, 'category').map(category => collapseWhitespace(category.getAttribute('label') ?? category.getAttribute('term') ?? '')),
      // Atom 0.3 called them issued, modified and created.
      published: dateOf(entry, core, ['published', 'issued', 'created', 'updated', 'modified']),
      updated: dateOf(entry, core, ['updated', 'modified']),
      author: authorsOf(entry, core) || feedAuthor,
    },
    index,
  );
}

/** Reads an Atom 1.0 or 0.3 document from its `<feed>` root element. */
export function parseAtom(root: Element, url?: string): Feed {
  const core = root.namespaceURI;
  const documentUrl = safeHttpUrl(url) ?? selfLink(root, core);
  const base = baseOf(root, documentUrl);
  const feedAuthor = authorsOf(root, core);
  return {
    title: plainOf(childNamed(root, core, 'title')),
    url: alternateLink(root, core, base),
    language: languageTag(root.getAttributeNS(NS.xml, 'lang')),
    items: childrenNamed(root, core, 'entry').map((entry, index) => readEntry(entry, core, base, documentUrl, feedAuthor, index)),
  };
}
