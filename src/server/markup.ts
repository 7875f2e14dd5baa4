// Where the widgets are in a page's markup, read with parse5, the HTML parser of the standard: the markup itself is
// never rewritten, only added to at the offsets found here, so a site's HTML reaches the reader as it was written.
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The tags renderWidgets draws. */
export const WIDGET_TAGS = ['news-list', 'news-article', 'related-news', 'weather-badge'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

/** One of our tags as the page wrote it. */
export interface FoundWidget {
  tag: WidgetTag;
  /** Its attributes, names in lower case and values with character references read. */
  attributes: ReadonlyMap<string, string>;
  /** Its own `lang`, else the nearest ancestor's; null when none says. */
  language: string | null;
  /** Whether the page put content inside it (shown instead of the error box, as in the browser). */
  hasFallback: boolean;
  /** Offset just after its start tag's `>`: where its shadow root goes. */
  contentAt: number;
  /** Offset of its start tag's closing `>` (or `/>`): where an attribute can be added. */
  attributesEnd: number;
}

/** What renderWidgets reads of a page. */
export interface PageMarkup {
  widgets: FoundWidget[];
  /** The page's `<link rel="canonical">` address, as written. */
  canonical: string | null;
  /** Where data for the client goes: before `</body>`, else at the end. */
  dataAt: number;
}

const isWidget = (name: string): name is WidgetTag => (WIDGET_TAGS as readonly string[]).includes(name);

/** Finds our tags in `markup` (a whole page or a fragment of one); those that already hold a shadow root are left alone. */
export function readPage(markup: string): PageMarkup {
  const document = parse(markup, { sourceCodeLocationInfo: true });
  const page: PageMarkup = { widgets: [], canonical: null, dataAt: markup.length };
  const visit = (node: Node, language: string | null) => {
    if (!('tagName' in node)) return;
    const element = node as Element;
    const own = attribute(element, 'lang');
    const lang = own ?? language;
    const location = element.sourceCodeLocation;
    if (element.tagName === 'body' && location?.endTag) page.dataAt = location.endTag.startOffset;
    if (element.tagName === 'link' && /(^|\s)canonical(\s|$)/i.test(attribute(element, 'rel') ?? '')) page.canonical ??= attribute(element, 'href');
    if (isWidget(element.tagName) && location?.startTag && !hasShadowRoot(element)) {
      const end = location.startTag.endOffset;
      page.widgets.push({
        tag: element.tagName,
        attributes: new Map(element.attrs.map(({ name, value }) => [name, value])),
        language: lang,
        hasFallback: element.childNodes.some(child => ('tagName' in child ? child.tagName !== 'template' : child.nodeName === '#text' && (child as DefaultTreeAdapterMap['textNode']).value.trim() !== '')),
        contentAt: end,
        attributesEnd: markup[end - 2] === '/' ? end - 2 : end - 1,
      });
    }
    for (const child of element.childNodes) visit(child, lang);
  };
  for (const child of document.childNodes) visit(child, null);
  return page;
}

function attribute(element: Element, name: string): string | null {
  return element.attrs.find(candidate => candidate.name === name)?.value ?? null;
}

function hasShadowRoot(element: Element): boolean {
  return element.childNodes.some(child => 'tagName' in child && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== null);
}
