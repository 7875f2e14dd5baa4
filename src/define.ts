// Registers every element of the library under its default tag. This module is the drop-in's entry.
import './elements/news-article/define.js';
import './elements/news-list/define.js';
import './elements/weather-badge/define.js';
