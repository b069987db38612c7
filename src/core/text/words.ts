// One pass over a prepared text that does every per-word job at once: the hashed features of
// the complaint model and the function-word counts of the language check. No substrings are made
// per word.
import { lookup, type IntTable } from './int-table';

/** FNV-1a offset basis and prime. */
// Hashes are cut to 30 bits so that V8 keeps them as small integers: Set and Map lookups on
// them are then several times faster than on heap numbers.
const SMALL = 0x3fffffff;
const FNV_BASIS = 2166136261;
const FNV_PRIME = 16777619;

/**
 * The 32-bit FNV-1a hash of a string, as the pass computes it for words and prefixes.
 *
 * @param text - the word (lowercase)
 * @returns a 30-bit hash
 * @example fnv('sue') === fnv('sue') // => true
 */
export function fnv(text: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h & SMALL;
}

/**
 * Murmur3's finaliser: spreads a combined hash over all bits before it is cut to a bucket.
 *
 * @param h - a 32-bit integer
 * @returns the mixed unsigned 32-bit value
 * @example mix(0) // => 0
 */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** What the pass found, besides the features it handed out. */
export interface WordStats {
  words: number;
  /** English function words seen. */
  english: number;
  /** Function words of other languages seen. */
  other: number;
}

/** What a word is, as bits of `WordTables.kinds`: one lookup answers every question about it. */
export const ENGLISH = 1;
export const OTHER = 2;
export const NEGATIVE = 4;
export const POSITIVE = 8;
export const NEGATOR = 16;

/** Tables the pass reads; built once by the caller. */
export interface WordTables {
  /** Kind bits (ENGLISH, OTHER, NEGATIVE, POSITIVE, NEGATOR) by word hash. */
  kinds: IntTable;
}

/** Receives each feature: a 32-bit hash (already mixed) and the text position of its word. */
export type FeatureSink = (hash: number, position: number) => void;

const SALT_WORD = 0x9e3779b1;
const SALT_BIGRAM = 0x85ebca77;
const NUMBER = fnv('0');
const MENTION = fnv('@');
const START = fnv('<s>');
const END = fnv('</s>');
// Lexicon features share one bucket each, so a rare word of the list still counts.
const LEXICON_NEGATIVE = mix(fnv('<lexicon:negative>'));
const LEXICON_POSITIVE = mix(fnv('<lexicon:positive>'));

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

/**
 * Walks the words of a prepared (lowercase) text once.
 *
 * @param text - prepared lowercase text
 * @param tables - the kinds of words (function words, lexicon, negators)
 * @param sink - receives every model feature, or null when only the stats are wanted
 * @returns the word statistics
 * @example walkWords('i will sue', tables, null).words // => 3
 */
export function walkWords(text: string, tables: WordTables, sink: FeatureSink | null): WordStats {
  const n = text.length;
  let words = 0;
  let english = 0;
  let other = 0;
  let previous = START;
  let previousNegates = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 33 || c === 63) {
        // "!" and "?" are words for the model.
        const h = c === 33 ? 0x21 : 0x3f;
        if (sink) {
          sink(mix(h ^ SALT_WORD), i);
          sink(mix(Math.imul(previous, 31) + h) ^ SALT_BIGRAM, i);
        }
        previous = h;
      } else if (c === 64 /* @ */ && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && !(i > 0 && isLetter(text.charCodeAt(i - 1)))) {
        // A mention is one token whatever the handle ("b@stard" is a word with a symbol in it).
        let j = i + 1;
        while (j < n && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
        if (sink) {
          sink(mix(MENTION ^ SALT_WORD), i);
          sink(mix(Math.imul(previous, 31) + MENTION) ^ SALT_BIGRAM, i);
        }
        previous = MENTION;
        i = j;
        continue;
      }
      i++;
      continue;
    }
    // A link is skipped whole: its words say nothing about the writer.
    if (c === 104 && text.startsWith('http', i) && (text.startsWith('://', i + 4) || text.startsWith('s://', i + 4))) {
      while (i < n && text.charCodeAt(i) > 32) i++;
      continue;
    }
    // Quotes around a word ('thanks') are not part of it.
    while (i < n && text.charCodeAt(i) === 39) i++;
    if (i === n || !isWordChar(text.charCodeAt(i))) continue;
    const start = i;
    let h = FNV_BASIS;
    let digits = 0;
    // One read per character: this loop is most of the pass.
    for (let code = text.charCodeAt(i); ; ) {
      if (code >= 48 && code <= 57) digits++;
      h = Math.imul(h ^ code, FNV_PRIME);
      if (++i === n) break;
      code = text.charCodeAt(i);
      if (!isWordChar(code)) break;
    }
    h &= SMALL;
    const length = i - start;
    words++;
    const kind = lookup(tables.kinds, h);
    if (kind & ENGLISH) english++;
    else if (kind & OTHER) other++;
    if (sink) {
      const word = digits === length ? NUMBER : h;
      sink(mix(word ^ SALT_WORD), start);
      sink(mix(Math.imul(previous, 31) + word) ^ SALT_BIGRAM, start);
      if (kind & NEGATIVE) sink(LEXICON_NEGATIVE, start);
      else if (kind & POSITIVE) sink(previousNegates ? LEXICON_NEGATIVE : LEXICON_POSITIVE, start);
      previousNegates = (kind & NEGATOR) !== 0;
      previous = word;
    }
  }
  if (sink) sink(mix(Math.imul(previous, 31) + END) ^ SALT_BIGRAM, n);
  return { words, english, other };
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
