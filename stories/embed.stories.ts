import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { guideHandlers, headlinesUrl, relatedUrl } from './fixtures/guides.js';
import { headlines } from './fixtures/headlines.js';
import { WEATHER_URL } from './fixtures/weather.js';
// What the drop-in registers.
import '../src/define.js';

// The embedding guide, for site owners who read Storybook rather than the README. It says what the README says, in
// the order a site owner needs it; the README stays the reference.

const DROP_IN = 'https://cdn.example/news-widgets/cdn/news-widgets.js';

const scriptTag = `<script type="module" src="${DROP_IN}"></script>`;

const fourTags = `<weather-badge latitude="41.31" longitude="69.28" lang="ru"></weather-badge>
<news-list src="/feed.json" limit="8" lang="ru"></news-list>
<news-article src="/api/articles/131.json"></news-article>
<related-news src="/api/articles/131/related.json" limit="6"></related-news>`;

const themingCss = `.site-news {
  --news-font: 400 1rem/1.5 Georgia, serif;
  --news-color: #2b2118;
  --news-muted: #6b5d4f;
  --news-accent: #a3340f;
  --news-surface: transparent;   /* the page's own background */
  --news-line: #dccbb3;
  --news-radius: 2px;
  --news-gap: 1.5rem;
}
news-list::part(category) { color: #b3261e; }
news-list::part(title) { font-family: Georgia, serif; }
news-list[state='error'], related-news[state='empty'] { display: none; }
news-list[stale] { opacity: 0.8; }`;

const eventsJs = `document.addEventListener('news-select', event => {
  // Cancel to open the story your own way; leave it and the link works.
  analytics.track('story-open', { id: event.detail.item.id, position: event.detail.index });
});
document.addEventListener('news-impression', event => {
  analytics.track('story-seen', { id: event.detail.item.id });
});`;

const proxyJs = `<script type="module">
  import { configure } from '${DROP_IN}';

  // Call before the widgets load data. {url} becomes the URL-encoded feed address.
  configure({ proxy: 'https://proxy.example/fetch?url={url}' });
</script>`;

const fetchJs = `configure({
  // For a proxy that wants headers: every feed request goes through this function instead of fetch.
  fetch: (url, init) => fetch(url, { ...init, headers: { ...init?.headers, 'x-proxy-key': 'site-key' } }),
});`;

const policies = [
  { name: 'lit-html', by: 'Lit, which the drop-in bundles', when: 'always, when the script loads' },
  { name: 'news-widgets-sanitizer', by: '<news-article>, for DOMPurify', when: 'only in browsers without the HTML Sanitizer API' },
];

const cspHeader = `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none';
  require-trusted-types-for 'script'; trusted-types ${policies.map(policy => policy.name).join(' ')}`;

const attributes: Array<[string, string]> = [
  ['src', 'The feed: JSON Feed, RSS, Atom, RSS 1.0 or WordPress REST (format forces one).'],
  ['limit', 'At most this many stories (10; related-news: 6).'],
  ['layout', 'list, grid, compact or ticker; weather-badge: compact or card (with label="Tashkent").'],
  ['lang', 'en, ru or uz; without it, the nearest ancestor’s lang, then <html lang>.'],
  ['theme', 'auto follows the reader’s colour scheme; light or dark force one.'],
  ['loading', 'lazy waits until the widget is about one screen away from view.'],
  ['refresh', 'Seconds between reloads (0 never); the weather refreshes every 900 unless set.'],
  ['latitude, longitude', 'Where the weather is, for weather-badge; units="imperial" for °F and mph.'],
  ['state', 'Set by the widget: loading, ready, empty or error, for the page’s CSS.'],
];

const page = `
  .embed { max-width: 52rem; font: 400 1rem/1.55 system-ui, sans-serif; color: #1a1a1a; }
  .embed h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
  .embed h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
  .embed pre { background: #f4f4f5; border: 1px solid #e3e3e3; border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; font: 0.8125rem/1.5 ui-monospace, monospace; }
  .embed table { border-collapse: collapse; width: 100%; font-size: 0.9375rem; }
  .embed th, .embed td { text-align: start; vertical-align: top; border-bottom: 1px solid #e3e3e3; padding: 0.375rem 0.75rem 0.375rem 0; }
  .embed code { font-family: ui-monospace, monospace; font-size: 0.875em; }
  .embed .live { display: grid; gap: 1rem; padding: 1rem; border: 1px dashed #c4c7c5; border-radius: 8px; }
`;

