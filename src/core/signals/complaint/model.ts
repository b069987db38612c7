import weightsFile from '../model/complaint.json';
import type { WordStats, WordTables } from '../../text/words';
import { walkWords } from '../../text/words';
import { BUCKETS, wordTables } from './features';

/** The shipped complaint model: a logistic regression over hashed features. */
interface ComplaintModelFile {
  buckets: number;
  bias: number;
  /** Weights are signed bytes in base64; divide a byte by `scale` to get the real weight. */
  scale: number;
  weights: string;
}

const file = weightsFile as ComplaintModelFile;
const bytes = Int8Array.from(atob(file.weights), (c) => (c.charCodeAt(0) << 24) >> 24);
if (file.buckets !== BUCKETS || bytes.length !== BUCKETS) {
  throw new Error(`complaint model has ${bytes.length} weights for ${file.buckets} buckets; features use ${BUCKETS}. Retrain with scripts/eval/train-complaint.ts.`);
}
// A weight is read as its byte and the value that byte stands for: the bytes take a quarter of
// the memory of a float per bucket, so the pass's random lookups mostly stay in the cache.
const byteValues = Float32Array.from({ length: 256 }, (_, b) => ((b << 24) >> 24) / file.scale);

/** The model's verdict on one text, with the contribution of each word position. */
export interface ComplaintScore {
  /** The probability that the text is a complaint. */
  probability: number;
  /** Word positions, in order, and the summed weight of each word's features. */
  positions: Int32Array;
  contributions: Float32Array;
  count: number;
  /** What the word pass counted on the way (language, triggers). */
  stats: WordStats;
}

const MAX_WORDS = 8192;
const positionBuffer = new Int32Array(MAX_WORDS);
const contributionBuffer = new Float32Array(MAX_WORDS);
const defaultTables = wordTables(new Map());

// The running sum lives in a typed array: a module-level number would be boxed anew at every add.
const sum = new Float64Array(1);
let count = 0;
// One closure for every call: the pass runs per message, so it should not allocate one each time.
const accumulate = (hash: number, position: number): void => {
  const w = byteValues[bytes[hash & (BUCKETS - 1)]! & 255]!;
  sum[0]! += w;
  if (count > 0 && positionBuffer[count - 1] === position) contributionBuffer[count - 1]! += w;
  else if (count < MAX_WORDS) {
    positionBuffer[count] = position;
    contributionBuffer[count] = w;
    count++;
  }
};

let lastText: string | null = null;
let last: ComplaintScore | null = null;
let lastTables: WordTables | null = null;

/**
 * Scores a prepared text with the complaint model, in the same pass that counts its words.
 * The arrays of the result are reused by the next call on a different text.
 *
 * @param text - prepared lowercase text
 * @param tables - the word tables (trigger prefixes); the default has no triggers
 * @returns the probability, the per-word contributions and the word statistics
 * @example scoreComplaint('worst service ever, still waiting').probability > 0.5 // => true
 */
export function scoreComplaint(text: string, tables: WordTables = defaultTables): ComplaintScore {
  // The detector asks again for the text that classify just scored: that pass is reused.
  if (text === lastText && last && (tables === lastTables || tables === defaultTables)) return last;
  sum[0] = file.bias;
  count = 0;
  const stats = walkWords(text, tables, accumulate);
  lastText = text;
  lastTables = tables;
  last = { probability: 1 / (1 + Math.exp(-sum[0]!)), positions: positionBuffer, contributions: contributionBuffer, count, stats };
  return last;
}
