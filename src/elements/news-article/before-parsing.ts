// An article's HTML read as text, before any parser sees it, for two things a sanitizer cannot do afterwards:
//  - pictures a reader never sees (declared 1x1 or 0x0, hidden by an attribute or a style, at a beacon's address)
//    are told by attributes the sanitizer removes, so they are found here and their tags dropped;
//  - Chromium checks inline event handlers and styles against the page's Content-Security-Policy while it parses
//    markup, even into an inert document, and reports each one once the nodes are adopted into the page: dropped
//    here, they never reach a parser, so a publisher's report endpoint hears nothing of them.
// This is no sanitizer and nothing here is trusted: it only takes things out, and the sanitizer and the walk
// (article-body.ts) see everything it leaves. Tags are read the way HTML's tokenizer reads them, so what it cuts
// is what a parser would have read as that tag or attribute.
import { BEACON } from '../../data/beacon.js';
import { decodeEntities } from '../../data/text.js';

/** Elements that go with their content before parsing: the sanitizer drops them anyway, and they would be reported. */
const DROPPED = new Set(['script', 'style']);
/** Elements whose content HTML reads as text until their end tag: nothing inside them is a tag. */
const RAW_TEXT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const SPACE = /[\t\n\f\r ]/;

/** One attribute as HTML's tokenizer reads it: its name in lower case, its value decoded, where it starts and ends. */
interface Attribute {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** The attributes of a start tag from the end of its name, and where the tag ends (the text's length when it never does). */
function readTag(html: string, index: number): { attributes: Attribute[]; end: number } {
  const attributes: Attribute[] = [];
  const length = html.length;
  for (;;) {
    while (index < length && (SPACE.test(html[index]) || html[index] === '/')) index++;
    if (index >= length) return { attributes, end: length };
    if (html[index] === '>') return { attributes, end: index + 1 };
    const start = index;
    // An attribute name may start with "=", and runs to a space, "/", ">" or "=".
    index++;
    while (index < length && !/[\t\n\f\r />=]/.test(html[index])) index++;
    const name = html.slice(start, index).toLowerCase();
    let valueEnd = index;
    while (valueEnd < length && SPACE.test(html[valueEnd])) valueEnd++;
    let value = '';
    if (html[valueEnd] === '=') {
      let at = valueEnd + 1;
      while (at < length && SPACE.test(html[at])) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        value = html.slice(at + 1, close < 0 ? length : close);
        index = close < 0 ? length : close + 1;
      } else {
        const valueStart = at;
        while (at < length && !/[\t\n\f\r >]/.test(html[at])) at++;
        value = html.slice(valueStart, at);
        index = at;
      }
    }
    attributes.push({ name, value: decodeEntities(value), start, end: index });
  }
}

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0*(?:\.0*)?\s*(?:[;!]|$)|(?:max-)?(?:width|height)\s*:\s*[0-2](?:\.\d*)?(?:px)?\s*(?:[;!]|$))/i;

/** True for a declared width or height under 3 pixels, a tracking pixel's: HTML reads "1", "1px" and "0.5" as such. */
export const pixelSize = (value: string | null | undefined): boolean => value != null && /^\s*[0-2](?:\D|$)/.test(value);

/** True for a picture no reader sees: a pixel by its size, hidden by an attribute or a style, or a beacon by its address. */
function invisible(attributes: Attribute[]): boolean {
  const get = (name: string) => attributes.find(attribute => attribute.name === name)?.value;
  const address = get('src') ?? '';
  return (
    get('hidden') !== undefined ||
    pixelSize(get('width')) ||
    pixelSize(get('height')) ||
    HIDING_STYLE.test(get('style') ?? '') ||
    BEACON.test(address) ||
    BEACON.test(get('srcset') ?? '')
  );
}

/** Where the raw text of `name` that starts at `index` ends: after its end tag, or at the end of the text. */
function rawTextEnd(html: string, index: number, name: string): number {
  const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
  end.lastIndex = index;
  const found = end.exec(html);
  if (!found) return html.length;
  const close = html.indexOf('>', found.index);
  return close < 0 ? html.length : close + 1;
}

/** Where a comment that starts at `index` ends, as HTML ends it: `<!-->` and `<!--->` end at once, else `-->` or `--!>`. */
function commentEnd(html: string, index: number): number {
  if (html.startsWith('>', index + 4)) return index + 5;
  if (html.startsWith('->', index + 4)) return index + 6;
  const ends = [html.indexOf('-->', index + 4), html.indexOf('--!>', index + 4)].filter(at => at >= 0);
  if (!ends.length) return html.length;
  const at = Math.min(...ends);
  return at + (html.startsWith('-->', at) ? 3 : 4);
}

const isLetter = (char: string | undefined) => char !== undefined && /[A-Za-z]/.test(char);

/**
 * `html` without invisible pictures, `<script>` and `<style>` elements, event handler attributes and `style`
 * attributes; everything else exactly as written.
 */
export function beforeParsing(html: string): string {
  let result = '';
  let copied = 0;
  const cut = (from: number, to: number) => {
    result += html.slice(copied, from);
    copied = to;
  };
  let position: number;
  for (let less = html.indexOf('<'); less >= 0; less = html.indexOf('<', position)) {
    const next = html[less + 1];
    if (html.startsWith('<!--', less)) {
      position = commentEnd(html, less);
    } else if (next === '!' || next === '?' || next === '/') {
      // An end tag, or a doctype, CDATA marker or processing instruction (a bogus comment): either ends at the next ">".
      const close = html.indexOf('>', less);
      position = close < 0 ? html.length : close + 1;
    } else if (isLetter(next)) {
      let nameEnd = less + 1;
      while (nameEnd < html.length && !/[\t\n\f\r />]/.test(html[nameEnd])) nameEnd++;
      const name = html.slice(less + 1, nameEnd).toLowerCase();
      const { attributes, end } = readTag(html, nameEnd);
      position = end;
      if (DROPPED.has(name)) {
        position = rawTextEnd(html, end, name);
        cut(less, position);
      } else if (name === 'img' && invisible(attributes)) {
        cut(less, end);
      } else {
        for (const { name: attribute, start, end: attributeEnd } of attributes) if (attribute.startsWith('on') || attribute === 'style') cut(start, attributeEnd);
        if (RAW_TEXT.has(name)) position = rawTextEnd(html, end, name);
        else if (name === 'plaintext') position = html.length;
      }
    } else {
      position = less + 1;
    }
  }
  return result + html.slice(copied);
}
