export {
  NewsClient,
  configure,
  getClient,
  setClient,
  type CacheChange,
  type CacheListener,
  type ClientOptions,
  type GetOptions,
  type Parser,
  type Snapshot,
  type WatchOptions,
  type WatchUpdate,
} from './client.js';
export type { FeedFormat } from './detect.js';
export { FeedError, isAbortError, type FeedErrorKind } from './errors.js';
export { parseJsonFeed } from './jsonfeed.js';
export { feedParser, parseFeed, type ParseOptions } from './parse-feed.js';
export type { FetchLike } from './request.js';
export { RefreshScheduler, getScheduler, type SchedulerHost } from './scheduler.js';
export type { Feed, FeedImage, FeedItem, ResponseMeta } from './types.js';
export { openMeteoUrl, parseOpenMeteo, type OpenMeteoQuery } from './open-meteo.js';
export { compassPoint, windIn, type CurrentWeather, type TemperatureUnit, type WindUnit } from './weather.js';
export { loadFeedParser } from './feed-loader.js';
