// Turns response bytes into text. Feeds declare their encoding in three places that often disagree
// (a byte order mark, the XML declaration, the Content-Type charset), so the order is a decision:
//
// 1. A byte order mark is the encoding, whatever else says (XML requires one for UTF-16).
// 2. Bytes that are valid UTF-8 are UTF-8. Real text in a legacy encoding (windows-1251, ISO-8859-1, GBK)
//    is practically never valid UTF-8, while feeds served or declared with a stale legacy label very
//    often are; an ASCII-only feed decodes the same either way.
// 3. Otherwise the XML declaration, then the Content-Type charset: the document's own declaration was
//    written by the software that wrote the bytes, a server's charset is often a site-wide default.
// 4. Declared UTF-8 with invalid bytes is decoded leniently: each bad sequence becomes U+FFFD, the rest
//    of the feed stays readable.
// 5. Nothing declared and not UTF-8: the bytes are guessed from their letters: mostly bytes from 0xC0 up
//    means Cyrillic (KOI8-R when the 0xC0-0xDF half dominates, as its lower case lives there, else
//    windows-1251); otherwise a Western feed in windows-1252, the superset of ISO-8859-1.

const FIRST_BYTES = 1024;

function bomEncoding(bytes: Uint8Array): string | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  return a === 0xfe && b === 0xff ? 'utf-16be' : null;
}

function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every encoding this reads, so the first bytes are looked at as Latin-1.
  const head = String.fromCharCode(...bytes.subarray(0, FIRST_BYTES));
  return /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
}

/** The charset parameter of a Content-Type header, if any. */
export function contentTypeCharset(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    // An unknown label is treated as no declaration at all.
    return null;
  }
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  let asciiLetters = 0;
  let lowHalf = 0;
  let highHalf = 0;
  for (const byte of bytes) {
    if (byte >= 0xe0) highHalf++;
    else if (byte >= 0xc0) lowHalf++;
    else if ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a) asciiLetters++;
  }
  // Accented letters are a few percent of a Western text's letters (markup included); Cyrillic letters
  // outnumber the markup's ASCII. Real feeds sit far from this line on either side (about 0.03 and 2.5).
  if ((lowHalf + highHalf) * 3 < asciiLetters) return 'windows-1252';
  return lowHalf > highHalf ? 'koi8-r' : 'windows-1251';
}

/**
 * Decodes a response body to text by the rules above; a string is returned as it is, less a byte
 * order mark. Never throws: undecodable bytes become U+FFFD.
 */
export function decodeBody(body: ArrayBuffer | string, contentType?: string): string {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  const bytes = new Uint8Array(body);
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declarations decide, or a guess when there are none.
  }
  const declared = decoderFor(xmlDeclaredEncoding(bytes)) ?? decoderFor(contentTypeCharset(contentType));
  return (declared ?? new TextDecoder(guessLegacyEncoding(bytes))).decode(bytes);
}
