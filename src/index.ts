export { NewsList, type NewsErrorDetail, type WidgetState } from './elements/news-list/news-list.js';
export type { NewsImpressionDetail, NewsSelectDetail } from './elements/shared/events-map.js';
export { NewsArticle } from './elements/news-article/news-article.js';
export { SANITIZER_POLICY_NAME } from './elements/news-article/policies.js';
export { WeatherBadge } from './elements/weather-badge/weather-badge.js';
export { defineElement } from './elements/shared/define.js';
export * from './data/index.js';
export { formatCalendarTime, type CalendarOptions } from './i18n/calendar.js';
export { formatViews } from './i18n/views.js';
