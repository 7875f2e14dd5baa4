// Words as readers mean them, in any script: folded (case, accents, marks and the Uzbek apostrophes do not count)
// and found as the segmenter finds them. Shared by ranking related stories and by a list's keyword filters.

const APOSTROPHES = /(\p{L})[ʻʼ‘’'`](?=\p{L})/gu;

const ANY_APOSTROPHE = /[ʻʼ‘’'`]/;
// Characters that may carry a mark once decomposed: all but ASCII, Latin-1 punctuation, the Russian letters (with
// "й" and "ё" folded by hand) and general punctuation. Most text of a feed has none, and decomposing costs most.
const MAY_DECOMPOSE = /[^\u0020-\u00bf\s\u0430-\u044f\u2000-\u206f]/;
const RUSSIAN_MARKED = /[йё]/g;

/** Lower case without accents, marks or Uzbek apostrophes ("Oʻzbekiston" and "O'zbekiston" read "ozbekiston"). */
export function fold(text: string): string {
  const lower = (ANY_APOSTROPHE.test(text) ? text.replace(APOSTROPHES, '$1') : text).toLowerCase().replace(RUSSIAN_MARKED, letter => (letter === 'й' ? 'и' : 'е'));
  return MAY_DECOMPOSE.test(lower) ? lower.normalize('NFD').replace(/\p{M}+/gu, '') : lower;
}

// Scripts written without spaces between words need the segmenter's dictionaries. In the others (Latin, Cyrillic,
// Greek, Arabic...) its word rules come down to runs of letters, marks and digits, joined by an apostrophe, a period
// or a colon between two letters, or by a period, comma or apostrophe between two digits: a pattern finds the same
// words several times faster (checked against the segmenter on every story of the test corpus), and ranking a feed
// is mostly finding words.
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})['.:’·](?=\p{L})|(?<=\p{N})[,;.'’](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/** The words of folded `text`, as `Intl.Segmenter` finds them. */
export function words(text: string, useSegmenter = UNSPACED.test(text)): string[] {
  if (!useSegmenter) return text.match(WORD) ?? [];
  const found: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) found.push(segment);
  return found;
}

