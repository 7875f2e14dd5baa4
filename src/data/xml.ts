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

// Prefixes feeds use without declaring them. Those of the namespaces the readers look into get their URI; every
// other undeclared prefix (wfw:, slash:, itunes:, georss:, yandex:, ...) gets a namespace of its own, so that its
// elements are read as extensions and never taken for the format's own.
const WELL_KNOWN: Record<string, string> = { __proto__: null as unknown as string, ...NS };

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
/** Elements deeper than this are read as text: a bound on the work any one element can cost. */
const MAX_DEPTH = 256;
/**
 * The most children one element may have: reading stops at the next one, as at the end of a truncated document.
 * The most items a feed is read for (item.ts) and a hundred more for the feed's own elements beside them.
 */
const MAX_CHILDREN = 1100;

// A tag's name, then one attribute at a time: a name and a value in double or single quotes or bare; else the
// tag's end ("/>" or ">") or one stray character. A value stops at "<" too, so a quote that never closes costs
// no more than its own tag, and nothing is ever read twice.
const NAME = /[^\s/>=<]+/y;
const ATTRIBUTE = /\s*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"<]*)"?|'([^'<]*)'?|([^\s"'<>]*)))?|\s*(\/?>|[^<>]?)/y;

/**
 * Reads the attributes of a tag, from the end of its name, into `attributes` (name, value, name, value, ...;
 * values decoded, at most `MAX_ATTRIBUTES`). Returns where the tag ends and whether it closed itself (`/>`).
 * HTML tags read the same way.
 */
export function readAttributes(text: string, index: number, attributes: string[]): [end: number, closed: boolean] {
  for (;;) {
    ATTRIBUTE.lastIndex = index;
    const [, name, double, single, bare, end] = ATTRIBUTE.exec(text)!;
    index = ATTRIBUTE.lastIndex;
    if (name === undefined) {
      // A tag that reaches "<" or the end of the text was never closed; a stray character is read past.
      if (!end || end.endsWith('>')) return [index, end === '/>'];
    } else if (attributes.length < MAX_ATTRIBUTES * 2) {
      attributes.push(name, decodeEntities(double ?? single ?? bare ?? ''));
    }
  }
}

function resolvePrefix(scope: Scope, prefix: string): string | null {
  return scope[prefix] ?? WELL_KNOWN[prefix] ?? (prefix ? `undeclared:${prefix}` : null);
}

/** The document's elements, read as far as they go; null when the text holds no element at all. */
export function parseXml(text: string): XmlElement | null {
  const length = text.length;
  // Assigned inside readStartTag too, so TypeScript must not narrow them here.
  let root = null as XmlElement | null;
  let current = null as XmlElement | null;
  let depth = 0;
  // Where the text not yet added starts, where to look for the next "<", and where reading stops.
  let textStart = 0;
  let position = 0;
  let stop = length;
  const addText = (end: number) => {
    if (end > textStart && current) current.nodes.push(decodeEntities(text.slice(textStart, end)));
  };

  while (position < length) {
    const less = text.indexOf('<', position);
    if (less < 0) break;
    const next = text[less + 1];
    // Where the markup that starts here ends, and the token that ends it; a document that stops inside
    // markup stops there.
    const [endToken, skip] =
      next === '/' ? ['>', 2] : next === '?' ? ['?>', 2] : text.startsWith('<!--', less) ? ['-->', 4] : text.startsWith('<![CDATA[', less) ? [']]>', 9] : next === '!' ? ['>', 2] : ['', 0];
    if (endToken) {
      const end = text.indexOf(endToken, less + skip);
      if (end < 0) {
        stop = less;
        break;
      }
      addText(less);
      if (skip === 9) current?.nodes.push(text.slice(less + 9, end));
      // An end tag closes the nearest open element of its name and everything opened inside it; one that
      // matches nothing open is ignored. A doctype is stepped over, never read, so nothing it declares expands.
      if (next === '/') {
        const name = text.slice(less + 2, end).trim();
        let open = current;
        while (open && open.qualified !== name) open = open.parent;
        for (; open && current !== open.parent; depth--) {
          current!.end = less;
          current = current!.parent;
        }
      }
      position = textStart = end + endToken.length;
    } else if (/[A-Za-z_\u0080-\uffff]/.test(next ?? '') && depth < MAX_DEPTH) {
      if (current && current.children.length >= MAX_CHILDREN) {
        stop = less;
        break;
      }
      addText(less);
      position = textStart = readStartTag(less + 1);
    } else {
      // A "<" that starts no markup is text, as lenient readers take it: it stays in the text being gathered.
      position = less + 1;
    }
  }
  addText(stop);
  // Elements still open at the end are closed where the text stops, and marked incomplete.
  for (; current; current = current.parent) {
    current.end = length;
    current.complete = false;
  }
  return root;

  function readStartTag(nameStart: number): number {
    NAME.lastIndex = nameStart;
    const qualified = NAME.exec(text)![0];
    const attributes: string[] = [];
    const [index, closed] = readAttributes(text, NAME.lastIndex, attributes);
    let scope = current ? current.scope : (Object.create(null) as Scope);
    for (let i = 0; i < attributes.length; i += 2) {
      const name = attributes[i];
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      if (scope === current?.scope) scope = Object.create(scope) as Scope;
      scope[name.slice(6)] = attributes[i + 1];
    }
    // A second root is read past.
    if (root && !current) return index;
    const colon = qualified.indexOf(':');
    const element: XmlElement = {
      name: qualified.slice(colon + 1),
      ns: resolvePrefix(scope, colon < 0 ? '' : qualified.slice(0, colon)),
      qualified,
      source: text,
      attributes,
      scope,
      parent: current,
      children: [],
      nodes: [],
      start: index,
      end: index,
      complete: true,
    };
    if (current) {
      current.children.push(element);
      current.nodes.push(element);
    } else {
      root = element;
    }
    if (!closed) {
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

// HTML elements that have no end tag: an HTML parser reads "</br>" as a second <br> and "</img>" as nothing.
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
// What an HTML parser reads as a tag or attribute name, and nothing more: a name outside it is left out.
const HTML_NAME = /^[A-Za-z][\w.:-]*$/;

/**
 * The markup inside an element, written again from the parsed tree for an HTML parser: elements as tags (XHTML ones
 * by their local name), every text, CDATA section included, escaped, and comments and processing instructions left
 * out. Never the source as written: there a CDATA section, a processing instruction or a comment is text to an XML
 * reader but may be read as tags by an HTML parser (`<?x ><img src=...>?>`, `<!--><img src=...>-->`), so what the
 * feed wrote as text would load or run as markup.
 */
export function innerMarkup(element: XmlElement): string {
  let markup = '';
  for (const node of element.nodes) {
    if (typeof node === 'string') {
      markup += escapeHtml(node);
      continue;
    }
    const name = node.ns === NS.xhtml ? node.name : node.qualified;
    if (!HTML_NAME.test(name)) {
      markup += innerMarkup(node);
      continue;
    }
    let tag = `<${name}`;
    const { attributes } = node;
    for (let i = 0; i < attributes.length; i += 2) {
      const attributeName = attributes[i];
      if (HTML_NAME.test(attributeName) && attributeName !== 'xmlns' && !attributeName.startsWith('xmlns:')) tag += ` ${attributeName}="${escapeHtml(attributes[i + 1])}"`;
    }
    markup += VOID.has(name.toLowerCase()) ? `${tag}>${innerMarkup(node)}` : `${tag}>${innerMarkup(node)}</${name}>`;
  }
  return markup;
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
