// Inputs made to cost a parser time: each is a body for parseFeed. bench/parse.mjs times them in Node against the
// 100 ms budget of docs/budgets.md; test/feeds/crafted.test.ts checks that each parses, or fails with a `parse`
// error, within the parser's bounds. Shared so that both read exactly the same bytes.

const rss = (title, description = '', itemAttributes = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Crafted</title><item${itemAttributes}><title>${title}</title>` +
  `<description>${description}</description></item></channel></rss>`;

const KB = 1024;

/** @type {{ name: string, body: () => string }[]} */
export const CRAFTED_INPUTS = [
  { name: 'a 100 KB title of "<p" repeated', body: () => rss(`<![CDATA[${'<p'.repeat(50 * KB)}]]>`) },
  { name: 'a 100 KB title of "&lt;p" repeated (escaped)', body: () => rss('&lt;p'.repeat(20 * KB)) },
  { name: 'a 100 KB title of "<a" repeated', body: () => rss(`<![CDATA[${'<a'.repeat(50 * KB)}]]>`) },
  { name: 'a 100 KB title of "<!--" repeated', body: () => rss(`<![CDATA[${'<!--'.repeat(25 * KB)}]]>`) },
  { name: 'a 100 KB title of "<p" repeated, as markup', body: () => rss('<p'.repeat(50 * KB)) },
  {
    name: 'a 1 MB title in a JSON Feed',
    body: () => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: '<p <a '.repeat(170 * KB), content_html: '<p'.repeat(512 * KB) }] }),
  },
  { name: 'a 50 KB entity used 2,000 times', body: () => `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50 * KB)}">]>${rss('&big;'.repeat(2000), '&big;'.repeat(2000))}` },
  { name: '"<" repeated 100,000 times', body: () => rss('t', '<'.repeat(100_000)) },
  { name: 'an entity storm (1 MB of "&", references and unknown names)', body: () => rss('&amp;&#233;&#x263a;&eacute;&nosuchentity;&'.repeat(2 * KB), '&&#&#x&amp;amp;&#99999999;&e'.repeat(40 * KB)) },
  { name: '100,000 attributes on one element', body: () => rss('t', '', Array.from({ length: 100_000 }, (_, i) => ` a${i}="${i}"`).join('')) },
  { name: 'a 10 MB single text node', body: () => rss('t', 'word '.repeat(2 * KB * KB)) },
  { name: '100,000 nested elements', body: () => rss('t', '<b>'.repeat(100_000)) },
  { name: '100,000 quotes that never close', body: () => rss('t', '<b a="'.repeat(100_000)) },
  { name: 'a 1 MB author of "(" and a 1 MB date', body: () => rss('t').replace('<title>t</title>', `<title>t</title><author>${'('.repeat(KB * KB)}</author><pubDate>${'1 '.repeat(512 * KB)}</pubDate>`) },
  { name: '20,000 items', body: () => rss('t').replace(/<item>.*<\/item>/, '<item><title>Story</title><description>&lt;p&gt;Words&lt;/p&gt;</description></item>'.repeat(20_000)) },
];
