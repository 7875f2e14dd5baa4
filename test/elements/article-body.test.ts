import { expect } from '@esm-bundle/chai';
import { enforceAllowList, sanitizeArticleHtml, sanitizerEngine } from '../../src/elements/news-article/article-body.js';

const base = 'https://news.example/world/2026/river-line';

const ARTICLE = `<h1>Heading one</h1><p class="lead" style="color:red" id="x" lang="en" dir="ltr" title="t">Text with <a href="/more" target="_blank">a link</a>,
  <a href="mailto:desk@news.example">mail</a>, <em>em</em>, <strong>strong</strong> and <mark>mark</mark>.</p>
  <div class="wp-block"><span>Unwrapped</span></div>
  <ol start="3" reversed type="a"><li>three</li><li>two</li></ol>
  <blockquote><p>Quote</p></blockquote>
  <figure><img src="pic.jpg" srcset="pic-2x.jpg 2x, /pic-3x.jpg 3x" sizes="100vw" width="640" height="480" alt="A picture" loading="eager"><figcaption>Caption</figcaption></figure>
  <table><caption>T</caption><thead><tr><th scope="col" colspan="2">H</th></tr></thead><tbody><tr><td rowspan="2">1</td><td>2</td></tr></tbody></table>
  <p>&nbsp;</p><hr><p>Line<br>break</p>`;

/** Runs `body` with the Sanitizer API taken away, as in a browser without it. */
async function withoutSanitizerApi<T>(body: () => Promise<T>): Promise<T> {
  const setHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML')!;
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  try {
    return await body();
  } finally {
    Object.defineProperty(Element.prototype, 'setHTML', setHTML);
  }
}

function inert(markup: string): HTMLElement {
  const container = document.implementation.createHTMLDocument('').createElement('div');
  // The inert document runs and loads nothing, so the raw markup can be parsed here to test the walk alone.
  container.innerHTML = markup;
  return container;
}

