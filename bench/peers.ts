// The parsers bench/parse.mjs compares parseFeed with, bundled for the benchmark page. rss-parser is loaded apart, as
// its own browser build (a classic script that defines window.RSSParser): its package is written for Node.
export { parseFeed as feedsmithParse } from 'feedsmith';
export { XMLParser } from 'fast-xml-parser';
