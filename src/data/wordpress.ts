// WordPress REST posts: `/wp-json/wp/v2/posts` (an array) or a single post, ideally fetched with
// `?_embed` so that the featured image, terms and author come along in `_embedded`.
import { parseDate } from './dates.js';
import { pictureInHtml, pictureOf } from './images.js';
import { MAX_ITEMS, finishItem } from './item.js';
import { isObject, type JsonObject } from './json.js';
import { parseError } from './parse-error.js';
import { htmlToText } from './text.js';
import type { Feed, FeedImage, FeedItem } from './types.js';
import { safeHttpUrl } from './url.js';

/** True for an object shaped like a WordPress post (rendered fields or a GMT date). */
export function isWordPressPost(value: unknown): value is JsonObject {
  return isObject(value) && (isObject(value.title) || isObject(value.content) || typeof value.date_gmt === 'string');
}

/** WordPress wraps its HTML fields as `{ rendered }`. */
function rendered(value: unknown): string {
  return isObject(value) && typeof value.rendered === 'string' ? value.rendered : '';
}

function embedded(post: JsonObject, key: string): unknown[] {
  const all = isObject(post._embedded) ? post._embedded[key] : undefined;
  return Array.isArray(all) ? all : [];
}

function featuredImage(post: JsonObject, base: string | null): FeedImage | null {
  const media = embedded(post, 'wp:featuredmedia')[0];
  if (!isObject(media)) return null;
  const details = isObject(media.media_details) ? media.media_details : {};
  // The original upload can be many megapixels; a list needs the "large" rendition at most.
  const large = isObject(details.sizes) && isObject(details.sizes.large) ? details.sizes.large : { ...details, source_url: media.source_url };
  return pictureOf(large.source_url, base, Number(large.width) || undefined, Number(large.height) || undefined, htmlToText(String(media.alt_text ?? '')));
}

function readPost(post: JsonObject, index: number, base: string | null): FeedItem {
  const url = safeHttpUrl(post.link, base);
  const contentHtml = rendered(post.content);
  const terms = embedded(post, 'wp:term').flat().filter(isObject);
  const names = (taxonomy: string) => terms.filter(term => term.taxonomy === taxonomy && typeof term.name === 'string').map(term => htmlToText(term.name as string));
  const categories = names('category');
  const author = embedded(post, 'author')[0];
  return finishItem(
    {
      id: post.id === undefined ? null : String(post.id),
      url,
      title: htmlToText(rendered(post.title)),
      summary: () => htmlToText(rendered(post.excerpt)),
      contentHtml,
      image: featuredImage(post, base) ?? pictureInHtml(contentHtml, url ?? base),
      category: categories[0],
      tags: [...categories, ...names('post_tag')],
      // date_gmt has no zone but is UTC, which is how zone-less dates are read; `date` is the site's local time.
      published: parseDate(post.date_gmt) ?? parseDate(post.date),
      updated: parseDate(post.modified_gmt),
      author: isObject(author) ? htmlToText(String(author.name ?? '')) : null,
    },
    index,
  );
}

/** Reads already parsed WordPress REST JSON: an array of posts or one post. */
export function readWordPress(document: unknown, url?: string): Feed {
  const posts = Array.isArray(document) ? document : [document];
  if (!posts.every(post => !isObject(post) || isWordPressPost(post)) || !(Array.isArray(document) || isWordPressPost(document))) {
    throw parseError(url, 'is not a WordPress post or list of posts');
  }
  const base = safeHttpUrl(url);
  return {
    title: '',
    url: null,
    language: null,
    items: posts.slice(0, MAX_ITEMS).flatMap((post, index) => (isObject(post) ? [readPost(post, index, base)] : [])),
  };
}
