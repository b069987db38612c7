// One pass over a prepared text that does every per-word job at once: the hashed features of
// the complaint model, the function-word counts of the language check, and the trigger words
// that decide which signal detectors need to run at all. No substrings are made per word.
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

/** The length of the word prefix that trigger words are matched on. */
export const PREFIX = 4;

/**
 * The hash a trigger word is looked up by: its first `PREFIX` characters (or all, if shorter).
 *
 * @param word - a lowercase word or prefix
 * @returns the prefix hash
 * @example prefixHash('lawyers') === prefixHash('lawy') // => true
 */
export function prefixHash(word: string): number {
  return fnv(word.slice(0, PREFIX));
}

/** What the pass found, besides the features it handed out. */
export interface WordStats {
  words: number;
  /** English function words seen. */
  english: number;
  /** Function words of other languages seen. */
  other: number;
  /** The OR of the trigger bits of every word's prefix, plus `MASKED_BIT` for disguised words. */
  triggers: number;
  /** How many trigger words were recorded in `TRIGGER_AT` / `TRIGGER_BITS` (capped at their size). */
  triggerCount: number;
}

/** Positions and bits of the trigger words of the last pass, reused from pass to pass. */
export const TRIGGER_AT = new Int32Array(4096);
export const TRIGGER_BITS = new Int32Array(4096);

/** Set when the text has a word disguised with symbols or digits ("sh1t", "f***", "$hit"). */
export const MASKED_BIT = 1 << 30;
/** Set when the text has an ordinal written in digits ("the 3rd time"). */
export const ORDINAL_BIT = 1 << 29;

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
  /** Trigger bits by prefix hash. */
  triggers: IntTable;
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

function isMaskChar(c: number): boolean {
  // * $ # % |
  return c === 42 || c === 36 || c === 35 || c === 37 || c === 124;
}

/**
 * Walks the words of a prepared (lowercase) text once.
 *
 * @param text - prepared lowercase text
 * @param tables - function words and trigger prefixes
 * @param sink - receives every model feature, or null when only the stats are wanted
 * @returns the word statistics
 * @example walkWords('i will sue', tables, null).words // => 3
 */
export function walkWords(text: string, tables: WordTables, sink: FeatureSink | null): WordStats {
  const n = text.length;
  let words = 0;
  let english = 0;
  let other = 0;
  let triggers = 0;
  let triggerCount = 0;
  let previous = START;
  let previousNegates = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (c === 33 || c === 63) {
        // "!" and "?" are words for the model; "b!tch" style masking is caught below.
        const h = c === 33 ? 0x21 : 0x3f;
        if (c === 33 && i > 0 && i + 1 < n && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1))) triggerCount = record(triggerCount, i, MASKED_BIT);
        if (sink) {
          sink(mix(h ^ SALT_WORD), i);
          sink(mix(Math.imul(previous, 31) + h) ^ SALT_BIGRAM, i);
        }
        previous = h;
      } else if (c === 64 /* @ */ && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        if (i > 0 && isLetter(text.charCodeAt(i - 1))) triggerCount = record(triggerCount, i, MASKED_BIT);
        else {
          // A mention is one token whatever the handle.
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
      } else if (isMaskChar(c) && ((i > 0 && isLetter(text.charCodeAt(i - 1))) || ((c === 36 || c === 42) && i + 1 < n && isLetter(text.charCodeAt(i + 1))))) {
        // A symbol inside or right before a word ("sh*t", "a$$", "$hit"), not a price or a hashtag.
        triggerCount = record(triggerCount, i, MASKED_BIT);
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
    let prefix = 0;
    let digits = 0;
    let letterBeforeDigit = false;
    let digitBetweenLetters = false;
    // One read per character: this loop is most of the pass.
    for (let code = text.charCodeAt(i); ; ) {
      if (code >= 48 && code <= 57) {
        digits++;
        if (i > start && isLetter(text.charCodeAt(i - 1))) letterBeforeDigit = true;
      } else if (letterBeforeDigit && isLetter(code)) digitBetweenLetters = true;
      h = Math.imul(h ^ code, FNV_PRIME);
      if (i - start === PREFIX - 1) prefix = h & SMALL;
      if (++i === n) break;
      code = text.charCodeAt(i);
      if (!isWordChar(code)) break;
    }
    h &= SMALL;
    const length = i - start;
    if (length < PREFIX) prefix = h;
    words++;
    if (digits > 0 && digits < length) {
      // "sh1t" and "5hit" are disguised words; "dl4047", "10am" and "2nd" are not, but an
      // ordinal such as "3rd" is worth a look for repeat counts.
      const first = text.charCodeAt(start);
      if (digitBetweenLetters || (first >= 48 && first <= 57 && length - digits >= 3 && length <= 7 && !isOrdinal(text, start, i))) triggerCount = record(triggerCount, start, MASKED_BIT);
      else if (isOrdinal(text, start, i)) triggerCount = record(triggerCount, start, ORDINAL_BIT);
    }
    const bits = lookup(tables.triggers, prefix);
    if (bits !== 0) triggerCount = record(triggerCount, start, bits);
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
  for (let k = 0; k < triggerCount; k++) triggers |= TRIGGER_BITS[k]!;
  return { words, english, other, triggers, triggerCount };
}

/** Records one trigger word; past the buffer's end the last slot takes the rest, so no bit is lost. */
function record(count: number, position: number, bits: number): number {
  if (count < TRIGGER_AT.length) {
    TRIGGER_AT[count] = position;
    TRIGGER_BITS[count] = bits;
    return count + 1;
  }
  TRIGGER_AT[count - 1] = 0;
  TRIGGER_BITS[count - 1]! |= bits;
  return count;
}

function isOrdinal(text: string, start: number, end: number): boolean {
  const suffix = text.slice(end - 2, end);
  return end - start >= 3 && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th') && /^\d+$/.test(text.slice(start, end - 2));
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}
