// A tolerant, namespace-aware XML reader made for feeds, with no DOM: the same code runs in browsers, Web
// Workers, Node and edge runtimes. It builds a small tree of elements and text and recovers the way lenient
// feed readers do: junk or comments before the root, undeclared prefixes, bare "&", HTML entities, stray end
// tags, and elements left open at the end (a truncated document keeps what it completed). Every step moves
// forward through the text, so its time is linear in the input whatever the input is; no DTD is ever read,
// so no entity expands.
import { decodeEntities } from './entities.js';
import { escapeHtml } from './text.js';
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

// The prefixes feeds use without declaring them, and what they mean when declared.
const WELL_KNOWN: Record<string, string> = {
  __proto__: null as unknown as string,
  xml: NS.xml,
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  dcterms: 'http://purl.org/dc/terms/',
  media: NS.media,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
  wfw: 'http://wellformedweb.org/CommentAPI/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  georss: 'http://www.georss.org/georss',
  yandex: 'http://news.yandex.ru',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  enc: 'http://purl.oclc.org/net/rss_2.0/enc#',
};

/** Prefix to namespace URI, inherited from the enclosing elements (`''` is the default namespace). */
type Scope = Record<string, string>;

/** An element of a parsed document. Text is kept in order with the child elements. */
export interface XmlElement {
  /** The local name, without prefix. */
  readonly name: string;
  /** The namespace URI; an undeclared prefix that is not a well-known one gets a name of its own. */
  readonly ns: string | null;
  /** Attributes as written: qualified name, value, qualified name, value, ... */
  readonly attributes: string[];
  readonly scope: Scope;
  readonly parent: XmlElement | null;
  readonly children: XmlElement[];
  /** Text (already decoded) and child elements, in document order. */
  readonly nodes: (string | XmlElement)[];
  /** The name as written, prefix included. */
  readonly qualified: string;
  /** The document's text, and where the element's content starts and ends in it. */
  readonly source: string;
  readonly start: number;
  end: number;
  /** False when the document ended before this element did. */
  complete: boolean;
}

/** The most attributes kept for one element; the rest are read past. */
const MAX_ATTRIBUTES = 64;
/** Elements deeper than this are read as if their tags were not there (their text goes to the parent). */
const MAX_DEPTH = 256;

const enum Char {
  Tab = 9, LineFeed = 10, Return = 13, Space = 32, Bang = 33, Quote = 34, Apostrophe = 39, Slash = 47, Colon = 58,
  Less = 60, Equals = 61, Greater = 62, Question = 63,
}

function isSpace(code: number): boolean {
  return code === Char.Space || code === Char.LineFeed || code === Char.Tab || code === Char.Return;
}

/** A character that may start an element name: a letter, `_`, or anything beyond ASCII. */
function isNameStart(code: number): boolean {
  return ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 95 || code > 127;
}

/** A character that ends a name inside a tag. */
function endsName(code: number): boolean {
  return isSpace(code) || code === Char.Greater || code === Char.Slash || code === Char.Less || code === Char.Equals || Number.isNaN(code);
}

function resolvePrefix(scope: Scope, prefix: string): string | null {
  return scope[prefix] ?? WELL_KNOWN[prefix] ?? (prefix ? `urn:undeclared-prefix:${prefix}` : null);
}

