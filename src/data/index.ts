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
} from './client.js';
export { FeedError, isAbortError, type FeedErrorKind } from './errors.js';
export { parseJsonFeed } from './jsonfeed.js';
export type { FetchLike } from './request.js';
export { RefreshScheduler, getScheduler, type SchedulerHost } from './scheduler.js';
export type { Feed, FeedImage, FeedItem, ResponseMeta } from './types.js';
