// The features of the learned detectors, shared by the trainer and the app so that both see
// exactly the same numbers: per sentence, hashed words and word pairs, the word families of
// cues.ts and each pair of families met in the sentence, and which signals' patterns matched in
// it. The word families come with the weights. Character n-grams were tried and lost in cross-validation on the training rows (they let
// the rare signals learn their few examples by heart); masked words are the patterns' job.

import type { HashtagSplitter } from './hashtags';

/** Bits of a feature hash: features are looked up by `hash & (2 ** HASH_BITS - 1)`. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;
/** A unit longer than this many words is cut into pieces of this size. */
export const UNIT_WORDS = 48;

/** Word families as the weights file lists them: a trailing * makes a word a prefix. */
export type CueFamilies = Readonly<Record<string, readonly string[]>>;

/** A lookup from a word form to the bits of the families it belongs to, with each family's feature. */
export interface CueTable {
  names: readonly string[];
  /** Family bits by the hash of a whole word. */
  exact: ReadonlyMap<number, number>;
  /** Family bits by `prefixKey` of a prefix: a word is looked up once per prefix length in use. */
  prefixes: ReadonlyMap<number, number>;
  /** Bit L-1 set when some prefix has L characters. */
  prefixLengths: number;
  /** Each family's feature. */
  features: readonly number[];
  /** The feature of families a and b met in one unit, at `a * names.length + b` (a < b). */
  pairs: Int32Array;
}

const FNV_BASIS = 2166136261;
const FNV_PRIME = 16777619;
// Salts that keep words, pairs, families and patterns apart in the one hash space.
const WORD_SALT = 0x2f1a3b5d;
const PAIR_SALT = 0x6c8e9cf5;
/** The hash a sentence's first word is paired with. */
const START = 0x5bd1e995;
const CUE = 9;
const CUE_PAIR = 10;
const RULE = 11;

/** A word of a unit: its span in the prepared text and its normalised form (digits read as 0). */
export interface UnitWord {
  start: number;
  end: number;
  form: string;
}

/** One sentence (or a piece of a long one) of a prepared text. */
export interface Unit {
  start: number;
  end: number;
  words: UnitWord[];
}

const DIGIT = /[0-9]/;
const DIGITS = /[0-9]+/g;

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 42 || c === 36 || c === 64 || c === 35 || c >= 0xc0;
}

function ends(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 13;
}

/**
 * Cuts a prepared text into sentences, and long sentences into pieces of `UNIT_WORDS` words.
 * A sentence ends at `.`, `!`, `?`, `;` or a line break (so "e.g." or "3.5" may cut one early,
 * which costs a feature pair, not a word). A hashtag the splitter splits is followed by its
 * words, each spanning the whole hashtag.
 *
 * @param text - a prepared (lowercase, folded) text
 * @param split - splits hashtags (from the weights file); without it they stay whole
 * @returns the units in order, each with its words
 * @example units('hi there. you idiots!').map((u) => u.words.length) // => [2, 2]
 * @example units('#rudestaff', hashtagSplitter(['rude', 'staff']))[0].words.map((w) => w.form) // => ['#rudestaff', 'rude', 'staff']
 */
export function units(text: string, split?: HashtagSplitter | null): Unit[] {
  const out: Unit[] = [];
  let words: UnitWord[] = [];
  let i = 0;
  const flush = (): void => {
    if (words.length) out.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words });
    words = [];
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      // A full stop inside a word ("3.5", "e.g.x") does not end the sentence.
      if (ends(c) && !(c === 46 && i + 1 < text.length && isWordCode(text.charCodeAt(i + 1)))) flush();
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && text.charCodeAt(a) === 39) a++;
    while (b > a && text.charCodeAt(b - 1) === 39) b--;
    if (b > a) {
      const raw = text.slice(a, b);
      const parts = split && raw.charCodeAt(0) === 35 ? (split(raw.slice(1)) ?? []) : [];
      for (const form of [DIGIT.test(raw) ? raw.replace(DIGITS, '0') : raw, ...parts]) {
        words.push({ start: a, end: b, form });
        if (words.length === UNIT_WORDS) flush();
      }
    }
    i = j;
  }
  flush();
  return out;
}

