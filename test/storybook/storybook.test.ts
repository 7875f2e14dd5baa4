// Storybook as a reader uses it, built as `npm run build-storybook` builds it and opened in Chromium:
//  - every element's Docs page draws every story of the element in the state the story asserts (its play function
//    passes in the page, axe included), not in the state of another story of the page;
//  - every control of every element changes the widget: each control is set to another value, and the widget's
//    shadow DOM, its colours or the property the attribute sets must differ from what the story showed.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type Frame, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { elements } from '../../scripts/elements.mjs';

const root = new URL('../../', import.meta.url).pathname;

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  tags?: string[];
}

interface Finished {
  storyId: string;
  status: 'success' | 'error' | 'unfinished';
}

/** The story of each element whose controls are driven: one drawn by the element's own render, in the ready state. */
const CONTROLLED_STORY: Record<string, string> = {
  'news-list': 'elements-news-list--list',
  'news-article': 'elements-news-article--long-article',
  'related-news': 'elements-related-news--ready',
  'weather-badge': 'elements-weather-badge--card',
};

/** For text controls, a value a reader might type; anything the widget must show differently from the story's. */
const TEXT_SAMPLES: Record<string, string> = {
  src: '/stories/no-such-feed.json',
  exclude: '',
  heading: 'Read next',
  target: '_blank',
  rel: 'nofollow',
  itemId: 'no-such-story',
  label: 'Samarkand',
  latitude: '39.65',
  longitude: '66.96',
  windUnit: 'kn',
  format: 'rss',
};

/** For number controls, a value in range that the story's feed can show differently. */
const NUMBER_SAMPLES: Record<string, number> = { limit: 2, excerptLength: 0, min: 20, headingLevel: 4, refresh: 60 };

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

let scratch = '';
let server: Server;
let origin = '';
let browser: Browser;
let index: IndexEntry[] = [];

// Storybook's preview tells its manager over a channel when a story has finished (rendered, played, checked); the
// page records it in every frame, from before the preview starts.
const RECORD_FINISHED = () => {
  const finished: unknown[] = [];
  Object.defineProperty(window, '__finishedStories', { value: finished });
  let channel: { on(event: string, listener: (payload: unknown) => void): void } | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (payload: unknown) => finished.push(payload));
    },
  });
};

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'news-widgets-storybook-'));
  const environment: NodeJS.ProcessEnv = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
  delete environment.NODE_ENV;
  await promisify(execFile)(process.execPath, [join(root, 'node_modules/storybook/dist/bin/dispatcher.js'), 'build', '--quiet', '-o', scratch], { cwd: root, env: environment });
  index = Object.values(JSON.parse(await readFile(join(scratch, 'index.json'), 'utf8')).entries);
  server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(scratch, path === '/' ? 'index.html' : decodeURIComponent(path)));
    const bytes = file.startsWith(scratch) ? await readFile(file).catch(() => null) : null;
    if (bytes) response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(bytes);
    else response.writeHead(404).end();
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.addInitScript(RECORD_FINISHED);
  return page;
}

const finishedIn = (frame: Frame) => frame.evaluate(() => (window as unknown as { __finishedStories?: Finished[] }).__finishedStories ?? []);

/** The story's report once it has finished; a story that never finishes is reported as such, by the id in its address. */
async function untilFinished(frame: Frame): Promise<Finished> {
  try {
    await frame.waitForFunction(() => ((window as unknown as { __finishedStories?: unknown[] }).__finishedStories ?? []).length > 0, null, { timeout: 120_000 });
  } catch {
    return { storyId: new URL(frame.url()).searchParams.get('id') ?? frame.url(), status: 'unfinished' };
  }
  return (await finishedIn(frame))[0];
}

const storiesOf = (title: string) => index.filter(entry => entry.type === 'story' && entry.title === title).map(entry => entry.id);

describe('the Docs page of', () => {
  for (const { tag } of elements) {
    it(`<${tag}> draws every story of the element in the state its play function asserts`, async () => {
      const docs = index.find(entry => entry.type === 'docs' && entry.title === `Elements/${tag}`);
      expect(docs, `a Docs page for ${tag}`).toBeTruthy();
      const page = await newPage();
      try {
        await page.goto(`${origin}/iframe.html?id=${docs!.id}&viewMode=docs`);
        const expected = storiesOf(docs!.title).sort();
        await page.waitForFunction(count => document.querySelectorAll('iframe').length >= count, expected.length, { timeout: 60_000 });
        // Storybook loads a story's frame when it comes near the view, as a reader scrolls: a few at a time here too,
        // so that a page of many stories does not start all of them at once on a small machine.
        const results: Finished[] = [];
        const placeholders = await page.$$('iframe');
        for (let start = 0; start < placeholders.length; start += 4) {
          const batch = placeholders.slice(start, start + 4);
          await Promise.all(batch.map(placeholder => placeholder.evaluate(frame => ((frame as HTMLIFrameElement).loading = 'eager'))));
          results.push(...(await Promise.all(batch.map(async placeholder => untilFinished((await placeholder.contentFrame())!)))));
        }
        // The first story is drawn twice, at the top of the page and in the list of stories.
        expect([...new Set(results.map(result => result.storyId))].sort()).toEqual(expected);
        expect(results.filter(result => result.status !== 'success').map(result => result.storyId)).toEqual([]);
      } finally {
        await page.close();
      }
      // A guard against a hung page only: each story has its own (untilFinished), and a Docs page of forty stories
      // on a busy two-core machine takes minutes, so the whole page's guard is not a measure of speed.
    }, 1_200_000);
  }
});

