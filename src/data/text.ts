// Plain-text helpers. They need no DOM, so every reader runs in Node, Web Workers and edge runtimes too, and each
// runs in time linear in its input and reads only a bounded prefix of it: a feed shows a few lines of each text,
// and a hostile one must not cost more than those lines.
import { decodeEntities } from './entities.js';

export { decodeEntities } from './entities.js';

/** The most characters of plain text kept from one field (a summary); titles keep fewer (see item.ts). */
export const TEXT_LIMIT = 10_240;

/** How much more markup than text a field is read for: tags and entities take room that text does not. */
const MARKUP_PER_TEXT = 4;

/** `text` cut to at most `limit` characters, never between the two halves of a character that takes two UTF-16 units. */
export function cutText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  // Only what is not already one plain space is replaced (\s includes the no-break space): most gaps between
  // words are, and matching each of them would cost most of the time.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Plain text that may carry stray character references: decoded once, whitespace collapsed, markup kept as text, at most `limit` characters. */
export function plainText(text: string, limit = TEXT_LIMIT): string {
  // Cut after collapsing, so a cut that lands after a space drops it too.
  return cutText(collapseWhitespace(decodeEntities(cutText(text, limit * MARKUP_PER_TEXT))), limit).trimEnd();
}

// Elements that separate words; inline elements sit inside words' runs ("ft<sup>2</sup>").
const BLOCK = new Set('article blockquote br div figcaption figure h1 h2 h3 h4 h5 h6 hr img li ol ul p pre section td th tr'.split(' '));

const RAW_TEXT_END = /<\/(script|style)/gi;

function isLetter(code: number): boolean {
  return (code | 0x20) >= 97 && (code | 0x20) <= 122;
}

/** The text between the tags of an HTML fragment, comments, doctypes and the contents of script and style left out. */
function withoutTags(html: string): string {
  let text = '';
  let position = 0;
  const length = html.length;
  for (let less = html.indexOf('<'); less >= 0; less = html.indexOf('<', position)) {
    const next = html.charCodeAt(less + 1);
    const closing = next === 47;
    let end: number;
    let separator = ' ';
    if (html.startsWith('<!--', less)) {
      const close = html.indexOf('-->', less + 4);
      end = close < 0 ? length : close + 3;
    } else if (next === 33 || next === 63) {
      // Doctypes, CDATA markers and processing instructions are markup too, not words.
      const close = html.indexOf('>', less);
      end = close < 0 ? length : close + 1;
    } else if (isLetter(next) || (closing && isLetter(html.charCodeAt(less + 2)))) {
      // A tag that never closes takes the rest of the fragment with it, as a browser's parser does.
      const close = html.indexOf('>', less);
      end = close < 0 ? length : close + 1;
      let nameEnd = less + (closing ? 2 : 1);
      while (nameEnd < length && (isLetter(html.charCodeAt(nameEnd)) || (html.charCodeAt(nameEnd) >= 48 && html.charCodeAt(nameEnd) <= 57))) nameEnd++;
      const name = html.slice(less + (closing ? 2 : 1), nameEnd).toLowerCase();
      if (!closing && (name === 'script' || name === 'style') && close >= 0) {
        RAW_TEXT_END.lastIndex = close;
        const found = RAW_TEXT_END.exec(html);
        const after = found ? html.indexOf('>', found.index) : -1;
        end = after < 0 ? length : after + 1;
      }
      if (!BLOCK.has(name)) separator = '';
    } else {
      // A "<" that starts no tag is a character of the text.
      text += html.slice(position, less + 1);
      position = less + 1;
      continue;
    }
    text += html.slice(position, less) + separator;
    position = end;
  }
  return text + html.slice(position);
}

/**
 * Turns an HTML fragment into plain text: comments, doctypes and the contents of script and style dropped,
 * tags removed, entities decoded, whitespace collapsed, at most `limit` characters, read from a prefix of the
 * fragment a few times that long (so its cost is that of the text asked for, not of the fragment). The result is only ever bound as text.
 * Entities are decoded after the tags are gone, so markup that was escaped twice in the source
 * (`&lt;b&gt;`) comes out as the literal text `<b>`, never as a tag.
 */
export function htmlToText(html: string, limit = TEXT_LIMIT): string {
  // When markup filled the prefix (a picture's srcset, a style block), a longer one is read, up to the longest.
  for (let size = limit * MARKUP_PER_TEXT; ; size *= MARKUP_PER_TEXT) {
    const prefix = cutText(html, size);
    const text = plainText(prefix.includes('<') ? withoutTags(prefix) : prefix, limit);
    if (text.length >= limit || prefix.length === html.length || size >= TEXT_LIMIT * MARKUP_PER_TEXT) return text;
  }
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
  const cut = space > length / 2 ? room.slice(0, space) : cutText(clean, length);
  return `${cut.replace(/[\s,;:.!?\-–—…]+$/u, '')}\u2026`;
}

/** A language code as feeds write it (`en_US`, ` ru `) as a BCP 47 tag (`en-US`, `ru`); null when empty. */
export function languageTag(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().replace(/_/g, '-') : null;
}
