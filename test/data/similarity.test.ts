import { describe, expect, it } from 'vitest';
import { parseJsonFeed } from '../../src/data/jsonfeed.js';
import { fold, similarStories, stem, terms, words, type Candidate } from '../../src/data/similarity.js';
import type { FeedItem } from '../../src/data/types.js';
import { fullSubjects, subjectFeed, subjectOf } from '../../stories/fixtures/related-subjects.js';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const HOUR = 3_600_000;

function story(title: string, more: Partial<Candidate> = {}): Candidate {
  return { title, summary: '', tags: [], category: null, published: new Date(NOW - HOUR), ...more };
}

function subjectItems(lang: 'en' | 'ru', withMuseum = false): FeedItem[] {
  const body = JSON.stringify(subjectFeed(lang, { now: new Date(NOW), withMuseum }));
  return parseJsonFeed(body, { url: 'https://valley.example/feed.json', contentType: 'application/feed+json' }).items;
}

describe('similarity', () => {
  it('folds case, diacritics and the Uzbek apostrophes of every spelling', () => {
    expect(new Set(['Oʻzbekiston', "O'zbekiston", 'O‘zbekiston', 'O’zbekiston', 'OʻZBEKISTON'].map(fold))).toEqual(new Set(['ozbekiston']));
    expect(fold('Ёлка')).toBe(fold('елка'));
    expect(fold('Йод и ёж')).toBe('иод и еж');
    // The same letters typed decomposed, as some editors save them.
    expect(fold('И\u0306од и е\u0308ж')).toBe('иод и еж');
    expect(fold('Café Müller')).toBe('cafe muller');
    expect(fold('maʼlumot')).toBe('malumot');
  });

  it('joins the forms of a word: переговоры and переговорах, talks and talk, saylov and saylovlar', () => {
    expect(stem(fold('переговоры'))).toBe(stem(fold('переговорах')));
    expect(stem('talks')).toBe(stem('talk'));
    expect(stem('saylov')).toBe(stem('saylovlar'));
    expect(stem('saylovlarda')).toBe(stem('saylov'));
    expect(stem('flooded')).toBe(stem('floods'));
    // Short words keep what makes them words.
    expect(stem('bus')).toBe('bus');
  });

  it('finds words with the segmenter and leaves out the stop words of English, Russian and Uzbek', () => {
    expect(terms('The talks, and the truce!')).toEqual(['talk', 'truce']);
    expect(terms('Переговоры и перемирие: что дальше')).toEqual([stem('переговоры'), stem('перемирие'), stem('дальше')]);
    expect(terms('Saylov va natijalar haqida bu yil')).toEqual(['saylov', stem('natijalar')]);
    expect(terms('a b 7 x')).toEqual([]);
  });

  it('finds the words Intl.Segmenter finds, in every story of the corpus and in Uzbek', () => {
    const wordsOf = (text: string, useSegmenter: boolean) => words(fold(text), useSegmenter);
    const texts = [...subjectItems('en', true), ...subjectItems('ru', true)].flatMap(item => [item.title, item.summary, ...item.tags, item.category ?? '']);
    texts.push("Oʻzbekiston Respublikasi Markaziy saylov komissiyasi ma'lumotiga ko‘ra, 2026-yil 1-dekabr holatiga U.S. 3.5 foiz: co-op", 'Сколько стоит ёлка? 1,5 млн сўм — «дорого»! В 12:30, a.5 и 3.14.');
    for (const text of texts) expect(wordsOf(text, false), text).toEqual(wordsOf(text, true));
    // Scripts without spaces between words go to the segmenter.
    expect(words('東京都の天気').length).toBeGreaterThan(1);
  });

  it('ranks a story sharing a tag above one sharing a body word', () => {
    const reading = { title: 'Night session', tags: ['Harvest'], body: 'Officials spoke about the reservoir.' };
    const byTag = story('Sunday market', { tags: ['Harvest'] });
    const byBody = story('Sunday market', { summary: 'A walk by the reservoir.' });
    expect(similarStories(reading, [byBody, byTag], { now: NOW, threshold: 0 })).toEqual([byTag, byBody]);
  });

  it('ranks a story sharing the title above one sharing the summary', () => {
    const reading = { title: 'Reservoir reaches record level', summary: 'Engineers watch the dam.' };
    const byTitle = story('Reservoir opens to boats');
    const bySummary = story('Opens to boats', { summary: 'The reservoir is full.' });
    expect(similarStories(reading, [bySummary, byTitle], { now: NOW, threshold: 0 })).toEqual([byTitle, bySummary]);
  });

  it('puts the newer of two equally similar stories first', () => {
    const reading = { title: 'Reservoir reaches record level' };
    const older = story('Reservoir record', { published: new Date(NOW - 5 * HOUR) });
    const newer = story('Reservoir record', { published: new Date(NOW - 2 * HOUR) });
    const undated = story('Reservoir record', { published: null });
    expect(similarStories(reading, [undated, older, newer], { now: NOW })).toEqual([newer, older, undated]);
  });

  it('leaves out stories older than max-age, and keeps the undated ones', () => {
    const reading = { title: 'Reservoir reaches record level' };
    const fresh = story('Reservoir record', { published: new Date(NOW - 23 * HOUR) });
    const old = story('Reservoir record', { published: new Date(NOW - 25 * HOUR) });
    const undated = story('Reservoir record', { published: null });
    expect(similarStories(reading, [fresh, old, undated], { now: NOW, maxAgeHours: 24 })).toEqual([fresh, undated]);
    expect(similarStories(reading, [fresh, old], { now: NOW, maxAgeHours: null })).toEqual([fresh, old]);
  });

  it('shows nothing that falls below the threshold, and nothing for a story without words', () => {
    const candidates = [story('Football club signs a striker'), story('Museum reopens')];
    expect(similarStories({ title: 'Central bank raises interest rates' }, candidates, { now: NOW })).toEqual([]);
    expect(similarStories({ title: 'The and of' }, candidates, { now: NOW, threshold: 0 })).toEqual([]);
  });

  it('reads the body of the story being read as text, even when it is HTML', () => {
    const reading = { title: 'Night session', body: '<p>The <b>reservoir</b> rose.</p><script>striker()</script>' };
    const reservoir = story('Reservoir opens');
    const striker = story('Striker signs');
    expect(similarStories(reading, [striker, reservoir], { now: NOW, threshold: 0.01 })).toEqual([reservoir]);
  });

  it('ranks the same way when the feed is ranked again for another story and back', () => {
    const items = subjectItems('en');
    const [first, second] = items;
    const once = similarStories(first, items.slice(1), { now: NOW });
    similarStories(second, items.filter(item => item !== second), { now: NOW });
    expect(similarStories(first, items.slice(1), { now: NOW })).toEqual(once);
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`finds at least 5 of a subject's 7 other stories in the first six, for the first story of every subject (${lang})`, () => {
      const items = subjectItems(lang);
      for (const subject of fullSubjects) {
        const reading = items.find(item => item.id === `${subject}-0`)!;
        const six = similarStories(reading, items.filter(item => item !== reading), { now: NOW }).slice(0, 6);
        expect(six.filter(item => subjectOf(item.id) === subject).length, `${subject}: ${six.map(item => item.id)}`).toBeGreaterThanOrEqual(5);
      }
    });

    it(`finds fewer than three related stories for a subject with only two others (${lang})`, () => {
      const items = subjectItems(lang, true);
      for (const reading of items.filter(item => subjectOf(item.id) === 'museum')) {
        expect(similarStories(reading, items.filter(item => item !== reading), { now: NOW }).length).toBeLessThan(3);
      }
    });
  }
});
