// Atom 1.0 (and the 0.3 draft that is still served). Unlike RSS, Atom says what each text is: its text
// constructs are plain text, escaped HTML or inline XHTML, and each is read as what it says it is.
import { parseDate } from './dates.js';
import { declaredPicture } from './declared-picture.js';
import { pictureInHtml } from './images.js';
import { MAX_ITEMS, finishItem, htmlBaseOf } from './item.js';
import { TEXT_LIMIT, collapseWhitespace, cutText, escapeHtml, htmlToText, languageTag, plainText } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';
import { NS, attribute, attributeNS, baseOf, childNamed, childrenNamed, descendantNamed, innerMarkup, selfLink, textContent, textOf, type XmlElement } from './xml.js';

/** How a text construct is written: `text`, `html` or `xhtml` (Atom 0.3 names MIME types instead). */
function kindOf(element: XmlElement): string {
  const type = attribute(element, 'type') ?? '';
  return /xhtml/i.test(type) ? 'xhtml' : /^(text\/)?html$/i.test(type) ? 'html' : 'text';
}

/** Atom 0.3's `mode="base64"` content: base64 of UTF-8 text; '' when it is not base64 at all. */
function fromBase64(text: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text.replace(/\s+/g, '')), char => char.charCodeAt(0)));
  } catch {
    return '';
  }
}

function rawText(element: XmlElement): string {
  const text = textContent(element);
  return attribute(element, 'mode') === 'base64' ? fromBase64(text) : text;
}

/**
 * A text construct as plain text. Text is taken as text, but a character reference left in it can only be
 * a publisher's double escaping (`&amp;amp;`), so references are decoded once; markup in it stays literal.
 */
function plainOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const kind = kindOf(element);
  // Inline XHTML's text is already decoded: a reference left in it is text the author meant.
  if (kind === 'xhtml') return cutText(collapseWhitespace(cutText(textContent(element), TEXT_LIMIT * 4)), TEXT_LIMIT);
  return kind === 'html' ? htmlToText(rawText(element)) : plainText(rawText(element));
}

/** A text construct as HTML for the sanitizer; inline XHTML is its markup as written, without its wrapping <div>. */
function htmlOf(element: XmlElement | undefined): string {
  if (!element) return '';
  const kind = kindOf(element);
  if (kind === 'html') return rawText(element);
  if (kind === 'text') return escapeHtml(rawText(element).trim());
  return innerMarkup(childNamed(element, NS.xhtml, 'div') ?? element);
}

function authorsOf(parent: XmlElement, core: string | null): string {
  return childrenNamed(parent, core, 'author')
    .map(author => collapseWhitespace(textOf(childNamed(author, core, 'name'))))
    .filter(Boolean)
    .join(', ');
}

/** The page an entry or feed points to: the first `alternate` link, preferring HTML. */
function alternateLink(parent: XmlElement, core: string | null, base: string | null): string | null {
  const alternates = childrenNamed(parent, core, 'link').filter(link => (attribute(link, 'rel') ?? 'alternate') === 'alternate');
  const link = alternates.find(candidate => /html/.test(attribute(candidate, 'type') ?? 'html')) ?? alternates[0];
  return link ? safeHttpUrl(attribute(link, 'href'), baseOf(link, base)) : null;
}

function dateOf(parent: XmlElement, core: string | null, names: string[]): Date | null {
  for (const name of names) {
    const date = parseDate(textOf(childNamed(parent, core, name)));
    if (date) return date;
  }
  return null;
}

function readEntry(entry: XmlElement, core: string | null, outerBase: string | null, documentUrl: string | null, feedAuthor: string, index: number): FeedItem {
  const base = baseOf(entry, outerBase);
  const url = alternateLink(entry, core, base);
  const summary = childNamed(entry, core, 'summary');
  const content = childNamed(entry, core, 'content');
  // Out-of-line content (`src`) is a link to elsewhere, not text to show.
  const inline = content && attribute(content, 'src') !== null ? undefined : content;
  const contentHtml = htmlOf(inline) || htmlOf(summary);
  const contentBase = inline ? baseOf(inline, base) : base;
  const htmlBase = htmlBaseOf(contentBase, documentUrl, url);
  return finishItem(
    {
      id: textOf(childNamed(entry, core, 'id')),
      url,
      title: plainOf(childNamed(entry, core, 'title')),
      // Video feeds (YouTube) describe an entry only in media:group/media:description.
      summary: () => plainOf(summary) || plainOf(inline) || htmlToText(textContent(descendantNamed(entry, NS.media, 'description'))),
      contentHtml,
      image: declaredPicture(entry, base) ?? pictureInHtml(contentHtml, htmlBase),
      tags: [
        ...childrenNamed(entry, core, 'category').map(category => collapseWhitespace(attribute(category, 'label') ?? attribute(category, 'term') ?? '')),
        // Some Atom feeds name their topics with Dublin Core instead.
        ...childrenNamed(entry, NS.dc, 'subject').map(subject => htmlToText(textContent(subject))),
      ],
      // Atom 0.3 called them issued, modified and created.
      published: dateOf(entry, core, ['published', 'issued', 'created', 'updated', 'modified']),
      updated: dateOf(entry, core, ['updated', 'modified']),
      author: authorsOf(entry, core) || feedAuthor,
    },
    index,
  );
}

/** Reads an Atom 1.0 or 0.3 document from its `<feed>` root element. */
export function parseAtom(root: XmlElement, url?: string): Feed {
  const core = root.ns;
  const documentUrl = safeHttpUrl(url) ?? selfLink(root, core);
  const base = baseOf(root, documentUrl);
  const feedAuthor = authorsOf(root, core);
  return {
    title: plainOf(childNamed(root, core, 'title')),
    url: alternateLink(root, core, base),
    language: languageTag(attributeNS(root, NS.xml, 'lang')),
    // An entry the document ended inside (a truncated feed) is left out: its fields may be cut anywhere.
    items: childrenNamed(root, core, 'entry')
      .filter(entry => entry.complete)
      .slice(0, MAX_ITEMS)
      .map((entry, index) => readEntry(entry, core, base, documentUrl, feedAuthor, index)),
  };
}
