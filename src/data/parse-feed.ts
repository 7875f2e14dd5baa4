// The one entry point for every feed format.
import type { Parser } from './client.js';
import { decodeBody } from './decode.js';
import { jsonFormat, syntaxOf, xmlFormat, type FeedFormat } from './detect.js';
import { FeedError } from './errors.js';
import { parseAtom } from './atom.js';
import { parseJson } from './json.js';
import { readJsonFeed } from './jsonfeed.js';
import { parseError } from './parse-error.js';
import { parseRdf } from './rdf.js';
import { parseRss } from './rss.js';
import type { Feed } from './types.js';
import { readWordPress } from './wordpress.js';
import { parseXml } from './xml.js';

/** What `parseFeed` is told about the body. A client's `ResponseMeta` fits as it is. */
export interface ParseOptions {
  /** The `Content-Type` header; its charset is one of the encoding hints. */
  contentType?: string;
  /** Where the body came from: the base for relative links, and named in error messages. */
  url?: string;
  /** Forces a format instead of detecting it; a body of another format is then a `parse` error. */
  format?: FeedFormat;
}

function parseJsonFormats(text: string, url: string | undefined, format: FeedFormat): Feed {
  const document = parseJson(text, url);
  const detected = format === 'auto' ? jsonFormat(document) : format;
  if (detected === 'jsonfeed') return readJsonFeed(document, url);
  if (detected === 'wordpress') return readWordPress(document, url);
  throw parseError(url, 'is JSON, but neither a JSON Feed nor WordPress posts');
}

const XML_READERS = { rss: parseRss, rdf: parseRdf, atom: parseAtom };

/** The largest body read: far more than any feed, and a bound on the time one response can take. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

function parseXmlFormats(text: string, url: string | undefined, format: FeedFormat): Feed {
  const root = parseXml(text);
  if (!root) throw parseError(url, 'is not well-formed XML: it has no root element');
  const detected = xmlFormat(root);
  // Asking for RSS accepts every RSS, RSS 1.0 included.
  const wanted = format === 'auto' || format === (detected === 'rdf' ? 'rss' : detected);
  if (!detected || !wanted) {
    throw parseError(url, `is ${detected ? `not an ${format === 'rss' ? 'RSS' : 'Atom'} feed` : 'XML, but not a feed'}: its root element is <${root.name}>`);
  }
  return XML_READERS[detected](root, url);
}

/**
 * Reads a feed in any supported format (JSON Feed 1.0/1.1, RSS 2.0/0.9x, RSS 1.0, Atom 1.0/0.3,
 * WordPress REST posts) into the normalized `Feed`. Bytes are decoded by their declared or detected
 * encoding; a string is taken as already decoded.
 *
 * XML is read leniently, as feed readers do (see xml.ts): a feed whose items can be read is never an error.
 *
 * @throws {FeedError} of kind `parse`, with a message that names the problem, when the body holds no feed,
 *   is not of the forced `format`, or is larger than 20 MB.
 */
export function parseFeed(body: ArrayBuffer | string, options: ParseOptions = {}): Feed {
  const { url, contentType, format = 'auto' } = options;
  const size = typeof body === 'string' ? body.length : body.byteLength;
  if (size > MAX_BODY_BYTES) throw parseError(url, 'is over 20 MB, more than a feed is read for');
  try {
    const text = decodeBody(body, contentType);
    const syntax = syntaxOf(text, contentType);
    if (format === 'jsonfeed' || format === 'wordpress') return parseJsonFormats(text, url, format);
    if (syntax === 'html') throw parseError(url, 'is an HTML page, not a feed');
    if (format === 'auto' && syntax === 'json') return parseJsonFormats(text, url, format);
    if (format === 'auto' && syntax === 'unknown') throw parseError(url, 'is neither JSON nor XML');
    return parseXmlFormats(text, url, format);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // A feed must never take the page down with it, whatever the parser trips over.
    throw parseError(url, `could not be read (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

const parsers = new Map<FeedFormat, Parser<Feed>>();

/**
 * A parser for the data client (`client.get(src, feedParser('rss'))`): the response's address and
 * Content-Type become `parseFeed`'s options. One function per format, because the client parses a
 * body once per parser function: twenty lists of one feed then share one parse.
 */
export function feedParser(format: FeedFormat = 'auto'): Parser<Feed> {
  let parser = parsers.get(format);
  if (!parser) {
    parser = (body, meta) => parseFeed(body, { url: meta.url, contentType: meta.contentType, format });
    parsers.set(format, parser);
  }
  return parser;
}
