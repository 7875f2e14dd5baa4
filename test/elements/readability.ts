// Measures whether a reader can read every word a widget draws, from inside its shadow root: the readability
// check (readable.test.ts) runs it over every element, layout, language, width and theme.

/** The five ways a word can be lost, each with one line per case found, saying where. */
export interface Readability {
  /** Text the widget's own CSS hides: content larger than its box under overflow hidden or clip, a line clamp, an ellipsis. */
  hidden: string[];
  /** Text whose visible box is narrower than one pixel. */
  thin: string[];
  /** Text drawn over other text of the same widget. */
  overlapping: string[];
  /** Text drawn outside the widget's own box. */
  outside: string[];
  /** Boxes of the widget reaching beyond the window, which makes the page scroll sideways. */
  beyondWindow: string[];
}

export type ReadabilityKind = keyof Readability;

export const READABILITY_KINDS: readonly ReadabilityKind[] = ['hidden', 'thin', 'overlapping', 'outside', 'beyondWindow'];

export interface MeasureOptions {
  /**
   * Boxes that hide part of their content by design, because every word passes through them: the ticker's window.
   * Their own overflow is not counted as hidden, and text they hold is not thin for being out of their view.
   */
  scrollers?: readonly string[];
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// Sub-pixel layout rounds scroll and client sizes apart by up to a pixel; a word cut off is far more than that.
const ROUNDING = 1;
// Text boxes are the font's ascent and descent: neighbours on one line or adjacent lines may touch by a hair.
const TOUCH = 2;

/** Every element drawn by `host`: its shadow tree, and the shadow trees inside it. */
function drawnElements(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return found;
}

/** The element an element sits in, across the shadow boundaries inside the widget; null at the widget's host. */
function parentOf(element: Element, host: Element): Element | null {
  if (element === host) return null;
  if (element.assignedSlot) return element.assignedSlot;
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host ?? null);
}

/** Whether an element only exists for screen readers (the usual 1 px box with a clip path). */
function isVisuallyHidden(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.clipPath.startsWith('inset(50%')) return true;
  const { width, height } = element.getBoundingClientRect();
  return style.position === 'absolute' && width <= 1 && height <= 1 && style.overflow !== 'visible';
}