interface Control {
  key: string;
  type: string;
  options?: unknown[];
}

/** What a reader sees of the widget, and the property the control's attribute sets. */
async function observe(frame: Frame, tag: string, key: string) {
  return frame.evaluate(
    ([tag, key]) => {
      const widget = document.querySelector(tag) as (HTMLElement & Record<string, unknown>) | null;
      if (!widget?.shadowRoot) return null;
      const looks = (element: Element | null) => {
        if (!element) return '';
        const style = getComputedStyle(element);
        return [style.color, style.backgroundColor, style.fontFamily].join(';');
      };
      return {
        state: widget.getAttribute('state'),
        shadow: widget.shadowRoot.innerHTML,
        looks: looks(widget) + looks(widget.shadowRoot.querySelector('[part]')),
        property: key === 'lang' ? widget.lang : JSON.stringify(widget[key] ?? null),
      };
    },
    [tag, key] as const,
  );
}

function anotherValue(control: Control, current: unknown): unknown {
  if (control.type === 'boolean') return !current;
  if (control.options) return control.options.find(option => option !== current && option !== undefined);
  if (control.type === 'number') return NUMBER_SAMPLES[control.key] ?? Number(current ?? 0) + 1;
  return control.key in TEXT_SAMPLES ? TEXT_SAMPLES[control.key] : `${String(current ?? '')} changed`;
}

describe('every control of', () => {
  for (const { tag } of elements) {
    it(`<${tag}> changes the widget`, async () => {
      const storyId = CONTROLLED_STORY[tag];
      const page = await newPage();
      const unchanged: string[] = [];
      try {
        const url = `${origin}/iframe.html?id=${storyId}&viewMode=story`;
        await page.goto(url);
        expect((await untilFinished(page.mainFrame())).status).toBe('success');
        const { controls, args } = await page.evaluate(async id => {
          const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { storyStore: { loadStory(options: { storyId: string }): Promise<{ argTypes: Record<string, { control?: false | { type: string }; options?: unknown[] }> }> }; currentRender?: { story?: { initialArgs: Record<string, unknown> } } } }).__STORYBOOK_PREVIEW__;
          const story = await preview.storyStore.loadStory({ storyId: id });
          const controls = Object.entries(story.argTypes)
            .filter(([, argType]) => argType.control && argType.control.type)
            .map(([key, argType]) => ({ key, type: (argType.control as { type: string }).type, options: argType.options }));
          return { controls, args: preview.currentRender?.story?.initialArgs ?? {} };
        }, storyId);
        expect(controls.length).toBeGreaterThan(3);
        for (const control of controls) {
          await page.goto(url);
          await untilFinished(page.mainFrame());
          const before = await observe(page.mainFrame(), tag, control.key);
          const shown = before ? JSON.parse(before.property === '' ? 'null' : control.key === 'lang' ? JSON.stringify(before.property) : before.property) : undefined;
          const value = anotherValue(control, args[control.key] ?? shown);
          await page.evaluate(
            ([id, key, value]) => {
              const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } }).__STORYBOOK_ADDONS_CHANNEL__;
              channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [key as string]: value } });
            },
            [storyId, control.key, value] as const,
          );
          const changed = await page
            .waitForFunction(
              ([tag, key, before]) => {
                const widget = document.querySelector(tag as string) as (HTMLElement & Record<string, unknown>) | null;
                if (!widget?.shadowRoot || !before) return false;
                const looks = (element: Element | null) => {
                  if (!element) return '';
                  const style = getComputedStyle(element);
                  return [style.color, style.backgroundColor, style.fontFamily].join(';');
                };
                const was = before as { shadow: string; looks: string; property: string };
                const property = key === 'lang' ? widget.lang : JSON.stringify(widget[key as string] ?? null);
                return widget.shadowRoot.innerHTML !== was.shadow || looks(widget) + looks(widget.shadowRoot.querySelector('[part]')) !== was.looks || property !== was.property;
              },
              [tag, control.key, before] as const,
              { timeout: 10_000 },
            )
            .then(() => true)
            .catch(() => false);
          if (!changed) unchanged.push(`${control.key} = ${JSON.stringify(value)}`);
        }
      } finally {
        await page.close();
      }
      expect(unchanged, `controls of <${tag}> that changed nothing`).toEqual([]);
    }, 600_000);
  }
});
