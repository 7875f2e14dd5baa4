import { similarStories, type StoryText } from '../../data/similarity.js';
import type { Feed, FeedItem } from '../../data/types.js';
import { relatedItems } from './related-items.js';

/** What ranking by similarity reads of a `<related-news order="similar">`. */
export interface SimilarList extends Element {
  htmlFor: string | null;
  maxAge: number;
  limit: number;
}

/** The lists that have said once that they found no story being read. */
const warned = new WeakSet<Element>();

function itemStory({ title, summary, contentHtml, tags, category }: FeedItem): StoryText {
  return { title, summary, body: contentHtml, tags, category };
}

/**
 * The story the page's own metadata describes: `og:title` (else the first `<h1>`, else `<title>`), `og:description`
 * (else the description), `article:tag` and `keywords` as tags, `article:section` as the category.
 */
export function pageStory(): StoryText | null {
  const meta = (key: string) =>
    [...document.querySelectorAll<HTMLMetaElement>(`meta[property="${key}"],meta[name="${key}"]`)].map(tag => tag.content.trim()).filter(Boolean);
  const title = meta('og:title')[0] || document.querySelector('h1')?.textContent?.trim() || document.title.trim();
  const tags = [...meta('article:tag'), ...meta('keywords').flatMap(keywords => keywords.split(','))];
  const summary = meta('og:description')[0] ?? meta('description')[0] ?? '';
  const category = meta('article:section')[0] ?? null;
  return title || summary || tags.length || category ? { title, summary, tags, category } : null;
}

/**
 * The story being read: the item of the article named by `for` (else of the page's first `<news-article>` that has
 * shown one), else the page's metadata. `articles` holds what each article told with `news-load`.
 */
function storyBeingRead(list: SimilarList, articles: Map<Element, FeedItem>): StoryText | null {
  const named = list.htmlFor?.trim();
  const root = list.getRootNode() as Document | ShadowRoot;
  const article = named
    ? root.getElementById(named)
    : [...articles.keys()].filter(shown => shown.isConnected).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
  const item = article && articles.get(article);
  return item ? itemStory(item) : pageStory();
}

/**
 * The stories of `feed` most like the story being read, at most `limit`, without the stories `excluded` names:
 * only those similar enough, so that `min` counts good stories. With no story being read they keep the feed's order,
 * and the list says so once in the console (unless an article on the page has yet to show its story).
 */
export function similarItems(list: SimilarList, feed: Feed, excluded: readonly string[], articles: Map<Element, FeedItem>): FeedItem[] {
  const reading = storyBeingRead(list, articles);
  if (!reading) {
    if (!warned.has(list) && !(list.getRootNode() as ParentNode).querySelector('news-article')) {
      warned.add(list);
      console.warn(`${list.localName} order="similar" found no story being read (a <news-article> or the page's og: and article: metadata): it keeps the feed's order.`);
    }
    return relatedItems(feed, excluded, list.limit);
  }
  const candidates = relatedItems(feed, excluded, Infinity);
  return similarStories(reading, candidates, { now: Date.now(), maxAgeHours: list.maxAge || null }).slice(0, list.limit);
}
