// Sample data for the element benchmarks: feeds of whole stories, an article and a forecast, all in memory.

/** A picture the dev server has, so pictures load from the page's own origin and nothing leaves the machine. */
export const PICTURE = new URL('/demo/public/images/tram.svg', location.href).href;

const SUMMARY =
  'The city council met late into the evening to agree on next year’s budget for trams, schools and parks, and ' +
  'residents who stayed to the end heard the vote that decided which projects start in the spring.';

/**
 * A JSON Feed of `count` stories, ids `<prefix>-<index>`, each with a picture, a summary longer than the excerpt, a
 * category and a time an hour before the story above it, counted from `now`. `first` numbers the stories from
 * another index.
 */
export function storyFeed(count: number, { prefix = 'story', first = 0, now = Date.now() } = {}): { items: object[]; [field: string]: unknown } {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Stories',
    language: 'en',
    items: Array.from({ length: count }, (_, offset) => {
      const index = first + offset;
      return {
        id: `${prefix}-${index}`,
        url: `https://news.example/${prefix}/${index}`,
        title: `Story ${index}: the council agrees a budget for trams and parks`,
        summary: SUMMARY,
        image: PICTURE,
        date_published: new Date(now - index * 3_600_000).toISOString(),
        _news: { category: index % 2 ? 'City' : 'World' },
      };
    }),
  };
}

/** One article as a JSON Feed item: a picture, subheads and a list, as the contract's article page has. */
export const ARTICLE = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Articles',
  items: [
    {
      id: 'article-131',
      url: 'https://news.example/articles/131',
      title: 'The new tram line opens on Monday',
      image: PICTURE,
      date_published: '2026-11-26T09:00:00Z',
      content_html:
        '<p>The first trams leave the depot at six.</p><h2>What changes</h2><ul><li>Stops every 400 metres</li><li>A tram every six minutes</li></ul>' +
        '<p>Tickets cost the same as on the buses.</p>',
      _news: { category: 'City', views: 131 },
    },
  ],
};

/** The current weather in the Open-Meteo shape. */
export const FORECAST = {
  utc_offset_seconds: 18000,
  current_units: { temperature_2m: '°C', wind_speed_10m: 'm/s' },
  current: { time: 1795845600, temperature_2m: 9.2, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 47, is_day: 1 },
};
