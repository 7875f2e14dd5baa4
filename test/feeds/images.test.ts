import { describe, expect, it } from 'vitest';
import { pictureInHtml } from '../../src/data/images.js';
import { parseFeed } from '../../src/data/parse-feed.js';

const url = 'https://news.example/feeds/main.xml';

/** The image of the only item of an RSS feed with this item content. */
function imageOf(item: string): ReturnType<typeof parseFeed>['items'][number]['image'] {
  const xml = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel><item><title>Story</title><link>https://news.example/2026/story</link>${item}</item></channel></rss>`;
  return parseFeed(xml, { url }).items[0].image;
}

describe('item images', () => {
  it('takes the widest media:content image and ignores video', () => {
    expect(
      imageOf(`<media:content url="https://img.example/small.jpg" width="140"/>
        <media:content url="https://img.example/large.jpg" width="460" height="276"/>
        <media:content url="https://img.example/clip.mp4" medium="video" width="1920"/>`),
    ).toEqual({ url: 'https://img.example/large.jpg', width: 460, height: 276, alt: 'Story' });
  });

  it('finds thumbnails inside media:group and inside a video media:content', () => {
    expect(imageOf('<media:group><media:content url="https://v.example/x.swf" type="application/x-shockwave-flash"/><media:thumbnail url="https://img.example/hq.jpg" width="480" height="360"/></media:group>')?.url).toBe(
      'https://img.example/hq.jpg',
    );
    expect(imageOf('<media:content duration="823"><media:thumbnail url="https://img.example/t.jpg?size=l"/></media:content>')?.url).toBe('https://img.example/t.jpg?size=l');
  });

  it('takes an image enclosure and ignores audio ones', () => {
    expect(imageOf('<enclosure url="https://cdn.example/a.mp3" type="audio/mpeg" length="1"/><enclosure url="https://cdn.example/p.jpg" type="image/jpeg"/>')?.url).toBe(
      'https://cdn.example/p.jpg',
    );
    expect(imageOf('<enclosure url="https://cdn.example/a.mp3" type="audio/mpeg" length="1"/>')).toBeNull();
  });

  it('reads pictures from elements publishers invent, preferring the biggest name', () => {
    expect(imageOf('<image><url>https://img.example/i.jpg?a=1&amp;b=2</url><width>150</width><height>150</height></image>')).toMatchObject({
      url: 'https://img.example/i.jpg?a=1&b=2',
      width: 150,
    });
    expect(imageOf('<thumbnail>https://img.example/90x90.jpg</thumbnail><bigimage>https://img.example/600x338.jpg</bigimage><image>https://img.example/250.jpg</image>')?.url).toBe(
      'https://img.example/600x338.jpg',
    );
  });

  it('falls back to the first meaningful <img> of the description, then of the content', () => {
    expect(imageOf('<description>&lt;p&gt;No picture&lt;/p&gt;</description><content:encoded><![CDATA[<p><img src="/pictures/a.gif" alt="Animation" width="685" height="385"></p>]]></content:encoded>')).toEqual({
      url: 'https://news.example/pictures/a.gif',
      width: 685,
      height: 385,
      alt: 'Animation',
    });
  });

  it('resolves relative <img> addresses against the article page', () => {
    expect(imageOf('<description><![CDATA[<img src="img/a.png">]]></description>')?.url).toBe('https://news.example/2026/img/a.png');
  });

  it('skips tracking pixels, beacons, share buttons, icons and hidden images', () => {
    const skipped = `<img src="https://feeds.feedburner.com/~r/x/~4/abc" height="1" width="1">
      <img src="https://medium.com/_/stat?event=post.clientViewed">
      <img src="http://ads.pheedo.com/img.phdo?s=1">
      <img src="https://a.fsdn.com/sd/twitter_icon_large.png">
      <img src="skins/default/filetype/jpg.gif">
      <img src="https://tags.example/site/5148" width="0" height="0">
      <img src="https://img.example/hidden.jpg" style="display:none">
      <img src="https://img.example/badge.png" width="24" height="24">`;
    expect(imageOf(`<description><![CDATA[${skipped}]]></description>`)).toBeNull();
    expect(imageOf(`<description><![CDATA[${skipped}<img src="https://img.example/photo.jpg">]]></description>`)?.url).toBe('https://img.example/photo.jpg');
  });

  it('drops image addresses that are not http(s), and reads a lazy-loading data-src', () => {
    expect(imageOf('<media:thumbnail url="javascript:alert(1)"/><enclosure url="data:image/png;base64,AAAA" type="image/png"/>')).toBeNull();
    expect(imageOf('<description><![CDATA[<img src="data:image/gif;base64,R0lGOD" data-src="https://img.example/lazy.jpg">]]></description>')?.url).toBe(
      'https://img.example/lazy.jpg',
    );
  });

  it('prefers declared pictures to pictures inside the HTML', () => {
    expect(imageOf('<description><![CDATA[<img src="https://img.example/inline.jpg">]]></description><enclosure url="https://img.example/declared.jpg" type="image/jpeg"/>')?.url).toBe(
      'https://img.example/declared.jpg',
    );
  });
});

describe('pictureInHtml', () => {
  // Only a browser could load an image or run a script, so only there is there anything to watch.
  it.runIf(typeof document !== 'undefined')('reads HTML without loading its images or running its scripts', async () => {
    const address = `${location.origin}/feed-image-${crypto.randomUUID()}.png`;
    const picture = pictureInHtml(`<script>window.ranFeedScript = true</script><img src="${address}" onerror="window.ranFeedScript = true">`, null);
    // The same kind of image in the live page does load, which shows that a request would be seen here.
    const control = Object.assign(new Image(), { src: `${location.origin}/feed-control-${crypto.randomUUID()}.png` });
    await new Promise(resolve => control.addEventListener('error', resolve, { once: true }));
    expect(performance.getEntriesByName(control.src)).toHaveLength(1);
    expect(picture?.url).toBe(address);
    expect(performance.getEntriesByName(address)).toHaveLength(0);
    expect((window as { ranFeedScript?: boolean }).ranFeedScript).toBeUndefined();
  });

  it('finds nothing in HTML without images', () => {
    expect(pictureInHtml('<p>Only words</p>', null)).toBeNull();
  });
});
