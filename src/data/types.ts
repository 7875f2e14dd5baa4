/** An image attached to a feed item. */
export interface FeedImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

/** One story, in the same shape whatever format it came from. */
export interface FeedItem {
  id: string;
  /** The story's web page, `http:` or `https:` only. */
  url: string | null;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary: string;
  /** Untrusted HTML, only ever rendered through the sanitizer. */
  contentHtml: string;
  image: FeedImage | null;
  category: string | null;
  tags: string[];
  published: Date | null;
  updated: Date | null;
  author: string | null;
  views: number | null;
  /**
   * The feed the story came from, as a list of several sources tells it: the feed's title (else its host name) and
   * its address. Absent on stories read straight from one feed.
   */
  source?: StorySource;
}

/** Where a story of a list came from. */
export interface StorySource {
  /** The source's name: the title an OPML outline gives it, else the feed's title, else the host of its address. */
  title: string;
  /** The address of the source's feed. */
  url: string;
}

/** A parsed feed. */
export interface Feed {
  title: string;
  /** The site the feed belongs to. */
  url: string | null;
  language: string | null;
  items: FeedItem[];
}

/** What a parser is told about the response it reads. */
export interface ResponseMeta {
  /** The final URL of the response, used to resolve relative links. */
  url: string;
  /** The `Content-Type` header, with its charset when the server sent one. */
  contentType: string;
}
