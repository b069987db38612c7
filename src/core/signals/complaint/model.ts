import weightsFile from '../model/complaint.json';
import type { WordStats } from '../../text/words';
import { walkWords } from '../../text/words';
import { BUCKETS, WORD_TABLES } from './features';

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
  positions: readonly number[];
  contributions: readonly number[];
  /** What the word pass counted on the way (words, function words by language). */
  stats: WordStats;
}

/**
 * Scores a prepared text with the complaint model, in the same pass that counts its words.
 *
 * @param text - prepared lowercase text
 * @returns the probability, the per-word contributions and the word statistics
 * @example scoreComplaint('worst service ever, still waiting').probability > 0.5 // => true
 */
export function scoreComplaint(text: string): ComplaintScore {
  let sum = file.bias;
  const positions: number[] = [];
  const contributions: number[] = [];
  const stats = walkWords(text, WORD_TABLES, (hash, position) => {
    const w = byteValues[bytes[hash & (BUCKETS - 1)]! & 255]!;
    sum += w;
    const last = positions.length - 1;
    if (last >= 0 && positions[last] === position) contributions[last]! += w;
    else {
      positions.push(position);
      contributions.push(w);
    }
  });
  return { probability: 1 / (1 + Math.exp(-sum)), positions, contributions, stats };
}
