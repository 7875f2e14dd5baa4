// Character references, decoded without a DOM: XML's five, numeric references, and the HTML named entities
// that feeds actually use. Feeds write HTML entities both where XML forbids them (a bare &eacute; in a title)
// and inside escaped HTML, so the one table serves the XML reader and the HTML-to-text routines alike.

const XML_ENTITIES: Record<string, string> = { __proto__: null as unknown as string, amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// Accented letters are a base letter and a combining mark composed (&eacute; is "e" + U+0301), so they need no
// table of their own: only the mark for each suffix.
const MARKS: Record<string, string> = {
  __proto__: null as unknown as string,
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030a', cedil: '\u0327', caron: '\u030c',
};

// The other named entities seen in real feeds, each name followed by what it stands for.
const NAMED =
  'nbsp\u00a0hellip\u2026mdash\u2014ndash\u2013lsquo\u2018rsquo\u2019sbquo\u201aldquo\u201crdquo\u201dbdquo\u201elaquo\u00abraquo\u00bb' +
  'bull\u2022middot\u00b7copy\u00a9reg\u00aetrade\u2122euro\u20acpound\u00a3yen\u00a5cent\u00a2sect\u00a7deg\u00b0' +
  'plusmn\u00b1times\u00d7divide\u00f7frac12\u00bdfrac14\u00bcfrac34\u00beiexcl\u00a1iquest\u00bfshy\u00adszlig\u00df' +
  'aelig\u00e6AElig\u00c6oslash\u00f8Oslash\u00d8oelig\u0153OElig\u0152thinsp\u2009larr\u2190rarr\u2192';

let named: Map<string, string> | undefined;

function namedEntity(name: string): string | undefined {
  if (!named) {
    named = new Map();
    for (const [, entity, value] of NAMED.matchAll(/([a-z\d]+)([^a-z\d]+)/gi)) named.set(entity, value);
  }
  const found = XML_ENTITIES[name] ?? named.get(name) ?? XML_ENTITIES[name.toLowerCase()];
  if (found !== undefined) return found;
  const mark = MARKS[name.slice(1)];
  const letter = mark && /^[a-zA-Z]$/.test(name[0]) ? (name[0] + mark).normalize('NFC') : '';
  return letter.length === 1 ? letter : undefined;
}

// HTML reads the references 128-159 as the windows-1252 characters they were in old pages; feeds still write them.
const WINDOWS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function codePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80];
  // Zero, lone surrogates and out-of-range code points are not characters.
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
}

/** The character of the reference at `amp` and where the reference ends; undefined when none is there. */
function referenceAt(text: string, amp: number): [string, number] | undefined {
  const numeric = text.charCodeAt(amp + 1) === 35;
  const hex = numeric && (text.charCodeAt(amp + 2) | 0x20) === 120;
  const start = amp + (hex ? 3 : numeric ? 2 : 1);
  // Bounded lengths keep every attempt short, whatever follows the "&".
  const longest = start + (hex ? 7 : numeric ? 8 : 32);
  let end = start;
  while (end < longest && isAlphanumeric(text.charCodeAt(end))) end++;
  if (end === start || text.charCodeAt(end) !== 59) return undefined;
  const body = text.slice(start, end);
  const character = !numeric ? (/^[A-Za-z]/.test(body) ? namedEntity(body) : undefined) : (hex ? /^[\da-f]+$/i : /^\d+$/).test(body) ? codePoint(parseInt(body, hex ? 16 : 10)) : undefined;
  return character === undefined ? undefined : [character, end + 1];
}

/** Decodes character references once; a name no table knows stays as it was written. */
export function decodeEntities(text: string): string {
  let decoded = '';
  let copied = 0;
  // One look at each "&", from where the last reference ended: a storm of "&" costs one step each.
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const reference = referenceAt(text, amp);
    if (!reference) continue;
    decoded += text.slice(copied, amp) + reference[0];
    copied = reference[1];
    amp = copied - 1;
  }
  return copied ? decoded + text.slice(copied) : text;
}
