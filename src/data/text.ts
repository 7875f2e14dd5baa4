// Plain-text helpers. They work without a DOM, so the JSON side of the data layer runs in Node too.
import { hasDom, inertDocument } from './dom.js';

// The references XML itself defines, plus the one HTML feeds use most; in a browser, every other named
// reference (&eacute;, &hellip;, ...) is looked up in the HTML parser once each instead of shipping a table.
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi;

// Bounded: a hostile feed could otherwise grow it with endless made-up names.
const browserEntities = new Map<string, string>();

function browserEntity(match: string): string {
  let decoded = browserEntities.get(match);
  if (decoded === undefined) {
    decoded = inertDocument(`<p>${match}`, 'text/html').body.textContent ?? match;
    if (browserEntities.size < 1000) browserEntities.set(match, decoded);
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

const BLOCK_TAG = /<\/?(?:article|blockquote|br|div|figcaption|figure|h[1-6]|hr|img|li|[ou]l|p|pre|section|t[dhr])\b[^>]*>/gi;

/**
 * Turns an HTML fragment into plain text: comments, doctypes and the contents of script and style dropped,
 * tags removed, entities decoded, whitespace collapsed. The result is only ever bound as text.
 * Entities are decoded after the tags are gone, so markup that was escaped twice in the source
 * (`&lt;b&gt;`) comes out as the literal text `<b>`, never as a tag.
 */
export function htmlToText(html: string): string {
  const withoutTags = html.includes('<')
    ? html
        .replace(/<!--[\s\S]*?-->/g, ' ')
        // Doctypes, CDATA markers and processing instructions are markup too, not words.
        .replace(/<[!?][^>]*>/g, ' ')
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

/**
 * `text` with its white space collapsed, cut to at most `length` characters at the end of a word, with an ellipsis
 * when anything was cut. Text without spaces where the cut falls (Chinese, Japanese, a long address) is cut at the
 * character, never between the two halves of a character that takes two UTF-16 units (an emoji, a rare CJK one).
 */
export function truncateWords(text: string, length: number): string {
  const clean = collapseWhitespace(text);
  if (clean.length <= length) return clean;
  const room = clean.slice(0, length + 1);
  const space = room.lastIndexOf(' ');
  let cut = space > length / 2 ? room.slice(0, space) : clean.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.replace(/[\s,;:.!?\-–—…]+$/u, '')}\u2026`;
}

/** A language code as feeds write it (`en_US`, ` ru `) as a BCP 47 tag (`en-US`, `ru`); null when empty. */
export function languageTag(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/_/g, '-') : null;
}