/** The document's elements, read as far as they go; null when the text holds no element at all. */
export function parseXml(text: string): XmlElement | null {
  const length = text.length;
  const rootScope: Scope = Object.create(null) as Scope;
  // Assigned inside the nested readers too, so TypeScript must not narrow them here.
  let root = null as XmlElement | null;
  let current = null as XmlElement | null;
  let depth = 0;
  // Tags skipped for depth, still open; their end tags are skipped too.
  let skipped = 0;
  let position = 0;

  const addText = (value: string) => {
    if (current) current.nodes.push(value);
  };

  const closeTo = (element: XmlElement, at: number) => {
    while (current && current !== element) {
      current.end = at;
      current = current.parent;
      depth--;
    }
    if (current) {
      current.end = at;
      current = current.parent;
      depth--;
    }
  };

  while (position < length) {
    const less = text.indexOf('<', position);
    const textEnd = less < 0 ? length : less;
    if (textEnd > position && current) {
      const raw = text.slice(position, textEnd);
      addText(raw.includes('&') ? decodeEntities(raw) : raw);
    }
    if (less < 0) break;
    position = less;
    const next = text.charCodeAt(position + 1);
    if (next === Char.Slash) {
      const greater = text.indexOf('>', position + 2);
      if (greater < 0) break;
      let nameEnd = position + 2;
      while (nameEnd < greater && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
      const qualified = text.slice(position + 2, nameEnd);
      if (skipped > 0) skipped--;
      else closeMatching(qualified, position);
      position = greater + 1;
    } else if (next === Char.Bang) {
      if (text.startsWith('<!--', position)) {
        const end = text.indexOf('-->', position + 4);
        if (end < 0) break;
        position = end + 3;
      } else if (text.startsWith('<![CDATA[', position)) {
        const end = text.indexOf(']]>', position + 9);
        if (end < 0) break;
        addText(text.slice(position + 9, end));
        position = end + 3;
      } else {
        // A doctype: its internal subset is stepped over, never read, so nothing it declares expands.
        const bracket = text.indexOf('[', position);
        const greater = text.indexOf('>', position);
        if (greater < 0) break;
        if (bracket >= 0 && bracket < greater) {
          const subsetEnd = text.indexOf(']', bracket);
          const after = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
          if (after < 0) break;
          position = after + 1;
        } else {
          position = greater + 1;
        }
      }
    } else if (next === Char.Question) {
      const end = text.indexOf('?>', position + 2);
      if (end < 0) break;
      position = end + 2;
    } else if (isNameStart(next)) {
      position = readStartTag(position + 1);
    } else {
      // A "<" that starts no markup is text, as lenient readers take it.
      addText('<');
      position++;
    }
  }
  // Elements still open at the end are closed where the text stops, and marked incomplete.
  while (current) {
    current.end = length;
    current.complete = false;
    current = current.parent;
  }
  return root;

  function closeMatching(qualified: string, at: number): void {
    // An end tag closes the nearest open element of that name and everything opened inside it;
    // an end tag that matches nothing open is ignored.
    for (let open = current; open; open = open.parent) {
      if (open.qualified === qualified) return closeTo(open, at);
    }
  }

  function readStartTag(nameStart: number): number {
    let index = nameStart;
    while (index < length && !endsName(text.charCodeAt(index))) index++;
    const qualified = text.slice(nameStart, index);
    const attributes: string[] = [];
    let selfClosing = false;
    let declares = false;
    // Attributes, read one character at a time up to ">", "/>" or a "<" that shows the tag was never closed.
    for (;;) {
      while (index < length && isSpace(text.charCodeAt(index))) index++;
      if (index >= length) break;
      const code = text.charCodeAt(index);
      if (code === Char.Greater) {
        index++;
        break;
      }
      if (code === Char.Less) break;
      if (code === Char.Slash) {
        index++;
        if (text.charCodeAt(index) === Char.Greater) {
          selfClosing = true;
          index++;
          break;
        }
        continue;
      }
      const attributeStart = index;
      while (index < length && !endsName(text.charCodeAt(index))) index++;
      if (index === attributeStart) {
        index++;
        continue;
      }
      const attribute = text.slice(attributeStart, index);
      while (index < length && isSpace(text.charCodeAt(index))) index++;
      let value = '';
      if (text.charCodeAt(index) === Char.Equals) {
        index++;
        while (index < length && isSpace(text.charCodeAt(index))) index++;
        const quote = text.charCodeAt(index);
        if (quote === Char.Quote || quote === Char.Apostrophe) {
          const valueStart = ++index;
          // A value ends at its quote; a "<" first means the quote was never closed.
          while (index < length) {
            const inside = text.charCodeAt(index);
            if (inside === quote || inside === Char.Less) break;
            index++;
          }
          value = text.slice(valueStart, index);
          if (text.charCodeAt(index) === quote) index++;
        } else {
          const valueStart = index;
          while (index < length && !endsName(text.charCodeAt(index))) index++;
          value = text.slice(valueStart, index);
        }
        if (value.includes('&')) value = decodeEntities(value);
      }
      if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) declares = true;
      if (attributes.length < MAX_ATTRIBUTES * 2) attributes.push(attribute, value);
    }
    if (depth >= MAX_DEPTH || (root && !current)) {
      // Too deep, or a second root: read past the tag.
      if (!selfClosing && current) skipped++;
      return index;
    }
    const parent = current;
    let scope = parent ? parent.scope : rootScope;
    if (declares) {
      scope = Object.create(scope) as Scope;
      for (let i = 0; i < attributes.length; i += 2) {
        const attribute = attributes[i];
        if (attribute === 'xmlns') scope[''] = attributes[i + 1];
        else if (attribute.startsWith('xmlns:')) scope[attribute.slice(6)] = attributes[i + 1];
      }
    }
    const colon = qualified.indexOf(':');
    const element: XmlElement = {
      name: colon < 0 ? qualified : qualified.slice(colon + 1),
      ns: resolvePrefix(scope, colon < 0 ? '' : qualified.slice(0, colon)),
      qualified,
      source: text,
      attributes,
      scope,
      parent,
      children: [],
      nodes: [],
      start: index,
      end: index,
      complete: true,
    };
    if (parent) {
      parent.children.push(element);
      parent.nodes.push(element);
    } else {
      root = element;
    }
    if (!selfClosing) {
      current = element;
      depth++;
    }
    return index;
  }
}

