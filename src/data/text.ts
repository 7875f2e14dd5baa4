// Plain-text helpers that work without a DOM, so the JSON side of the data layer runs in Node too.

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  hellip: '\u2026', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
};

const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi;

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // Lone surrogates and out-of-range code points would make String.fromCodePoint throw.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  }
  return NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/** Decodes character references once. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, decodeEntity);
}

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Turns an HTML fragment into plain text: comments and the contents of script and style dropped,
 * tags removed, entities decoded, whitespace collapsed. The result is only ever bound as text.
 */
export function htmlToText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ');
  return collapseWhitespace(decodeEntities(withoutTags));
}

/** Cuts text to at most `length` characters at a word boundary, adding an ellipsis when cut. */
export function truncateWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > length * 0.5 ? cut.slice(0, lastSpace) : text.slice(0, length)).replace(/[\s,.;:!?-]+$/, '');
  return `${head}\u2026`;
}
