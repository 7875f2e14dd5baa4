// Registers every element of the library under its default tag. This module is the drop-in's entry.
import './elements/news-article/define.js';
import './elements/news-list/define.js';
import './elements/related-news/define.js';
import './elements/weather-badge/define.js';

// The drop-in is the only file a site owner has, so page-wide data settings (proxy, persistence) come from it:
// import { configure } from '.../news-widgets.js'.
export { configure } from './data/client.js';
