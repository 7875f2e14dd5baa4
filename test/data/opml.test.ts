import { describe, expect, it } from 'vitest';
import { MAX_SOURCES, readOpml } from '../../src/data/opml.js';

const opml = (outlines: string) => `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Regional news</title></head><body>${outlines}</body></opml>`;

describe('OPML', () => {
  it('lists the xmlUrl of every outline, folders included, resolved against the document, with its title', () => {
    const sources = readOpml(
      opml(`<outline text="North" type="rss" xmlUrl="https://north.example/feed.xml"/>
        <outline text="Regions"><outline title="South" text="ignored" xmlUrl="/south/feed.json"/>
          <outline xmlUrl="https://www.east.example/rss"/></outline>`),
      'https://portal.example/sources.opml',
    );
    expect(sources).toEqual([
      { title: 'North', url: 'https://north.example/feed.xml' },
      { title: 'South', url: 'https://portal.example/south/feed.json' },
      { title: 'east.example', url: 'https://www.east.example/rss' },
    ]);
  });

  it('keeps http and https sources only, each once, and at most twenty', () => {
    const many = Array.from({ length: 30 }, (_, index) => `<outline text="S${index}" xmlUrl="https://s${index}.example/feed"/>`).join('');
    expect(readOpml(opml(many), 'https://portal.example/')).toHaveLength(MAX_SOURCES);
    const odd = readOpml(opml('<outline xmlUrl="javascript:alert(1)"/><outline xmlUrl="https://a.example/f"/><outline xmlUrl="https://a.example/f"/>'), 'https://portal.example/');
    expect(odd).toEqual([{ title: 'a.example', url: 'https://a.example/f' }]);
  });

  it('reads bytes in their declared encoding', () => {
    const bytes = new TextEncoder().encode(opml('<outline text="Новости" xmlUrl="https://ru.example/rss"/>')).buffer;
    expect(readOpml(bytes, 'https://portal.example/', 'text/x-opml; charset=utf-8')).toEqual([{ title: 'Новости', url: 'https://ru.example/rss' }]);
  });

  it('is not OPML when the root is anything else', () => {
    expect(readOpml('<rss version="2.0"><channel/></rss>', 'https://portal.example/')).toBeNull();
    expect(readOpml('{"items": []}', 'https://portal.example/')).toBeNull();
  });
});
