export { NewsList, type NewsErrorDetail, type WidgetState } from './elements/news-list/news-list.js';
export { WeatherBadge } from './elements/weather-badge/weather-badge.js';
export { defineElement } from './elements/shared/define.js';
export * from './data/index.js';
