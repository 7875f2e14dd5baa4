// Text stays text: whatever a feed writes as text (a text node, a CDATA section, a processing instruction, escaped
// or doubly escaped markup) never comes out of the parser as markup that an HTML parser would read as elements.
// In Node the HTML is checked as a string; in Chromium it is also parsed, as the article's sanitizer parses it.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';
import type { FeedItem } from '../../src/data/types.js';

const url = 'https://hostile.example/feed';
const PICTURE = 'https://tracker.example/pixel-of-choice.png';

function atomEntry(content: string, title = '<title>Entry</title>'): FeedItem {
  const feed = parseFeed(
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><id>1</id>${title}
<link href="https://hostile.example/1"/>${content}</entry></feed>`,
    { url },
  );
  return feed.items[0];
}

function rssItem(fields: string): FeedItem {
  return parseFeed(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><link>https://hostile.example/1</link>${fields}</item></channel></rss>`, { url }).items[0];
}

/** The elements an HTML parser makes of `html`: by a real parser where there is one, else every `<name` in it. */
function elementsIn(html: string): string[] {
  if (typeof DOMParser !== 'undefined') {
    const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
    return [...body.querySelectorAll('*')].map(element => element.localName);
  }
  return [...html.matchAll(/<([A-Za-z][^\s/>]*)/g)].map(match => match[1].toLowerCase());
}

/** The item's body must hold no picture, and the item no lead picture: the feed wrote the tag only as text. */
function expectNoPicture(item: FeedItem): void {
  expect(elementsIn(item.contentHtml)).not.toContain('img');
  expect(item.contentHtml).not.toMatch(/<img/i);
  expect(item.image).toBeNull();
}

const XHTML = (inside: string) => `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${inside}</div></content>`;

describe('text stays text', () => {
  it('a CDATA section in Atom xhtml content is text, even when it holds a tag', () => {
    const item = atomEntry(XHTML(`<p>Before <![CDATA[<img src="${PICTURE}" width="800" height="600">]]> after</p>`));
    expectNoPicture(item);
    expect(item.summary).toBe(`Before <img src="${PICTURE}" width="800" height="600"> after`);
  });

  it('a processing instruction in Atom xhtml content is no markup at all, even one an HTML parser would end early', () => {
    const item = atomEntry(XHTML(`<p>Before<?pi ><img src="${PICTURE}" width="800" height="600">?> after</p>`));
    expectNoPicture(item);
    expect(elementsIn(item.contentHtml)).toEqual(['p']);
    expect(item.summary).toBe('Before after');
  });

  it('a comment in Atom xhtml content is dropped, even one that HTML closes at its start', () => {
    for (const comment of [`<!--><img src="${PICTURE}" width="800" height="600">-->`, `<!-- --!><img src="${PICTURE}" width="800" height="600"> -->`, `<!---><img src="${PICTURE}">-->`]) {
      const item = atomEntry(XHTML(`<p>Before ${comment} after</p>`));
      expectNoPicture(item);
      expect(elementsIn(item.contentHtml)).toEqual(['p']);
    }
  });

  it('escaped markup in Atom type="text" is text in the body and in the title', () => {
    const item = atomEntry(`<content type="text">&lt;img src="${PICTURE}" width="800" height="600"&gt; and more</content>`, `<title type="text">&lt;img src="${PICTURE}"&gt;</title>`);
    expectNoPicture(item);
    expect(item.title).toBe(`<img src="${PICTURE}">`);
    expect(item.summary).toBe(`<img src="${PICTURE}" width="800" height="600"> and more`);
  });

  it('doubly escaped markup in RSS is text: the body shows the tag, the title and summary read it as characters', () => {
    const item = rssItem(
      `<title>&amp;lt;img src="${PICTURE}"&amp;gt;</title><description>&amp;lt;img src="${PICTURE}" width="800" height="600"&amp;gt;</description>`,
    );
    expectNoPicture(item);
    expect(item.title).toBe(`<img src="${PICTURE}">`);
    expect(item.summary).toBe(`<img src="${PICTURE}" width="800" height="600">`);
  });

  it('raw XHTML in an RSS description keeps its elements, while its CDATA and processing instructions stay text', () => {
    const item = rssItem(`<description><p>Kept <b>bold</b><![CDATA[<img src="${PICTURE}">]]><?x ><img src="${PICTURE}">?></p></description>`);
    expect(elementsIn(item.contentHtml)).toEqual(['p', 'b']);
    expect(item.image).toBeNull();
  });

  it('elements are written again from what the parser read: attributes escaped, names an HTML parser could misread dropped', () => {
    const item = atomEntry(XHTML(`<p title="a&quot;&gt;&lt;img src=x&gt;" a\`b="1">One</p><x:p xmlns:x="http://www.w3.org/1999/xhtml">Two</x:p><br></br>`));
    expect(item.contentHtml).toBe('<p title="a&quot;&gt;&lt;img src=x&gt;">One</p><p>Two</p><br>');
  });
});
