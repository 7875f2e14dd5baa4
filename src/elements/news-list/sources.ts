// Several sources as one list: the parser that also reads OPML, and the merging of what each source's watch tells.
// Part of the list chunk: a page with one feed pays for none of this before its stories arrive.
import { getClient, type Parser, type WatchOptions, type WatchUpdate } from '../../data/client.js';
import { emit } from '../shared/events.js';
import type { NewsErrorDetail } from '../shared/events-map.js';
import { feedAddress } from '../../data/address.js';
import { FeedError } from '../../data/errors.js';
import { mergeFeeds, type SourcedFeed } from '../../data/merge.js';
import { hostName, MAX_SOURCES, readOpml } from '../../data/opml.js';
import type { Feed, StorySource } from '../../data/types.js';

/** What a list's address holds: a feed, or (OPML) the sources of one. */
export type ListDocument = Feed | { sources: StorySource[] };

const listParsers = new WeakMap<Parser<Feed>, Parser<ListDocument>>();

/**
 * `feedParser` that also reads an OPML document as the sources it lists. One function per feed parser, since the
 * client reads a body once per parser: twenty lists of one address share one parse.
 */
export function listParser(feedParser: Parser<Feed>): Parser<ListDocument> {
  let parser = listParsers.get(feedParser);
  if (!parser) {
    parser = (body, meta) => {
      try {
        return feedParser(body, meta);
      } catch (error) {
        const sources = readOpml(body, meta.url, meta.contentType);
        if (sources) return { sources };
        throw error;
      }
    };
    listParsers.set(feedParser, parser);
  }
  return parser;
}

/** What the list is told of one source: its latest update, and for an OPML document the watches of its sources. */
interface Answer {
  source: StorySource;
  update?: WatchUpdate<ListDocument>;
  /** The sources an OPML document lists, each with its answer, and the end of their watches. */
  outlines?: { sources: StorySource[]; answers: Answer[]; stop: AbortController };
}

/**
 * Watches the sources `src` names (addresses separated by white space) through the page's client, each exactly as
 * a single `src` is watched (one request per address whoever asks, its cache, its refreshes), and tells `listener`
 * their stories merged once every source has answered, then at every change. A source that fails leaves the others
 * on screen and fires `news-error` on `list` once; the list fails only when every source has. An address holding OPML stands for the sources it
 * lists. The first address is asked for before this chunk arrives (see feed-list.ts); `answer` takes its news.
 */
export class SourcesWatch {
  #answers: Answer[];
  #parse: PromiseLike<Parser<ListDocument>>;
  #listener: (update: WatchUpdate<Feed>) => void;
  #options: WatchOptions;
  #list: Element;
  /** Failures already told with `news-error`, so that each is told once. */
  #told = new WeakSet<FeedError>();

  constructor(list: Element, src: string, parse: PromiseLike<Parser<ListDocument>>, listener: (update: WatchUpdate<Feed>) => void, options: WatchOptions) {
    this.#list = list;
    this.#answers = src.split(/\s+/).slice(0, MAX_SOURCES).map(url => ({ source: { title: '', url: absolute(url) } }));
    this.#parse = parse;
    this.#listener = listener;
    this.#options = options;
    // The first address is watched by the element itself.
    for (const answer of this.#answers.slice(1)) this.#watch(answer, options.signal);
  }

  /** The news of the source at `index`. */
  answer(index: number, update: WatchUpdate<ListDocument>): void {
    const answer = this.#answers[index];
    if (answer) this.#receive(answer, update, true);
  }

  #watch(answer: Answer, signal: AbortSignal | undefined, outline = false): void {
    try {
      getClient().watch(answer.source.url, this.#parse, update => this.#receive(answer, update, !outline), { ...this.#options, signal });
    } catch (error) {
      this.#receive(answer, { value: undefined, error: error as FeedError }, false);
    }
  }

  #receive(answer: Answer, update: WatchUpdate<ListDocument>, mayList: boolean): void {
    answer.update = update;
    const value = update.value;
    if (value && 'sources' in value) {
      if (!mayList) {
        answer.update = { value: undefined, error: new FeedError('parse', `${answer.source.url} is a list of feeds inside a list of feeds; only one level is read.`, { url: answer.source.url }) };
      } else if (!sameSources(answer.outlines?.sources, value.sources)) {
        answer.outlines?.stop.abort();
        const stop = new AbortController();
        this.#options.signal?.addEventListener('abort', () => stop.abort(), { once: true });
        const answers = value.sources.slice(0, MAX_SOURCES).map(source => ({ source }));
        answer.outlines = { sources: value.sources, answers, stop };
        for (const outline of answers) this.#watch(outline, stop.signal, true);
      }
    } else {
      answer.outlines?.stop.abort();
      answer.outlines = undefined;
    }
    this.#tell();
  }

  /** Tells the listener the merged stories once every source has answered. */
  #tell(): void {
    if (this.#options.signal?.aborted) return;
    const leaves = this.#answers.flatMap(answer => answer.outlines?.answers ?? [answer]);
    if (leaves.some(answer => !answer.update)) return;
    const feeds: SourcedFeed[] = [];
    const failures: FeedError[] = [];
    let stale: FeedError | null = null;
    for (const { source, update } of leaves) {
      const { value, error } = update!;
      if (value && !('sources' in value)) {
        feeds.push({ source: { title: source.title || value.title.trim() || hostName(source.url), url: source.url }, feed: value });
        stale ??= error;
      } else if (error) failures.push(error);
    }
    const listed = this.#answers.some(answer => answer.outlines);
    if (!feeds.length) {
      const [first] = failures;
      // An OPML document whose outlines name no feed lists nothing: an empty list, not a failure.
      if (!first) return this.#listener({ value: { title: '', url: null, language: null, items: [] }, error: null });
      return this.#listener({ value: undefined, error: first });
    }
    for (const failure of failures) {
      if (this.#told.has(failure)) continue;
      this.#told.add(failure);
      emit<NewsErrorDetail>(this.#list, 'news-error', { error: failure });
    }
    // One feed from one address is shown as it came, as a single src always was.
    if (feeds.length === 1 && this.#answers.length === 1 && !listed) return this.#listener({ value: feeds[0].feed, error: stale });
    this.#listener({ value: mergeFeeds(feeds), error: stale });
  }
}

/** The address as the client knows it (resolved against the page); as written when it is no feed address at all. */
function absolute(url: string): string {
  try {
    return feedAddress(url);
  } catch {
    return url;
  }
}

function sameSources(a: readonly StorySource[] | undefined, b: readonly StorySource[]): boolean {
  return !!a && a.length === b.length && a.every((source, index) => source.url === b[index].url && source.title === b[index].title);
}
