import weightsFile from '../model/complaint.json';
import { BUCKETS, features } from './features';

/** The shipped complaint model: a logistic regression over hashed features. */
interface ComplaintModelFile {
  buckets: number;
  bias: number;
  /** Weights are stored as integers; divide by `scale` to get the real weight. */
  scale: number;
  weights: number[];
}

const file = weightsFile as ComplaintModelFile;
if (file.buckets !== BUCKETS || file.weights.length !== BUCKETS) {
  throw new Error(`complaint model has ${file.weights.length} weights for ${file.buckets} buckets; features use ${BUCKETS}. Retrain with scripts/eval/train-complaint.ts.`);
}
const weights = Float32Array.from(file.weights, (w) => w / file.scale);

/** The model's verdict on one text, with the contribution of each word position. */
export interface ComplaintScore {
  /** The probability that the text is a complaint. */
  probability: number;
  /** The position and summed weight of each feature's word, in order. */
  positions: Int32Array;
  contributions: Float32Array;
  count: number;
}

const positionBuffer = new Int32Array(4096);
const contributionBuffer = new Float32Array(4096);

/**
 * Scores a prepared text with the complaint model. The returned arrays are reused by the next
 * call: read them before scoring again.
 *
 * @param text - prepared lowercase text
 * @returns the probability and the per-word contributions
 * @example scoreComplaint('worst service ever, still waiting').probability // => about 0.9
 */
export function scoreComplaint(text: string): ComplaintScore {
  let sum = file.bias;
  let count = 0;
  features(text, (bucket, position) => {
    const w = weights[bucket]!;
    sum += w;
    if (count > 0 && positionBuffer[count - 1] === position) contributionBuffer[count - 1]! += w;
    else if (count < positionBuffer.length) {
      positionBuffer[count] = position;
      contributionBuffer[count] = w;
      count++;
    }
  });
  return { probability: 1 / (1 + Math.exp(-sum)), positions: positionBuffer, contributions: contributionBuffer, count };
}
