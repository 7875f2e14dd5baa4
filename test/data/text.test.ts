import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, htmlToText, languageTag, plainText, truncateWords } from '../../src/data/text.js';
import { safeHttpUrl } from '../../src/data/url.js';

describe('htmlToText', () => {
  it('removes tags, comments, scripts and styles and decodes entities once', () => {
    expect(htmlToText('<p>Fish &amp;amp; chips</p><!-- x --><script>alert(1)</script><style>p{}</style> &#8211; &#x41;')).toBe(
      'Fish &amp; chips \u2013 A',
    );
  });

  it('drops doctypes, CDATA markers and processing instructions', () => {
    expect(htmlToText('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><?xml version="1.0"?><p>Words</p><![CDATA[ ]]>')).toBe('Words');
  });

  it('collapses whitespace including no-break spaces', () => {
    expect(htmlToText('  one\n\n two&nbsp;&nbsp;three ')).toBe('one two three');
  });

  it('separates words at blocks and line breaks but not inside inline markup', () => {
    expect(htmlToText('<p>One</p><p>two<br>three</p><ul><li>four</li></ul>1930ft<sup>2</sup> <b>bo</b>ld')).toBe('One two three four 1930ft2 bold');
  });

  it('shows markup that was escaped twice as literal text, never as tags', () => {
    expect(htmlToText('test &lt;pre&gt; and &lt;b&gt;bold&lt;/b&gt;')).toBe('test <pre> and <b>bold</b>');
  });

  it('leaves unknown entities and invalid code points harmless', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0;')).toBe('&bogus; \ufffd \ufffd');
  });
});

describe('plainText', () => {
  it('decodes stray character references and keeps markup as text', () => {
    expect(plainText(' It&#8217;s <b>here</b>\n now ')).toBe('It\u2019s <b>here</b> now');
  });
});

describe('escapeHtml', () => {
  it('makes text read the same when it is handed over as HTML', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});

describe('languageTag', () => {
  it('writes feed language codes as BCP 47 tags', () => {
    expect(languageTag(' en_US ')).toBe('en-US');
    expect(languageTag('ru')).toBe('ru');
    expect(languageTag('')).toBeNull();
    expect(languageTag(42)).toBeNull();
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

  it('cuts text without spaces at the character and never splits a character of two code units', () => {
    expect(truncateWords('一二三四五六七八九十', 4)).toBe('一二三四…');
    expect(truncateWords('ab😀cd', 3)).toBe('ab…');
  });

  it('collapses white space and drops the punctuation before the ellipsis', () => {
    expect(truncateWords('  spaced   out  ', 20)).toBe('spaced out');
    expect(truncateWords('Ends with a comma, then more words', 18)).toBe('Ends with a comma…');
    expect(truncateWords('A pause — then the rest of it', 8)).toBe('A pause…');
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
