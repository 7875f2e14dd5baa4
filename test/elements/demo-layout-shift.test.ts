import { expect } from '@esm-bundle/chai';
import { setViewport } from '@web/test-runner-commands';
import { bypass, http } from 'msw';
import { nextFrames, startWorker, until } from './support.js';

// The whole demo page, from navigation to every widget showing its data, in frames of two phones' and of a
// desktop's size: the layout shift it sums is what Lighthouse reports as CLS (bench/README.md). The demo's sample
// files are served from demo/public, as its own server serves them.

const { worker } = startWorker(() => false);

const SAMPLES = new RegExp(`^${location.origin}/(feed\\.json|weather\\.json|api/|images/|ru/|uz/)`);
// The demo's server serves the library's stylesheet at /news-widgets.css (demo/vite.config.ts).
const STYLESHEET = `${location.origin}/news-widgets.css`;

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/** What moved in a shift, for the failure message: the node (or the widget whose shadow tree holds it) and where. */
function describeShift(shift: LayoutShift): string {
  const moved = shift.sources.map(({ node, previousRect: was, currentRect: now }) => {
    // The frame's nodes are of its own window's classes: not instances of this window's Element.
    const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
    const name = element ? `${element.localName}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}` : node ? (node.getRootNode() as ShadowRoot).host?.localName ?? '#text' : 'a node of a shadow tree';
    return `${name} ${Math.round(was.x)},${Math.round(was.y)} ${Math.round(was.width)}x${Math.round(was.height)} -> ${Math.round(now.x)},${Math.round(now.y)} ${Math.round(now.width)}x${Math.round(now.height)}`;
  });
  return `${shift.value.toFixed(4)} (${moved.join('; ')})`;
}

/** Loads the demo in a frame of `width` x `height` and resolves once every widget on it has settled. */
async function openDemo(query: string, width: number, height: number): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/index.html${query}`;
  document.body.append(frame);
  await loaded;
  const widgets = [...frame.contentDocument!.querySelectorAll('news-list, news-article, related-news, weather-badge')];
  // Every widget shows its sample data, but the two lists of a feed that does not exist, which show their error.
  const expected = (widget: Element) => (widget.getAttribute('src')?.startsWith('/missing') ? 'error' : 'ready');
  await Promise.all(widgets.map(widget => until(widget, () => widget.getAttribute('state') === expected(widget), () => `${widget.localName} is ${widget.getAttribute('state')}`, 30_000)));
  // Pictures in view; lazy ones below the fold load only when scrolled to, and their boxes are reserved.
  const images = widgets.flatMap(widget => [...widget.shadowRoot!.querySelectorAll('img')]).filter(image => image.getBoundingClientRect().top < height);
  await Promise.all(images.map(image => image.decode().catch(() => {})));
  await nextFrames();
  return frame;
}

/** Every layout shift of the frame's page since its navigation, as CLS counts them (none after input). */
function layoutShifts(frame: HTMLIFrameElement): LayoutShift[] {
  const view = frame.contentWindow as Window & typeof globalThis;
  const observer = new view.PerformanceObserver(() => {});
  observer.observe({ type: 'layout-shift', buffered: true });
  const entries = observer.takeRecords() as LayoutShift[];
  observer.disconnect();
  return entries.filter(entry => !entry.hadRecentInput);
}

describe('the demo page', function () {
  this.timeout(120_000);

  // Each test's handlers: the worker forgets them after every test.
  beforeEach(() => {
    worker.use(
      http.get(SAMPLES, ({ request }) => fetch(bypass(`/demo/public${new URL(request.url).pathname}`))),
      http.get(STYLESHEET, () => fetch(bypass("/src/news-widgets.css"))),
    );
  });

  for (const [name, width, height] of [
    ['a small phone', 320, 640],
    ['a phone', 412, 823],
    ['a desktop', 1350, 940],
  ] as const) {
    for (const language of ['en', 'ru', 'uz']) {
      it(`shifts at most 0.05 from navigation until every widget shows its data, on ${name}, in ${language}`, async () => {
        await setViewport({ width: width + 20, height: height + 20 });
        const frame = await openDemo(`?lang=${language}&theme=light`, width, height);
        try {
          const shifts = layoutShifts(frame);
          const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
          expect(total, `layout shifts: ${shifts.map(describeShift).join(', ')} END ${[...frame.contentDocument!.querySelectorAll('body > *, .page > * > *')].map(e => e.localName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().y) + ' ' + Math.round(e.getBoundingClientRect().height)).join('; ')}`).to.be.at.most(0.05);
        } finally {
          frame.remove();
        }
      });
    }
  }
});
