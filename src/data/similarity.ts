// How alike two stories are, for related news chosen in the browser: weighted words compared by cosine, in English,
// Russian and Uzbek. No DOM and no server; the element loads this module only when it ranks by similarity.
import { htmlToText } from './text.js';
import { fold, words } from './words.js';

export { fold, words } from './words.js';

/** What the scorer reads of the story being read. */
export interface StoryText {
  title: string;
  summary?: string;
  /** The article's text, plain or HTML; only its first words count. */
  body?: string;
  tags?: readonly string[];
  category?: string | null;
}

/** What the scorer reads of a candidate: its title, summary, tags and category (not its body, to stay fast). */
export interface Candidate {
  title: string;
  summary: string;
  tags: readonly string[];
  category: string | null;
  published: Date | null;
}

export interface SimilarityOptions {
  /** The clock `maxAgeHours` counts from, in milliseconds since the epoch. */
  now: number;
  /** Candidates published longer ago than this many hours are left out; undated ones stay. Null: no limit. */
  maxAgeHours?: number | null;
  /** The lowest score worth showing, from 0 to 1 (default `SIMILARITY_THRESHOLD`). */
  threshold?: number;
}

/** The score (cosine of the weighted words, 0 to 1) below which a story is not related enough to show. */
export const SIMILARITY_THRESHOLD = 0.08;

// What a word weighs by where it stands: a tag or the section says what a story is about, a title sums it up, a body
// wanders. The body's first words are enough to know its subject.
const TAG_WEIGHT = 3;
const CATEGORY_WEIGHT = 1.5;
const TITLE_WEIGHT = 2;
const SUMMARY_WEIGHT = 1;
const BODY_WEIGHT = 0.5;
const BODY_WORDS = 300;

// Word forms are joined by cutting known endings, then keeping at most this many letters ("negotiations",
// "negotiators" -> "negotia"): a prefix rule that needs no dictionary.
const STEM_LENGTH = 6;
const SHORTEST_STEM = 4;

const STOP_WORDS = {
  en: 'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its more most new no not of on or our out over said says she so than that the their them then there these they this to up was we were what when which who will with would you after about also just one two all any other under',
  ru: 'а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее если есть еще же за здесь и из или им их к как ко когда который которая которые кто ли между мы на над не нет ни но о об однако он она они оно от по под после при про с со так также там то того тоже только том у уже чем что чтобы эта эти это этот я года году год',
  uz: 'va bilan uchun bu shu u ular biz siz men ham esa yoki lekin ammo emas edi ekan deb dedi bo‘yicha bo‘lgan bo‘ladi bo‘lib qilib qildi etdi kabi haqida har bir yil yili yilda hali endi yana keyin oldin',
};

// Endings of inflection, longest first. Russian by its cases and numbers; English and Uzbek (both Latin) together,
// since a story's language is not always told and the two rarely collide.
const CYRILLIC_ENDINGS = 'иями ями ами ого его ому ему ыми ими ией ий ый ой ая яя ое ее ые ие ов ев ей ам ям ах ях ом ем ую юю ию ия а я о е ы и у ю ь';
const LATIN_ENDINGS = 'larining larning lardan larda larga lari lar ning dagi dan da ga ni si ing ies es ed ly s';

const foldedList = (words: string) => words.split(' ').map(fold);
const stopWords = new Set(Object.values(STOP_WORDS).flatMap(foldedList));

/** Endings by their last letter, longest first: a word is compared only with the endings it could have. */
function byLastLetter(endings: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const ending of foldedList(endings)) found.set(ending.at(-1)!, [...(found.get(ending.at(-1)!) ?? []), ending]);
  return found;
}

const cyrillicEndings = byLastLetter(CYRILLIC_ENDINGS);
const latinEndings = byLastLetter(LATIN_ENDINGS);

/** The common stem of a folded word's forms ("переговорах" and "переговоры", "saylovlar" and "saylov"). */
export function stem(word: string): string {
  const endings = word.charCodeAt(0) >= 0x400 && word.charCodeAt(0) <= 0x4ff ? cyrillicEndings : latinEndings;
  // Uzbek stacks endings ("saylov-lar-da"): two cuts at most.
  for (let cut = 0; cut < 2; cut++) {
    const ending = endings.get(word.at(-1)!)?.find(end => word.length - end.length >= SHORTEST_STEM && word.endsWith(end));
    if (!ending) break;
    word = word.slice(0, -ending.length);
  }
  return word.slice(0, STEM_LENGTH);
}