/** The direct children of `parent` with this namespace and local name. */
export function childrenNamed(parent: XmlElement, namespace: string | null, name: string): XmlElement[] {
  return parent.children.filter(child => child.name === name && child.ns === namespace);
}

/** The first direct child of `parent` with this namespace and local name. */
export function childNamed(parent: XmlElement | undefined, namespace: string | null, name: string): XmlElement | undefined {
  if (parent) for (const child of parent.children) if (child.name === name && child.ns === namespace) return child;
  return undefined;
}

/** The first element inside `parent`, at any depth, with this namespace and local name. */
export function descendantNamed(parent: XmlElement, namespace: string | null, name: string): XmlElement | undefined {
  for (const child of parent.children) {
    const found = child.name === name && child.ns === namespace ? child : descendantNamed(child, namespace, name);
    if (found) return found;
  }
  return undefined;
}

/** All the text inside an element, CDATA included, as a DOM's `textContent` would give it; '' for a missing element. */
export function textContent(element: XmlElement | undefined): string {
  if (!element) return '';
  const { nodes } = element;
  if (nodes.length === 1 && typeof nodes[0] === 'string') return nodes[0];
  let text = '';
  for (const node of nodes) text += typeof node === 'string' ? node : textContent(node);
  return text;
}

/** The text of an element, trimmed; '' for a missing element. */
export function textOf(element: XmlElement | undefined): string {
  return textContent(element).trim();
}

/** The markup inside an element exactly as the document wrote it, CDATA sections turned into escaped text. */
export function innerMarkup(element: XmlElement): string {
  const markup = element.source.slice(element.start, element.end);
  let result = '';
  let position = 0;
  for (let open = markup.indexOf('<![CDATA['); open >= 0; open = markup.indexOf('<![CDATA[', position)) {
    const close = markup.indexOf(']]>', open + 9);
    result += markup.slice(position, open) + escapeHtml(markup.slice(open + 9, close < 0 ? markup.length : close));
    position = close < 0 ? markup.length : close + 3;
  }
  return position ? result + markup.slice(position) : markup;
}

/** An attribute without a prefix, as written; null when absent. */
export function attribute(element: XmlElement, name: string): string | null {
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === name) return attributes[i + 1];
  return null;
}

/** A prefixed attribute found by its namespace, whatever prefix the document bound to it; null when absent. */
export function attributeNS(element: XmlElement, namespace: string, name: string): string | null {
  const { attributes } = element;
  for (let i = 0; i < attributes.length; i += 2) {
    const qualified = attributes[i];
    const colon = qualified.indexOf(':');
    if (colon > 0 && qualified.slice(colon + 1) === name && resolvePrefix(element.scope, qualified.slice(0, colon)) === namespace) return attributes[i + 1];
  }
  return null;
}

/** The base URL inside `element`: its `xml:base` resolved against the base around it. */
export function baseOf(element: XmlElement, outerBase: string | null): string | null {
  const base = attributeNS(element, NS.xml, 'base');
  return base ? (resolveUrl(base.trim(), outerBase) ?? outerBase) : outerBase;
}

/** The document's own address from a `<link rel="self">` (Atom's, or atom:link in RSS); null when absent or relative. */
export function selfLink(parent: XmlElement, namespace: string | null): string | null {
  const self = childrenNamed(parent, namespace, 'link').find(link => attribute(link, 'rel') === 'self');
  return safeHttpUrl(self && attribute(self, 'href'));
}
