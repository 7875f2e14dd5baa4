// The feeds of the server-rendering tests (Node, Chromium, workerd): a list, an article, the weather and the XSS
// battery's sources, answered without a network. The page markup uses every element as a site owner writes it.
import { source, VECTORS, type Field, type Format } from '../elements/xss-vectors.js';

/** The stories of the list feed. */
export const STORIES = [
  { id: 'https://news.example/2026/11/budget', url: 'https://news.example/2026/11/budget', title: 'City council passes the winter budget', summary: 'Heating for schools comes first.', date_published: '2026-11-30T09:15:00Z', _news: { category: 'City' } },
  { id: 'https://news.example/2026/11/bridge', url: 'https://news.example/2026/11/bridge', title: 'The old bridge opens again after two years', summary: 'Trams return on Monday.', date_published: '2026-11-29T18:40:00Z', _news: { category: 'Transport' } },
  { id: 'https://news.example/2026/11/library', url: 'https://news.example/2026/11/library', title: 'A library that never closes', summary: 'Books at any hour, on the honour system.', date_published: '2026-11-28T07:05:00Z', _news: { category: 'Culture' } },
];

/** The article: its body carries one harmful vector and one relative link, both handled on the server. */
export const ARTICLE = {
  id: 'https://news.example/2026/11/bridge',
  url: 'https://news.example/2026/11/bridge',
  title: 'The old bridge opens again after two years',
  summary: 'Trams return on Monday.',
  content_html: '<p>The bridge over the river opens on Monday.</p><p onclick="alert(1)">Read the <a href="/timetable">new timetable</a>.<script>alert(2)</script></p>',
  date_published: '2026-11-29T18:40:00Z',
  authors: [{ name: 'Ana Petrova' }],
  _news: { category: 'Transport', views: 131 },
};

/** Overcast, +9°, as Open-Meteo answers. */
export const WEATHER = {
  utc_offset_seconds: 18000,
  current_units: { temperature_2m: '°C', wind_speed_10m: 'm/s' },
  current: { time: 1770477300, temperature_2m: 9.2, weather_code: 3, wind_speed_10m: 4.1, wind_direction_10m: 50, is_day: 1 },
};

const jsonFeed = (items: object[]) => JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'City news', items });

/** The feed server's answer for `path`: the list, the article, the weather, a broken feed, the battery, else 404. */
export function answerFeed(path: string): { status: number; type: string; body: string } {
  const battery = /^\/xss\/([^/]+)\/([^/]+)\/(\d+)$/.exec(path);
  if (battery && VECTORS[Number(battery[3])]) {
    const { text, type } = source(battery[1] as Format, battery[2] as Field, VECTORS[Number(battery[3])][1]);
    return { status: 200, type, body: text };
  }
  switch (path) {
    case '/feeds/city.json':
      return { status: 200, type: 'application/feed+json', body: jsonFeed(STORIES) };
    case '/feeds/article.json':
      return { status: 200, type: 'application/json', body: JSON.stringify(ARTICLE) };
    case '/feeds/weather.json':
      return { status: 200, type: 'application/json', body: JSON.stringify(WEATHER) };
    case '/feeds/broken.json':
      return { status: 200, type: 'application/json', body: '{ this is not a feed' };
    default:
      return { status: 404, type: 'text/plain', body: 'Not found' };
  }
}

/**
 * A page with all four elements as a site owner writes them: relative addresses (from a page at /news/), the page's
 * language on <html>, and a related list under the article.
 */
export function pageMarkup(lang: 'en' | 'ru'): string {
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>City news</title><link rel="stylesheet" href="/cdn/news-widgets.css">
<script type="module" src="/cdn/news-widgets.js"></script></head>
<body>
<main>
<weather-badge src="../feeds/weather.json" label="Tashkent" layout="card"></weather-badge>
<news-list src="../feeds/city.json" limit="3" heading="${lang === 'ru' ? 'Новости города' : 'City news'}"></news-list>
<news-article src="../feeds/article.json" heading-level="1"></news-article>
<related-news src="../feeds/city.json" min="1"></related-news>
</main>
</body>
</html>`;
}
