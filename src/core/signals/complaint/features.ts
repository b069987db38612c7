// Features of the complaint model: hashed word unigrams and bigrams and two lexicon counts,
// computed by the shared word pass so that training (scripts/eval) and the browser see exactly
// the same features. Character trigrams were tried and did not help in cross-validation.
import { ENGLISH, fnv, NEGATIVE, NEGATOR, OTHER, POSITIVE, walkWords, type FeatureSink, type WordStats, type WordTables } from '../../text/words';
import { intTable } from '../../text/int-table';
import { ENGLISH_WORDS, OTHER_WORDS } from '../../text/language';
import { NEGATIVE as NEGATIVE_WORDS, POSITIVE as POSITIVE_WORDS } from './lexicon';

/** Number of hash buckets (a power of two). Shared by the trainer and the shipped weights. */
export const BUCKETS = 1 << 14;

const NEGATORS = ['not', "don't", 'dont', "isn't", "wasn't", 'no', 'never', "didn't", "aren't", "won't", "can't"];

/** The tables of the word pass: what each function word, lexicon word and negator is. */
export const WORD_TABLES: WordTables = buildTables();

function buildTables(): WordTables {
  const kinds = new Map<number, number>();
  const add = (words: Iterable<string>, bit: number): void => {
    for (const word of words) kinds.set(fnv(word), (kinds.get(fnv(word)) ?? 0) | bit);
  };
  add(ENGLISH_WORDS, ENGLISH);
  add(OTHER_WORDS, OTHER);
  add(NEGATIVE_WORDS, NEGATIVE);
  add(POSITIVE_WORDS, POSITIVE);
  add(NEGATORS, NEGATOR);
  return { kinds: intTable(kinds) };
}

/**
 * Calls `each(bucket, position)` for every feature of a prepared text; `position` is the
 * index in `text` of the word the feature belongs to.
 *
 * @param text - prepared lowercase text
 * @param each - receives every feature's bucket and source position
 * @returns the word statistics of the pass
 * @example features('not happy', (b, p) => list.push(b)) // pushes the buckets of "not", "happy", "not happy" and the lexicon
 */
export function features(text: string, each: (bucket: number, position: number) => void): WordStats {
  const sink: FeatureSink = (hash, position) => each(hash & (BUCKETS - 1), position);
  return walkWords(text, WORD_TABLES, sink);
}
