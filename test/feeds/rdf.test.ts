import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://sfbay.example/search/apa?format=rss';

describe('RSS 1.0 (RDF)', () => {
  it('reads the items that are siblings of the channel, with Dublin Core dates and subjects', () => {
    const feed = parseFeed(
      `<?xml version="1.0" encoding="utf-8"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:enc="http://purl.oclc.org/net/rss_2.0/enc#">
        <channel rdf:about="https://sfbay.example/"><title>Listings</title><link>https://sfbay.example/</link><dc:language>en-us</dc:language>
          <items><rdf:Seq><rdf:li rdf:resource="https://sfbay.example/1.html"/></rdf:Seq></items></channel>
        <item rdf:about="https://sfbay.example/1.html">
          <title><![CDATA[Victorian &#x0024;4300 1930ft<sup>2</sup>]]></title>
          <link>https://sfbay.example/1.html</link>
          <description>Bright and spacious</description>
          <dc:date>2017-06-21T10:33:10-07:00</dc:date>
          <dc:subject>apartments</dc:subject>
          <enc:enclosure resource="https://images.example/00l0l_300x300.jpg" type="image/jpeg"/>
        </item>
      </rdf:RDF>`,
      { url },
    );
    expect(feed).toMatchObject({ title: 'Listings', url: 'https://sfbay.example/', language: 'en-us' });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: 'https://sfbay.example/1.html',
      title: 'Victorian $4300 1930ft2',
      url: 'https://sfbay.example/1.html',
      summary: 'Bright and spacious',
      category: 'apartments',
      image: { url: 'https://images.example/00l0l_300x300.jpg' },
    });
    expect(feed.items[0].published?.toISOString()).toBe('2017-06-21T17:33:10.000Z');
  });

  it('reads RSS 0.90, whose elements are in the Netscape namespace', () => {
    const feed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
        <channel><title>Old</title><link>https://old.example/</link></channel>
        <item><title>First</title><link>https://old.example/1</link></item>
        <item><title>Second</title><link>https://old.example/2</link></item>
      </rdf:RDF>`,
      { url },
    );
    expect(feed.items.map(item => item.title)).toEqual(['First', 'Second']);
  });

  it('is read when RSS is asked for', () => {
    const body = '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel/><item><title>A</title></item></rdf:RDF>';
    expect(parseFeed(body, { url, format: 'rss' }).items).toHaveLength(1);
  });

  it('needs a channel', () => {
    expect(() => parseFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', { url })).toThrowError(/no <channel>/);
  });
});
