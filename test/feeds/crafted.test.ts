// Inputs made to cost time (bench/crafted-inputs.mjs): each one parses, or fails with a `parse` error, and what it
// gives stays within the parser's bounds. Their times are the benchmark's to report (bench/parse.mjs), never a test's.
import { describe, expect, it } from 'vitest';
import { CRAFTED_INPUTS } from '../../bench/crafted-inputs.mjs';
import { FeedError } from '../../src/data/errors.js';
import { TITLE_LIMIT, MAX_ITEMS } from '../../src/data/item.js';
import { parseFeed } from '../../src/data/parse-feed.js';
import { TEXT_LIMIT } from '../../src/data/text.js';

describe('inputs made to cost time', () => {
  it.each(CRAFTED_INPUTS.map(input => [input.name, input.body] as const))('%s parses within the bounds, or is a parse error', (_name, body) => {
    let feed;
    try {
      feed = parseFeed(body(), { url: 'https://crafted.example/feed' });
    } catch (error) {
      expect(error).toBeInstanceOf(FeedError);
      expect((error as FeedError).kind).toBe('parse');
      return;
    }
    expect(feed.items.length).toBeLessThanOrEqual(MAX_ITEMS);
    for (const item of feed.items) {
      expect(item.title.length).toBeLessThanOrEqual(TITLE_LIMIT);
      expect(item.summary.length).toBeLessThanOrEqual(TEXT_LIMIT);
    }
    expect(feed.title.length).toBeLessThanOrEqual(TEXT_LIMIT);
  });

  it('keeps the first 1,000 of 20,000 items', () => {
    const body = CRAFTED_INPUTS.find(input => input.name === '20,000 items')!.body();
    expect(parseFeed(body).items).toHaveLength(MAX_ITEMS);
  });
});
