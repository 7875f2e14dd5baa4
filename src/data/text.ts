// Plain-text helpers. They work without a DOM, so the JSON side of the data layer runs in Node too;
// in a browser, named entities outside the small table below are decoded by the HTML parser itself.
import { hasDom, inertDocument } from './dom.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
};

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi;

// HTML knows more than two thousand named references; the browser's parser has them all, so rarer ones
// (&eacute;, &euro;, ...) are looked up there once each instead of shipping a table.
const browserEntities = new Map<string, string>();

function browserEntity(match: string): string {
  let decoded = browserEntities.get(match);
  if (decoded === undefined) {
    decoded = inertDocument(`<p>${match}`, 'text/html').body.textContent ?? match;
    browserEntities.set(match, decoded);
  }
  return decoded;
}

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Lone surrogates and out-of-range code points would make String.fromCodePoint throw.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? (hasDom() ? browserEntity(match) : match);
}

/** Decodes character references once. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(ENTITY, decodeEntity) : text;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Plain text that may carry stray character references: decoded once, whitespace collapsed, markup kept as text. */
export function plainText(text: string): string {
  return collapseWhitespace(decodeEntities(text));
}

const BLOCK_TAG = /<\/?(?:address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|img|li|ol|p|pre|section|table|td|th|tr|ul)\b[^>]*>/gi;

/**
 * Turns an HTML fragment into plain text: comments and the contents of script and style dropped,
 * tags removed, entities decoded, whitespace collapsed. The result is only ever bound as text.
 * Entities are decoded after the tags are gone, so markup that was escaped twice in the source
 * (`&lt;b&gt;`) comes out as the literal text `<b>`, never as a tag.
 */
export function htmlToText(html: string): string {
  const withoutTags = html.includes('<')
    ? html
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        // Blocks and line breaks separate words; inline elements sit inside them ("ft<sup>2</sup>").
        .replace(BLOCK_TAG, ' ')
        .replace(/<\/?[a-z][^>]*>/gi, '')
    : html;
  return plainText(withoutTags);
}

/** Escapes text so that it reads the same when handed to something that expects HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, char => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** Cuts text to at most `length` characters at a word boundary, adding an ellipsis when cut. */
export function truncateWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > length * 0.5 ? cut.slice(0, lastSpace) : text.slice(0, length)).replace(/[\s,.;:!?-]+$/, '');
  return `${head}\u2026`;
}

/** A language code as feeds write it (`en_US`, ` ru `) as a BCP 47 tag (`en-US`, `ru`); null when empty. */
export function languageTag(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/_/g, '-') : null;
}