function describe(element: Element): string {
  const part = element.getAttribute('part');
  const classes = element.getAttribute('class');
  const name = part ? `[part=${part}]` : classes ? `.${classes.trim().split(/\s+/).join('.')}` : element.localName;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${element.localName}${name.startsWith(element.localName) ? '' : name} "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

function width(box: Box): number {
  return Math.max(0, box.right - box.left);
}

function height(box: Box): number {
  return Math.max(0, box.bottom - box.top);
}

/** The padding box of an element, where its overflow is clipped. */
function clipBox(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const left = rect.left + element.clientLeft;
  const top = rect.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

const everywhere: Box = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity };

/**
 * Measures `host`, a widget on the page now. Text only for screen readers is left out; text the widget does not
 * draw at all (display: none) has no boxes and is left out too: what a layout chooses not to show is the layout's
 * business, what it shows must be whole.
 */
export function measureReadability(host: Element, options: MeasureOptions = {}): Readability {
  const result: Readability = { hidden: [], thin: [], overlapping: [], outside: [], beyondWindow: [] };
  const scrollers = options.scrollers ?? [];
  const isScroller = (element: Element) => scrollers.some(selector => element.matches(selector));
  const elements = [host, ...drawnElements(host)];
  const screenReaderOnly = new Set<Element>();
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = styles.get(element);
    if (!style) styles.set(element, (style = getComputedStyle(element)));
    return style;
  };
  for (const element of elements) {
    const parent = parentOf(element, host);
    if ((parent && screenReaderOnly.has(parent)) || isVisuallyHidden(element)) screenReaderOnly.add(element);
  }
  const hasText = (element: Element) => (element.textContent ?? '').trim() !== '' || !!element.shadowRoot?.textContent?.trim();

  // 1. Hidden by the widget's own CSS.
  for (const element of elements) {
    if (screenReaderOnly.has(element) || !hasText(element)) continue;
    const style = styleOf(element);
    if (style.display === 'none') continue;
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '';
    const ellipsis = style.textOverflow === 'ellipsis';
    const wider = element.scrollWidth > element.clientWidth + ROUNDING;
    const taller = element.scrollHeight > element.clientHeight + ROUNDING;
    const scroller = isScroller(element);
    if (((clipsX || ellipsis) && wider && !scroller) || ((clipsY || clamped) && taller) || (clamped && wider && !scroller)) {
      result.hidden.push(`${describe(element)}: content ${element.scrollWidth}x${element.scrollHeight} in ${element.clientWidth}x${element.clientHeight}${clamped ? `, line-clamp ${style.webkitLineClamp}` : ''}${ellipsis ? ', ellipsis' : ''}`);
    }
  }

  // The clip of every element: what its ancestors with overflow other than visible let through. `all` counts
  // scrollers, `cut` does not (text a ticker's window moves out of view is not cut).
  const clips = new Map<Element, { all: Box; cut: Box }>();
  const clipOf = (element: Element): { all: Box; cut: Box } => {
    const known = clips.get(element);
    if (known) return known;
    const parent = parentOf(element, host);
    let clip = parent ? clipOf(parent) : { all: everywhere, cut: everywhere };
    const style = styleOf(element);
    if (element !== host && (style.overflowX !== 'visible' || style.overflowY !== 'visible')) {
      const box = clipBox(element);
      const own: Box = {
        left: style.overflowX === 'visible' ? -Infinity : box.left,
        right: style.overflowX === 'visible' ? Infinity : box.right,
        top: style.overflowY === 'visible' ? -Infinity : box.top,
        bottom: style.overflowY === 'visible' ? Infinity : box.bottom,
      };
      clip = { all: intersect(clip.all, own), cut: isScroller(element) ? clip.cut : intersect(clip.cut, own) };
    }
    clips.set(element, clip);
    return clip;
  };

  // Text boxes: one per line of each text node the widget draws.
  interface TextBox {
    node: Text;
    label: string;
    box: Box;
  }
  const visible: TextBox[] = [];
  for (const element of elements) {
    if (screenReaderOnly.has(element)) continue;
    for (const node of element.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = [...range.getClientRects()].filter(rect => rect.width > 0 || rect.height > 0);
      if (rects.length === 0) continue;
      const clip = clipOf(element);
      const label = describe(element);
      // 2. Thin: no line of it is a pixel wide once its own box and the boxes around it have cut it.
      if (Math.max(...rects.map(rect => width(intersect(rect, clip.cut)))) < 1) result.thin.push(`${label}: ${Math.max(...rects.map(rect => rect.width)).toFixed(1)} px of text shows ${Math.max(...rects.map(rect => width(intersect(rect, clip.cut)))).toFixed(1)} px`);
      for (const rect of rects) {
        const box = intersect(rect, clip.all);
        if (width(box) >= 1 && height(box) >= 1) visible.push({ node: node as Text, label, box });
      }
    }
  }

  // 3. Overlapping: text boxes of different text nodes sharing more than a hair.
  for (let i = 0; i < visible.length; i++) {
    for (let j = i + 1; j < visible.length; j++) {
      if (visible[i].node === visible[j].node) continue;
      const shared = intersect(visible[i].box, visible[j].box);
      if (width(shared) > TOUCH && height(shared) > TOUCH) result.overlapping.push(`${visible[i].label} over ${visible[j].label} (${width(shared).toFixed(0)}x${height(shared).toFixed(0)} px)`);
    }
  }

  // 4. Outside: text drawn beyond the host's own box.
  const own = host.getBoundingClientRect();
  for (const { label, box } of visible) {
    const beyond = Math.max(own.left - box.left, box.right - own.right, own.top - box.top, box.bottom - own.bottom);
    if (beyond > 0.5) result.outside.push(`${label}: ${beyond.toFixed(0)} px outside the widget`);
  }

  // 5. Beyond the window: the host, or any box it draws, sticking out sideways.
  const windowWidth = document.documentElement.clientWidth;
  for (const element of elements) {
    if (screenReaderOnly.has(element) || styleOf(element).display === 'none') continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const box = element === host ? rect : intersect(rect, clipOf(parentOf(element, host) ?? host).all);
    if (width(box) <= 0) continue;
    const beyond = Math.max(-box.left, box.right - windowWidth);
    if (beyond > 0.5) {
      result.beyondWindow.push(`${describe(element)}: ${beyond.toFixed(0)} px beyond a ${windowWidth} px window`);
      break;
    }
  }
  return result;
}
