import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText, truncateWords } from '../../src/data/text.js';
import { safeHttpUrl } from '../../src/data/url.js';

describe('htmlToText', () => {
  it('removes tags, comments, scripts and styles and decodes entities once', () => {
    expect(htmlToText('<p>Fish &amp;amp; chips</p><!-- x --><script>alert(1)</script><style>p{}</style> &#8211; &#x41;')).toBe(
      'Fish &amp; chips \u2013 A',
    );
  });

  it('collapses whitespace including no-break spaces', () => {
    expect(htmlToText('  one\n\n two&nbsp;&nbsp;three ')).toBe('one two three');
  });

  it('leaves unknown entities and invalid code points harmless', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0;')).toBe('&bogus; \ufffd \ufffd');
  });
});

describe('truncateWords', () => {
  it('leaves short text alone', () => {
    expect(truncateWords('short', 10)).toBe('short');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncateWords('The quick brown fox jumps', 12)).toBe('The quick\u2026');
  });

  it('cuts inside a word that is longer than the limit', () => {
    expect(truncateWords('Supercalifragilistic', 5)).toBe('Super\u2026');
  });
});

describe('safeHttpUrl', () => {
  it('keeps http and https and resolves relative addresses', () => {
    expect(safeHttpUrl('/a', 'https://x.example/b/c')).toBe('https://x.example/a');
    expect(safeHttpUrl('http://y.example')).toBe('http://y.example/');
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.example', '', 'http://'])(
    'drops %j',
    value => {
      expect(safeHttpUrl(value, 'https://x.example/')).toBeNull();
    },
  );
});
