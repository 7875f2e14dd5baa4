// renderWidgets in Node, as a site's server calls it: each widget of the page comes back with a declarative shadow
// root holding its finished content, read here with parse5 as a browser would read the page.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWidgets } from '../../src/server/index.js';
import { formatCalendarTime } from '../../src/i18n/calendar.js';
import { en } from '../../src/i18n/en.js';
import { EMBEDDED_DATA_ID, type EmbeddedData } from '../../src/data/embedded.js';
import { fieldsOf, FORBIDDEN, FORMATS, ITEM_ID, unsafeAddress, VECTORS } from '../elements/xss-vectors.js';
import { pageMarkup, startFeedServer, STORIES, type FeedServer } from './fixtures.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const NOW = new Date('2026-11-30T12:00:00Z');

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (element: Element, name: string) => element.attrs.find(candidate => candidate.name === name)?.value ?? null;

/** Every element under `nodes`, template contents included, in document order. */
function elements(nodes: Node[]): Element[] {
  return nodes.flatMap(node => {
    if (!isElement(node)) return [];
    const inside = node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    return [node, ...elements(inside)];
  });
}

function text(nodes: Node[]): string {
  return nodes
    .map(node => {
      if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
      if (!isElement(node) || node.tagName === 'style') return '';
      return text(node.tagName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A rendered page as the browser reads it: each widget with its shadow root's nodes. */
function read(html: string) {
  const all = elements(parse(html).childNodes);
  const widget = (tag: string, index = 0) => {
    const host = all.filter(element => element.tagName === tag)[index];
    expect(host, `<${tag}> #${index}`).toBeDefined();
    const template = host.childNodes.find((child): child is DefaultTreeAdapterMap['template'] => isElement(child) && child.tagName === 'template');
    expect(template && attr(template, 'shadowrootmode'), `<${tag}> has an open declarative shadow root`).toBe('open');
    const nodes = template!.content.childNodes;
    const inside = elements(nodes);
    return {
      state: attr(host, 'state'),
      text: text(nodes),
      parts: (name: string) => inside.filter(element => (attr(element, 'part') ?? '').split(/\s+/).includes(name)),
      inside,
    };
  };
  const data = all.find(element => element.tagName === 'script' && attr(element, 'id') === EMBEDDED_DATA_ID);
  return { widget, data: data ? (JSON.parse(text(data.childNodes)) as EmbeddedData) : null, all };
}

describe('renderWidgets', () => {
  it('draws all four widgets of a page in their declarative shadow roots, addresses resolved against baseUrl', async () => {
    const page = read(await renderWidgets(pageMarkup('en'), { baseUrl: `${server.origin}/news/`, now: NOW }));

    const list = page.widget('news-list');
    expect(list.state).toBe('ready');
    expect(list.parts('heading').map(heading => text(heading.childNodes))).toEqual(['City news']);
    expect(list.parts('title').map(title => text(title.childNodes))).toEqual(STORIES.map(story => story.title));
    expect(list.parts('link').map(link => attr(link, 'href'))).toEqual(STORIES.map(story => story.url));
    // Calendar times count from `now`, not from the server's clock.
    expect(list.parts('time').map(time => text(time.childNodes))).toEqual(STORIES.map(story => formatCalendarTime(new Date(story.date_published), en, { now: NOW })));
    // The stories' styles come with them, as the drawing chunk adopts them in the browser.
    expect(list.inside.filter(element => element.tagName === 'style')).toHaveLength(1);

    const article = page.widget('news-article');
    expect(article.state).toBe('ready');
    expect(article.parts('title').map(title => [title.tagName, text(title.childNodes)])).toEqual([['h1', 'The old bridge opens again after two years']]);
    const paragraphs = elements(article.parts('body')[0].childNodes).filter(element => element.tagName === 'p');
    expect(paragraphs.map(paragraph => text(paragraph.childNodes))).toEqual(['The bridge over the river opens on Monday.', 'Read the new timetable.']);
    expect(article.parts('author').map(author => text(author.childNodes))).toEqual(['Ana Petrova']);
    // The body's relative link counts from the article, and opens nothing of the page's.
    const links = elements(article.parts('body')[0].childNodes).filter(element => element.tagName === 'a');
    expect(links.map(link => [attr(link, 'href'), attr(link, 'rel')])).toEqual([['https://news.example/timetable', 'noopener noreferrer']]);
    expect(article.inside.some(element => element.tagName === 'script' || element.attrs.some(({ name }) => name.startsWith('on')))).toBe(false);

    const related = page.widget('related-news');
    expect(related.state).toBe('ready');
    // The story the article shows is left out.
    expect(related.parts('title').map(title => text(title.childNodes))).toEqual([STORIES[0].title, STORIES[2].title]);
    expect(related.parts('heading').map(heading => text(heading.childNodes))).toEqual(['Similar news']);

    const weather = page.widget('weather-badge');
    expect(weather.state).toBe('ready');
    expect(text(weather.parts('temperature')[0].childNodes)).toBe('+9°');
    expect(text(weather.parts('condition')[0].childNodes)).toBe('overcast');
    expect(weather.parts('label').map(label => text(label.childNodes))).toEqual(['Tashkent']);

    // The answers the widgets were drawn from, for the client to take over without asking again.
    expect(Object.keys(page.data!).sort()).toEqual(['article.json', 'city.json', 'weather.json'].map(name => `${server.origin}/feeds/${name}`));
    const city = page.data![`${server.origin}/feeds/city.json`];
    expect(city.headers['content-type']).toBe('application/feed+json');
    expect(JSON.parse(atob(city.body)).items).toHaveLength(STORIES.length);
  });

  it('speaks the language of the page, or of the widget', async () => {
    const page = read(await renderWidgets(pageMarkup('ru'), { baseUrl: `${server.origin}/news/`, now: NOW }));
    expect(page.widget('related-news').parts('heading').map(heading => text(heading.childNodes))).toEqual(['Похожие новости']);
    expect(text(page.widget('weather-badge').parts('condition')[0].childNodes)).toBe('пасмурно');
    expect(page.widget('news-list').parts('time').map(time => text(time.childNodes))[0]).toMatch(/^Сегодня/);

    const own = read(await renderWidgets(`<weather-badge lang="ru" src="${server.origin}/feeds/weather.json"></weather-badge>`, { lang: 'en' }));
    expect(text(own.widget('weather-badge').parts('condition')[0].childNodes)).toBe('пасмурно');
    const fromOptions = read(await renderWidgets(`<weather-badge src="${server.origin}/feeds/weather.json"></weather-badge>`, { lang: 'ru-RU' }));
    expect(text(fromOptions.widget('weather-badge').parts('condition')[0].childNodes)).toBe('пасмурно');
  });

  it('chooses the stories of a list by its filters as the browser does, related-news included', async () => {
    const markup = ['news-list', 'related-news'].map(tag => `<${tag} src="${server.origin}/feeds/city.json" min="1" keywords="library, budget" block-keywords="winter"></${tag}>`).join('');
    const page = read(await renderWidgets(markup, { now: NOW }));
    for (const tag of ['news-list', 'related-news']) expect(page.widget(tag).parts('title').map(title => text(title.childNodes)), tag).toEqual([STORIES[2].title]);
  });

  it('draws the error box for a feed that fails, or the page fallback content inside the widget', async () => {
    const markup = `<news-list src="${server.origin}/feeds/gone.json"></news-list>
      <news-list src="${server.origin}/feeds/broken.json"></news-list>
      <news-article src="${server.origin}/feeds/gone.json"><a href="/archive">Read it in the archive</a></news-article>
      <news-list></news-list>`;
    const html = await renderWidgets(markup);
    const page = read(html);
    const gone = page.widget('news-list', 0);
    expect(gone.state).toBe('error');
    expect(gone.parts('error')).toHaveLength(1);
    expect(gone.text).toContain('The news source is not available right now.');
    expect(page.widget('news-list', 1).text).toContain('The news source sent something that is not a news feed.');
    expect(page.widget('news-list', 2).text).toContain('This widget is not set up correctly.');
    const fallback = page.widget('news-article');
    expect(fallback.state).toBe('error');
    expect(fallback.inside.map(element => element.tagName)).toContain('slot');
    // The page's own content stays where the site owner wrote it.
    expect(html).toContain('<a href="/archive">Read it in the archive</a></news-article>');
    expect(page.data).toEqual({});
  });

  it('leaves the rest of the markup as it was written, and draws a widget once', async () => {
    const markup = `<p class=x>Before &amp; <b>after</b></p><news-list src="${server.origin}/feeds/city.json" limit="1"></news-list><p>After</p>`;
    const once = await renderWidgets(markup);
    expect(once.startsWith('<p class=x>Before &amp; <b>after</b></p><news-list src=')).toBe(true);
    expect(once).toContain(`limit="1" state="ready"><template shadowrootmode="open">`);
    expect(once).toContain('</template></news-list><p>After</p>');
    const twice = await renderWidgets(once.replace(/<script type="application\/json"[^]*?<\/script>/, ''));
    expect(twice.match(/shadowrootmode/g)).toHaveLength(1);
  });

  it('loads each address once for all the widgets that show it, through the shared cache', async () => {
    const before = server.requests.filter(path => path === '/feeds/article.json').length;
    const markup = `<news-article src="${server.origin}/feeds/article.json"></news-article>`.repeat(5);
    await Promise.all([renderWidgets(markup), renderWidgets(markup)]);
    // Fresh for its max-age: the first test's request is the only one.
    expect(server.requests.filter(path => path === '/feeds/article.json').length - before).toBeLessThanOrEqual(1);
  });

  it('sanitizes article bodies on the server: no vector of the XSS battery survives in any field or format', async () => {
    const survivors: string[] = [];
    for (const format of FORMATS) {
      for (const field of fieldsOf(format)) {
        const markup = VECTORS.map((_, index) => `<news-article src="${server.origin}/xss/${format}/${field}/${index}" item-id="${ITEM_ID}"></news-article>`).join('\n');
        const page = read(await renderWidgets(markup));
        VECTORS.forEach(([name], index) => {
          const article = page.widget('news-article', index);
          expect(article.state, `${format} ${field} ${name}`).toBe('ready');
          survivors.push(...dangers(article.inside).map(danger => `${format} ${field} ${name}: ${danger}`));
        });
        // Nothing outside the shadow roots runs either: the only script is the data, which the browser does not run.
        const scripts = page.all.filter(element => element.tagName === 'script');
        expect(scripts.map(script => attr(script, 'type'))).toEqual(['application/json']);
      }
    }
    expect(survivors).toEqual([]);
  }, 300_000);
});

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** What in a shadow root could run script or reach a non-http(s) address: the browser battery's rules. */
function dangers(inside: Element[]): string[] {
  const found: string[] = [];
  for (const element of inside) {
    if (element.tagName === 'style' || element.tagName === 'slot') continue;
    if (element.namespaceURI !== HTML_NAMESPACE) found.push(`<${element.tagName}> in ${element.namespaceURI}`);
    if (FORBIDDEN.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const { name, value } of element.attrs) {
      if (name.toLowerCase().startsWith('on')) found.push(`<${element.tagName} ${name}>`);
      if (name.toLowerCase() === 'style') found.push(`<${element.tagName} style>`);
      if (unsafeAddress(element.tagName, name, value)) found.push(`<${element.tagName} ${name}="${value}">`);
    }
    if (element.tagName === 'a' && attr(element, 'href') !== null && attr(element, 'rel') !== 'noopener noreferrer') found.push(`<a> without rel`);
  }
  return found;
}
