// Feeds of whole stories (picture, summary, category, time) for the tests of <news-list> and <related-news>.

/** A picture the test server has (the demo's), so nothing leaves the machine. */
export const PICTURE = new URL('/demo/public/images/tram.svg', location.href).href;

export interface StoryOptions {
  /** Which stories have a picture (all by default). */
  pictured?: (index: number) => boolean;
  /** When story `index` was published (every story an hour before the one above it, from now, by default). */
  published?: (index: number) => Date;
  language?: string;
  summary?: (index: number) => string;
}

/** A JSON Feed of `count` stories at https://news.example/story/<index>, titled "Story <index>". */
export function storyFeed(count: number, options: StoryOptions = {}): object {
  const now = Date.now();
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Stories',
    language: options.language,
    items: Array.from({ length: count }, (_, index) => ({
      id: `story-${index}`,
      url: `https://news.example/story/${index}`,
      title: `Story ${index}`,
      summary: options.summary?.(index) ?? `What happened in story ${index}, told in one plain sentence for the list.`,
      image: (options.pictured?.(index) ?? true) ? PICTURE : undefined,
      date_published: (options.published?.(index) ?? new Date(now - index * 3_600_000)).toISOString(),
      _news: { category: index % 2 ? 'City' : 'World' },
    })),
  };
}
