import { describe, expect, it } from 'vitest';
import { contentTypeCharset, decodeBody } from '../../src/data/decode.js';

/** Bytes from ASCII text and raw byte values, so legacy encodings can be written down in a test. */
function bytes(...parts: (string | number[])[]): ArrayBuffer {
  const values = parts.flatMap(part => (typeof part === 'string' ? [...part].map(char => char.charCodeAt(0)) : part));
  return new Uint8Array(values).buffer;
}

const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const PRIVET_KOI8 = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];

describe('decodeBody', () => {
  it('decodes by the byte order mark, whatever is declared', () => {
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0" encoding="windows-1251"?><a>', [0xd0, 0x9f], '</a>'))).toBe(
      '<?xml version="1.0" encoding="windows-1251"?><a>П</a>',
    );
    expect(decodeBody(bytes([0xff, 0xfe, 0x3c, 0, 0x1f, 0x04, 0x3e, 0]))).toBe('<П>');
    expect(decodeBody(bytes([0xfe, 0xff, 0, 0x3c, 0x04, 0x1f, 0, 0x3e]))).toBe('<П>');
  });

  it('takes bytes that are valid UTF-8 as UTF-8, even under a legacy declaration', () => {
    const body = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a>', [0xc3, 0xa7, 0xc3, 0xa3, 0x6f], '</a>');
    expect(decodeBody(body, 'text/xml; charset=iso-8859-1')).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>ção</a>');
  });

  it('decodes windows-1251 named by the XML declaration', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="windows-1251"?><t>', PRIVET_1251, '</t>'))).toContain('<t>Привет</t>');
  });

  it('decodes KOI8-R named by the Content-Type charset', () => {
    expect(decodeBody(bytes('<t>', PRIVET_KOI8, '</t>'), 'application/rss+xml; charset="KOI8-R"')).toBe('<t>Привет</t>');
  });

  it('decodes gb2312 as GBK, its superset', () => {
    expect(decodeBody(bytes("<?xml version='1.0' encoding='gb2312'?><t>", [0xd6, 0xd0, 0xce, 0xc4], '</t>'))).toContain('<t>中文</t>');
  });

  it('decodes ISO-8859-1 and ISO-8859-7', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="iso-8859-1"?><t>', [0xe7, 0xe3, 0x6f], '</t>'))).toContain('<t>ção</t>');
    expect(decodeBody(bytes('<?xml version="1.0" encoding="iso-8859-7"?><t>', [0xd4, 0xf1, 0xe9], '</t>'))).toContain('<t>Τρι</t>');
  });

  it('prefers the XML declaration to the Content-Type charset when both name a legacy encoding', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1251"?><t>', PRIVET_1251, '</t>');
    expect(decodeBody(body, 'text/xml; charset=iso-8859-1')).toContain('<t>Привет</t>');
  });

  it('replaces invalid bytes in declared UTF-8 with U+FFFD and keeps the rest', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="utf-8"?><t>a', [0xa9], 'b</t>'))).toContain('<t>a\ufffdb</t>');
  });

  it('guesses undeclared legacy bytes: KOI8-R, windows-1251 or windows-1252 by their letters', () => {
    expect(decodeBody(bytes('<rss><t>', PRIVET_KOI8, ' ', PRIVET_KOI8, '</t></rss>'))).toBe('<rss><t>Привет Привет</t></rss>');
    expect(decodeBody(bytes('<rss><t>', PRIVET_1251, ' ', PRIVET_1251, '</t></rss>'))).toBe('<rss><t>Привет Привет</t></rss>');
    expect(decodeBody(bytes('<rss><title>Ol', [0xe1], ' S', [0xe3], 'o Paulo, cora', [0xe7, 0xe3], 'o</title></rss>'))).toBe(
      '<rss><title>Olá São Paulo, coração</title></rss>',
    );
  });

  it('treats an unknown encoding label as no declaration', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="x-unknown"?><t>', PRIVET_1251, PRIVET_1251, '</t>'))).toContain('<t>ПриветПривет</t>');
  });

  it('returns a string body as it is, less a byte order mark', () => {
    expect(decodeBody('\ufeff<rss/>')).toBe('<rss/>');
    expect(decodeBody('<rss/>')).toBe('<rss/>');
  });
});

describe('contentTypeCharset', () => {
  it('reads the charset parameter, quoted or not', () => {
    expect(contentTypeCharset('text/xml; charset=UTF-8')).toBe('UTF-8');
    expect(contentTypeCharset('application/rss+xml;charset="windows-1251"')).toBe('windows-1251');
    expect(contentTypeCharset('application/json')).toBeUndefined();
    expect(contentTypeCharset(undefined)).toBeUndefined();
  });
});