const meta: Meta = {
  title: 'Guides/Embed',
  // A guide, not an element: no generated Docs page beside it.
  tags: ['!autodocs'],
  render: () => html`
    <style>
      ${page}
    </style>
    <article class="embed" lang="en">
      <h1>Embed the widgets</h1>
      <p>One script and a tag per widget. The widgets load their data through one shared client; each renders in its own shadow root, follows the page’s language and tells what it shows in its <code>state</code> attribute.</p>

      <h2>The script</h2>
      <pre><code data-snippet="script">${scriptTag}</code></pre>
      <p>The drop-in registers all four elements. From npm, <code>import 'news-widgets/define'</code> does the same.</p>

      <h2>The four tags</h2>
      <pre><code data-snippet="tags">${fourTags}</code></pre>
      <p>Live, on sample data:</p>
      <div class="live">
        <weather-badge src=${WEATHER_URL}></weather-badge>
        <news-list src=${headlinesUrl('en')} limit="3"></news-list>
        <related-news src=${relatedUrl('en')} exclude=${headlines('en').items[1].url} layout="compact" limit="3"></related-news>
      </div>

      <h2>Attributes in 30 seconds</h2>
      <table data-snippet="attributes">
        <tbody>
          ${attributes.map(([name, meaning]) => html`<tr><th><code>${name}</code></th><td>${meaning}</td></tr>`)}
        </tbody>
      </table>
      <p>Every attribute, property, event, slot, part and custom property of an element is listed in the controls of its stories, from the elements’ own documentation.</p>

      <h2>Theming with CSS</h2>
      <p>The shared custom properties reach inside every widget; parts named by role take any other rule; <code>state</code> and <code>stale</code> let the page hide or dim a widget.</p>
      <pre><code data-snippet="css">${themingCss}</code></pre>

      <h2>Events</h2>
      <p><code>news-select</code> (cancelable) fires when a story’s link is clicked, <code>news-impression</code> once per story seen for a second; both bubble out of the shadow root with <code>detail: { item, index }</code>. Every element also fires <code>news-load</code> and <code>news-error</code>.</p>
      <pre><code data-snippet="events">${eventsJs}</code></pre>

      <h2>Feeds on other origins</h2>
      <p>A feed whose server does not allow other origins needs a proxy. <code>proxy</code> is a URL template; links in the feed still resolve against the feed’s own address.</p>
      <pre><code data-snippet="proxy">${proxyJs}</code></pre>
      <pre><code data-snippet="fetch">${fetchJs}</code></pre>

      <h2>Content-Security-Policy</h2>
      <p>The widgets work under a strict policy with Trusted Types. A page that lists its allowed policies must allow these names:</p>
      <table data-snippet="policies">
        <thead>
          <tr><th>policy</th><th>created by</th><th>when</th></tr>
        </thead>
        <tbody>
          ${policies.map(policy => html`<tr><td><code>${policy.name}</code></td><td>${policy.by}</td><td>${policy.when}</td></tr>`)}
        </tbody>
      </table>
      <pre><code data-snippet="csp">${cspHeader}</code></pre>
      <p>Two copies of the library on one page also need <code>'allow-duplicates'</code>.</p>
    </article>
  `,
  parameters: {
    msw: { handlers: guideHandlers },
  },
};

export default meta;

/**
 * The guide: the snippets a site owner copies, and the live widgets they make. The play function holds the snippets
 * to what the elements are (every tag registered, every documented policy named in the header) and waits for the
 * live widgets to show their data.
 */
export const Embed: StoryObj = {
  play: async ({ canvasElement }) => {
    const snippet = (name: string) => canvasElement.querySelector(`[data-snippet="${name}"]`)!.textContent!;

    const script = new DOMParser().parseFromString(snippet('script'), 'text/html').querySelector('script')!;
    expect(script.type).toBe('module');
    expect(script.src).toBe(DROP_IN);

    const tags = new DOMParser().parseFromString(snippet('tags'), 'text/html').body.children;
    expect([...tags].map(tag => tag.localName)).toEqual(['weather-badge', 'news-list', 'news-article', 'related-news']);
    for (const tag of tags) expect(customElements.get(tag.localName), `<${tag.localName}> is registered`).toBeDefined();

    for (const token of ['--news-font', '--news-color', '--news-muted', '--news-accent', '--news-surface', '--news-line', '--news-radius', '--news-gap']) {
      expect(snippet('css')).toContain(`${token}:`);
    }
    expect(snippet('proxy')).toContain('{url}');
    expect(snippet('fetch')).toContain('fetch:');
    const policyNames = [...canvasElement.querySelectorAll('[data-snippet="policies"] tbody code')].map(code => code.textContent);
    expect(policyNames).toEqual(['lit-html', 'news-widgets-sanitizer']);
    expect(snippet('csp')).toMatch(/trusted-types lit-html news-widgets-sanitizer$/);

    const live = [...canvasElement.querySelectorAll('.live > *')];
    await waitFor(() => expect(live.map(widget => widget.getAttribute('state'))).toEqual(['ready', 'ready', 'ready']), { timeout: 8000 });
  },
};