function hashOf(kind: number, form: string): number {
  let h = Math.imul(FNV_BASIS ^ kind, FNV_PRIME);
  for (let k = 0; k < form.length; k++) h = Math.imul(h ^ form.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The 32-bit FNV-1a hash of a word, as `unitFeatures` computes it character by character. */
function fnv(text: string): number {
  let h = FNV_BASIS;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/** Murmur3's finaliser: spreads a combined hash over all bits before it is cut to a feature. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The key a prefix of `length` characters with running hash `h` is looked up by. */
function prefixKey(h: number, length: number): number {
  return mix(h ^ Math.imul(length, 0x9e3779b1));
}

/**
 * Builds the lookup of a set of word families (at most 30: a family is a bit). Words and prefixes
 * are keyed by their hash, so reading a sentence makes no substrings.
 *
 * @param families - the families by name
 * @returns the table `unitFeatures` reads
 * @example cueTable({ insult: ['idiot*'] }).prefixLengths // => 1 << 5
 */
export function cueTable(families: CueFamilies): CueTable {
  const names = Object.keys(families).slice(0, 30);
  const exact = new Map<number, number>();
  const prefixes = new Map<number, number>();
  let prefixLengths = 0;
  names.forEach((name, i) => {
    for (const word of families[name]!) {
      if (word.endsWith('*') && word.length > 1 && word.length <= 32 && !word.slice(0, -1).includes('*')) {
        const prefix = word.slice(0, -1);
        const key = prefixKey(fnv(prefix), prefix.length);
        prefixes.set(key, (prefixes.get(key) ?? 0) | (1 << i));
        prefixLengths |= 1 << (prefix.length - 1);
      } else {
        const key = fnv(word);
        exact.set(key, (exact.get(key) ?? 0) | (1 << i));
      }
    }
  });
  const pairs = new Int32Array(names.length * names.length);
  for (let a = 0; a < names.length; a++) {
    for (let b = a + 1; b < names.length; b++) pairs[a * names.length + b] = hashOf(CUE_PAIR, `${names[a]}+${names[b]}`) & MASK;
  }
  return { names, exact, prefixes, prefixLengths, features: names.map((name) => hashOf(CUE, name) & MASK), pairs };
}

/**
 * Calls `each(feature, word)` for every feature of a unit: each pattern that matched in it, each
 * word, each pair of neighbouring words (the first paired with a sentence start), each word
 * family a word belongs to, and each two families met in the unit. `word` is the index in
 * `unit.words` the feature belongs to (a pair belongs to its second word, a pattern to the first).
 *
 * @param unit - a unit from `units`
 * @param each - receives the feature (`HASH_BITS` bits) and its word index
 * @param rules - the ids of the signals whose patterns matched inside the unit
 * @param cues - the word families (from the weights file)
 * @returns nothing
 * @example unitFeatures(units('you idiots')[0], (f, w) => seen.push(w), [], cueTable({})) // seen: words 0 and 1
 */
export function unitFeatures(unit: Unit, each: (feature: number, word: number) => void, rules: readonly string[], cues: CueTable): void {
  const families = cues.names.length;
  for (const rule of rules) each(hashOf(RULE, rule) & MASK, 0);
  let previous = START;
  let seen = 0;
  const firstAt: number[] = [];
  const words = unit.words;
  for (let index = 0; index < words.length; index++) {
    const form = words[index]!.form;
    // One pass over the word's characters gives its hash and every prefix's lookup.
    let h = FNV_BASIS;
    let bits = 0;
    for (let k = 0; k < form.length; k++) {
      h = Math.imul(h ^ form.charCodeAt(k), FNV_PRIME);
      if (k < 32 && (cues.prefixLengths & (1 << k)) !== 0) bits |= cues.prefixes.get(prefixKey(h, k + 1)) ?? 0;
    }
    bits |= cues.exact.get(h) ?? 0;
    for (let f = 0; f < families; f++) {
      if ((bits & (1 << f)) === 0) continue;
      each(cues.features[f]!, index);
      if ((seen & (1 << f)) === 0) firstAt[f] = index;
      seen |= 1 << f;
    }
    each(mix(h ^ WORD_SALT) & MASK, index);
    each(mix(Math.imul(previous, 0x9e3779b1) ^ h ^ PAIR_SALT) & MASK, index);
    previous = h;
  }
  // Each two families met in the unit: the pair belongs to the later of their first words.
  for (let a = 0; a < families; a++) {
    if ((seen & (1 << a)) === 0) continue;
    for (let b = a + 1; b < families; b++) {
      if ((seen & (1 << b)) === 0) continue;
      each(cues.pairs[a * families + b]!, Math.max(firstAt[a]!, firstAt[b]!));
    }
  }
}