describe('sanitizeArticleHtml', () => {
  it('uses the Sanitizer API where Element.setHTML exists, else DOMPurify', async () => {
    expect(sanitizerEngine()).to.equal('sanitizer-api');
    expect(await withoutSanitizerApi(async () => sanitizerEngine())).to.equal('dompurify');
  });

  it('takes a setHTML without the standard Sanitizer (an earlier draft) for no Sanitizer API', () => {
    const page = globalThis as { Sanitizer?: unknown };
    const standard = page.Sanitizer;
    page.Sanitizer = function Sanitizer() {};
    try {
      expect(sanitizerEngine()).to.equal('dompurify');
    } finally {
      page.Sanitizer = standard;
    }
  });

  for (const engine of ['sanitizer-api', 'dompurify'] as const) {
    describe(engine, () => {
      const sanitize = (html: string, leadImage?: string) => {
        const run = () => sanitizeArticleHtml(html, { base, leadImage });
        return engine === 'dompurify' ? withoutSanitizerApi(run) : run();
      };

      it('keeps the article’s structure, in the page’s document, and drops classes, ids and styles', async () => {
        const body = await sanitize(ARTICLE);
        expect(body.ownerDocument).to.equal(document);
        expect([...body.children].map(child => child.localName)).to.deep.equal(['h2', 'p', 'ol', 'blockquote', 'figure', 'table', 'hr', 'p']);
        const paragraph = body.querySelector('p')!;
        expect([...paragraph.attributes].map(attribute => `${attribute.name}=${attribute.value}`).sort()).to.deep.equal(['dir=ltr', 'lang=en', 'title=t']);
        expect(body.querySelector('[class], [id], [style], div, span')).to.equal(null);
        expect(body.textContent).to.contain('Unwrapped');
        expect(body.querySelectorAll('br')).to.have.length(1);
      });

      it('resolves addresses against the article, keeps mailto links and gives every link rel="noopener noreferrer"', async () => {
        const body = await sanitize(ARTICLE);
        const [more, mail] = body.querySelectorAll('a');
        expect([more.getAttribute('href'), more.getAttribute('rel'), more.hasAttribute('target')]).to.deep.equal([
          'https://news.example/more',
          'noopener noreferrer',
          false,
        ]);
        expect([mail.getAttribute('href'), mail.getAttribute('rel')]).to.deep.equal(['mailto:desk@news.example', 'noopener noreferrer']);
      });

      it('makes pictures lazy, with absolute src and srcset and their size kept', async () => {
        const image = (await sanitize(ARTICLE)).querySelector('img')!;
        expect(image.getAttribute('src')).to.equal('https://news.example/world/2026/pic.jpg');
        expect(image.getAttribute('srcset')).to.equal('https://news.example/world/2026/pic-2x.jpg 2x, https://news.example/pic-3x.jpg 3x');
        expect(image.getAttribute('sizes')).to.equal('100vw');
        expect([image.getAttribute('loading'), image.getAttribute('decoding'), image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal([
          'lazy',
          'async',
          '640',
          '480',
        ]);
      });

      it('keeps list and table attributes only with sensible values', async () => {
        const body = await sanitize(`${ARTICLE}<ol start="x"><li>a</li></ol><table><tr><td colspan="0" rowspan="1e9">z</td><th scope="all">h</th></tr></table>`);
        const [good, junk] = body.querySelectorAll('ol');
        expect([good.getAttribute('start'), good.getAttribute('reversed'), good.hasAttribute('type')]).to.deep.equal(['3', '', false]);
        expect(junk.hasAttribute('start')).to.equal(false);
        expect(body.querySelector('th')!.getAttribute('scope')).to.equal('col');
        expect(body.querySelector('th')!.getAttribute('colspan')).to.equal('2');
        const cells = body.querySelectorAll('td');
        expect(cells[0].getAttribute('rowspan')).to.equal('2');
        expect([cells[2].hasAttribute('colspan'), cells[2].hasAttribute('rowspan')]).to.deep.equal([false, false]);
        expect(body.querySelectorAll('th')[1].hasAttribute('scope')).to.equal(false);
      });

      it('drops a picture without an http(s) address, and a srcset or size that is not sound', async () => {
        const body = await sanitize(
          '<img src="data:image/png;base64,AAAA"><img src="ftp://x/y.png"><img src="ok.png" srcset="ok.png 1x, data:image/png;base64,AA 2x" sizes="50vw" width="100%" height="10">',
        );
        const images = body.querySelectorAll('img');
        expect(images).to.have.length(1);
        expect(['srcset', 'sizes', 'width', 'height'].map(name => images[0].hasAttribute(name))).to.deep.equal([false, false, false, false]);
      });

      it('marks the body’s copy of the lead picture, its figure if it has one', async () => {
        const body = await sanitize('<figure><img src="/lead.jpg"><figcaption>c</figcaption></figure><p><img src="/lead.jpg"></p>', 'https://news.example/lead.jpg');
        expect(body.querySelector('figure')!.classList.contains('lead-copy')).to.equal(true);
        expect(body.querySelector('p img')!.getAttribute('class')).to.equal('lead-copy');
      });

      it('drops pictures no reader sees: declared pixels, hidden by an attribute or a style, at a beacon\'s address', async () => {
        const body = await sanitize(
          '<p>Text<img src="/a.png" width="1" height="1"><img src="/b.png" width="0" height="0"><img src="/c.png" hidden>' +
            '<img src="/d.png" style="display: none"><img src="/e.png" style="visibility:hidden"><img src="/f.png" style="width:1px;height:1px">' +
            '<img src="/g.png" style="opacity: 0"><img src="https://stats.wp.example/b.gif?host=x"><img src="https://cdn.example/beacon/open.gif">' +
            '<img src="https://pixel.example/t.png"><img src="/kept.jpg" width="640" height="480" style="border:0" onload="x()"></p>',
        );
        expect([...body.querySelectorAll('img')].map(image => image.getAttribute('src'))).to.deep.equal(['https://news.example/kept.jpg']);
      });

      it('gives pictures and links referrerpolicy="no-referrer" by default, and "origin" when asked', async () => {
        const markup = '<p><a href="/more">more</a><img src="/p.jpg" width="640" height="480"></p>';
        const policies = (body: HTMLElement) => [...body.querySelectorAll('a, img')].map(element => element.getAttribute('referrerpolicy'));
        expect(policies(await sanitize(markup))).to.deep.equal(['no-referrer', 'no-referrer']);
        const run = () => sanitizeArticleHtml(markup, { base, referrerPolicy: 'origin' });
        expect(policies(await (engine === 'dompurify' ? withoutSanitizerApi(run) : run()))).to.deep.equal(['origin', 'origin']);
      });

      it('drops relative addresses when there is no article address to resolve them against', async () => {
        const body = await sanitizeArticleHtml('<p><a href="/x">x</a><img src="/y.png"></p>', { base: null });
        expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
        expect(body.querySelector('img')).to.equal(null);
      });
    });
  }

  it('gives the same body on both paths for an ordinary article', async () => {
    const api = await sanitizeArticleHtml(ARTICLE, { base });
    const purified = await withoutSanitizerApi(() => sanitizeArticleHtml(ARTICLE, { base }));
    expect(purified.innerHTML).to.equal(api.innerHTML);
  });
});

describe('the second layer alone', () => {
  it('removes what a sanitizer let through: scripts, frames, SVG, styles, handlers, foreign schemes', () => {
    const container = inert(
      '<p onclick="x()" style="color:red">a<script>x()</script><iframe src="https://e.example"></iframe><svg><a href="javascript:x()">s</a></svg>' +
        '<a href="javascript:x()" onmouseover="x()">j</a><a href="vbscript:x">v</a><img src="javascript:x()"><img src="https://e.example/p.png" onerror="x()"></p>' +
        '<form action="https://e.example"><input></form><math><mi>m</mi></math><custom-thing>c</custom-thing><base href="https://e.example/">',
    );
    enforceAllowList(container, base, null);
    expect(container.innerHTML).to.equal(
      '<p>a<a>j</a><a>v</a><img src="https://e.example/p.png" loading="lazy" decoding="async" referrerpolicy="no-referrer"></p>',
    );
  });

  it('removes pictures declared 1x1 or 0x0 and pictures at a beacon\'s address, which the sanitizer keeps', () => {
    const container = inert(
      '<p>a<img src="https://e.example/a.png" width="1" height="1"><img src="https://e.example/b.png" width="0"><img src="https://stats.e.example/c.png">' +
        '<img src="https://e.example/pixel.gif?u=1"><img src="https://e.example/ok.png" srcset="https://e.example/tracking/ok.png 2x" width="640" height="480"></p>',
    );
    enforceAllowList(container, base, null, 'origin');
    expect(container.innerHTML).to.equal(
      '<p>a<img src="https://e.example/ok.png" width="640" height="480" loading="lazy" decoding="async" referrerpolicy="origin"></p>',
    );
  });

  it('keeps a namespaced attribute off an allowed element', () => {
    const container = inert('<p>x</p>');
    container.querySelector('p')!.setAttributeNS('http://www.w3.org/1999/xlink', 'xlink:href', 'javascript:x()');
    container.querySelector('p')!.setAttributeNS('urn:other', 'lang', 'en');
    enforceAllowList(container, base, null);
    expect(container.querySelector('p')!.attributes).to.have.length(0);
  });
});
