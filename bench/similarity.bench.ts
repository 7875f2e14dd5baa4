// Related news ranked in the browser: what <related-news order="similar"> pays to rank a feed of 500 candidates
// against the story being read, the first time it reads them (each story's words found, folded and stemmed) and
// again for another article of the page (their words already known).
import { parseJsonFeed } from '../src/data/jsonfeed.js';
import { similarStories } from '../src/data/similarity.js';
import type { FeedItem } from '../src/data/types.js';
import { subjectFeed } from '../stories/fixtures/related-subjects.js';
import type { Benchmark } from './harness.js';

const CANDIDATES = 500;
const NOW = Date.parse('2026-12-01T12:00:00Z');

let candidates: FeedItem[] = [];
let reading: FeedItem;

function setup(): void {
  const meta = { url: 'https://valley.example/feed.json', contentType: 'application/feed+json' };
  const stories = (['en', 'ru'] as const).flatMap(lang => parseJsonFeed(JSON.stringify(subjectFeed(lang, { now: new Date(NOW), withMuseum: true })), meta).items);
  // Five hundred distinct stories: the corpus again and again, each copy with a number of its own in the title.
  candidates = Array.from({ length: CANDIDATES }, (_, index) => {
    const story = stories[index % stories.length];
    return { ...story, id: `${story.id}-${index}`, title: `${story.title} ${index}` };
  });
  reading = { ...stories[0], contentHtml: `<p>${stories.slice(0, 8).map(story => story.summary).join('</p><p>')}</p>` };
}

const benchmarks: Benchmark[] = [
  {
    name: 'similar order: rank 500 candidates read for the first time',
    setup,
    run(iterations) {
      for (let i = 0; i < iterations; i++) {
        // Fresh objects, so that no story's words are known yet.
        similarStories({ ...reading, body: reading.contentHtml }, candidates.map(item => ({ ...item })), { now: NOW });
      }
    },
  },
  {
    name: 'similar order: rank the same 500 candidates for another article',
    setup,
    run(iterations) {
      for (let i = 0; i < iterations; i++) similarStories({ ...reading, body: reading.contentHtml }, candidates, { now: NOW });
    },
  },
];
export default benchmarks;
