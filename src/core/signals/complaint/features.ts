// Features of the complaint model: hashed word unigrams and bigrams and character trigrams of
// each word, the same in training (scripts/eval) and in the browser. Each feature remembers
// the word it came from, so the score can be traced back to a sentence for the span.

/** Number of hash buckets (a power of two). Shared by the trainer and the shipped weights. */
export const BUCKETS = 1 << 15;

import { NEGATIVE, POSITIVE } from './lexicon';

const TOKEN = /[a-z0-9']+|[!?]/g;

/** FNV-1a over a string, with a salt so that words, bigrams and trigrams use different buckets. */
function hash(text: string, salt: number): number {
  let h = (2166136261 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) & (BUCKETS - 1);
}

// Lexicon features share one bucket each; "not good" counts as dissatisfaction.
const NEGATIVE_BUCKET = hash('<lexicon:negative>', 4);
const POSITIVE_BUCKET = hash('<lexicon:positive>', 4);
const NEGATED = new Set(['not', "don't", 'dont', "isn't", "wasn't", 'no', 'never', "didn't", "aren't", "won't", "can't"]);

/** A word normalised for the model: mentions, links and numbers become one token each. */
function normaliseWord(word: string): string {
  if (/^\d+$/.test(word)) return '0';
  return word;
}

/**
 * Calls `each(bucket, position)` for every feature of a (lowercase) text; `position` is the
 * index in `text` of the word the feature belongs to.
 *
 * @param text - prepared lowercase text
 * @param each - receives every feature's bucket and source position
 * @example features('not happy', (b, p) => ...) // calls for "not", "happy", "not happy" and their trigrams
 */
export function features(text: string, each: (bucket: number, position: number) => void): void {
  // Mentions and links carry no complaint signal of their own; they are folded to markers.
  const cleaned = text.replace(/https?:\/\/\S+/g, (m) => ' '.repeat(m.length)).replace(/@\w+/g, (m) => '@' + ' '.repeat(m.length - 1));
  let previous = '<s>';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(cleaned); m; m = TOKEN.exec(cleaned)) {
    const word = normaliseWord(m[0]);
    const at = m.index;
    each(hash(word, 1), at);
    each(hash(previous + ' ' + word, 2), at);
    if (NEGATIVE.has(word)) each(NEGATIVE_BUCKET, at);
    else if (POSITIVE.has(word)) each(NEGATED.has(previous) ? NEGATIVE_BUCKET : POSITIVE_BUCKET, at);
    if (word.length > 2) {
      const padded = '^' + word + '$';
      for (let i = 0; i + 3 <= padded.length; i++) each(hash(padded.slice(i, i + 3), 3), at);
    }
    previous = word;
  }
  each(hash(previous + ' </s>', 2), cleaned.length);
}
