// news-widgets/server: what runs on a server or at the edge, on standard Request and Response only.
export { createFeedProxy, type FeedProxy, type FeedProxyOptions, type UpstreamFetch } from './proxy.js';
export { refusedAddress } from './address.js';
export { renderWidgets, type RenderOptions } from './render.js';