/** Calls `found` with each stem of `text` that says something (no stop words, no single letters). */
function eachTerm(text: string, found: (term: string) => void): void {
  for (const word of words(fold(text))) if (word.length > 1 && !stopWords.has(word)) found(stem(word));
}

/** The stems of the words of `text` that say something (no stop words, no single letters), in order. */
export function terms(text: string): string[] {
  const found: string[] = [];
  eachTerm(text, term => found.push(term));
  return found;
}

/** A story's stems with their weights. */
type Weights = Map<string, number>;

/** The stems of some texts, each weighing as its text says. */
function weigh(fields: [text: string, weight: number][]): Weights {
  const weights: Weights = new Map();
  for (const [text, weight] of fields) eachTerm(text, term => weights.set(term, (weights.get(term) ?? 0) + weight));
  return weights;
}

function candidateWeights({ title, summary, tags, category }: Candidate): Weights {
  return weigh([
    [tags.join('\n'), TAG_WEIGHT],
    [category ?? '', CATEGORY_WEIGHT],
    [title, TITLE_WEIGHT],
    [summary, SUMMARY_WEIGHT],
  ]);
}

// A feed's stories are the same objects while it is shown: their words are read once, however often the story
// being read changes.
const weightsOf = new WeakMap<Candidate, Weights>();

function readingWeights({ title, summary = '', body = '', tags = [], category = null }: StoryText): Weights {
  const text = body.includes('<') ? htmlToText(body) : body;
  return weigh([
    [tags.join('\n'), TAG_WEIGHT],
    [category ?? '', CATEGORY_WEIGHT],
    [title, TITLE_WEIGHT],
    [summary, SUMMARY_WEIGHT],
    [text.split(' ', BODY_WORDS).join(' '), BODY_WEIGHT],
  ]);
}

/**
 * The candidates related to `reading`, most related first: each story's words weighted by where they stand (tags and
 * section 3, title 2, summary 1, the reading story's body 0.5) and by how rare they are among the candidates, compared
 * by cosine. Stories under the threshold or older than `maxAgeHours` are left out; of two with the same score
 * (to two decimals) the newer comes first.
 */
export function similarStories<T extends Candidate>(reading: StoryText, candidates: readonly T[], options: SimilarityOptions): T[] {
  const { now, maxAgeHours = null, threshold = SIMILARITY_THRESHOLD } = options;
  const oldest = maxAgeHours === null ? -Infinity : now - maxAgeHours * 3_600_000;
  const recent = candidates.filter(item => !item.published || item.published.getTime() >= oldest);
  const vectors = recent.map(item => {
    let weights = weightsOf.get(item);
    if (!weights) weightsOf.set(item, (weights = candidateWeights(item)));
    return weights;
  });
  // How many candidates use each word: a word most of them use tells nothing.
  const rarity = new Map<string, number>();
  for (const weights of vectors) for (const term of weights.keys()) rarity.set(term, (rarity.get(term) ?? 0) + 1);
  for (const [term, documents] of rarity) rarity.set(term, Math.log(1 + (recent.length + 1) / (documents + 1)));
  const rareOnlyHere = Math.log(2 + recent.length);
  const read = new Map<string, number>();
  let readNorm = 0;
  for (const [term, weight] of readingWeights(reading)) {
    const value = weight * (rarity.get(term) ?? rareOnlyHere);
    read.set(term, value);
    readNorm += value * value;
  }
  if (!readNorm) return [];
  const scored: { item: T; score: number; published: number }[] = [];
  recent.forEach((item, index) => {
    let dot = 0;
    let norm = 0;
    for (const [term, weight] of vectors[index]) {
      const value = weight * rarity.get(term)!;
      norm += value * value;
      dot += value * (read.get(term) ?? 0);
    }
    const score = norm ? dot / Math.sqrt(norm * readNorm) : 0;
    if (score >= threshold) scored.push({ item, score: Math.round(score * 100), published: item.published?.getTime() ?? -Infinity });
  });
  return scored.sort((a, b) => b.score - a.score || b.published - a.published).map(({ item }) => item);
}
