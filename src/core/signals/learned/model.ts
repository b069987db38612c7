// The learned detectors as the app runs them: a file of pruned, byte-rounded weights per signal
// (written by `npm run train`), decoded once into one table, and a scorer that reads every
// signal's weights for a sentence in one pass over its features.
import { LEVELS, SIGNAL_IDS, type Level, type SignalHit, type SignalId } from '../types';
import type { PreparedText } from '../../text/prepare';
import { hashtagSplitter, type HashtagSplitter } from './hashtags';
import { cueTable, HASH_BITS, unitFeatures, type CueFamilies, type CueTable, type Unit } from './features';

export { LEVELS, type Level } from '../types';

/** One signal's part of the file. */
export interface SignalWeightsFile {
  bias: number;
  /** weight = byte / scale */
  scale: number;
  /** The lowest sentence score that counts, per level; null where the level uses the patterns alone. */
  thresholds: Record<Level, number | null>;
  /** The kept features, ascending, as base64 of LEB128 gaps. */
  features: string;
  /** One signed byte per kept feature, base64. */
  weights: string;
  /** `message`: the weights score the whole message as one sentence (its best sentence is the evidence). Left out: each sentence. */
  reads?: 'message';
}

/** The weights file, as `npm run train` writes it. */
export interface ModelFile {
  format: 1;
  hashBits: number;
  /** The word families the features were computed with. */
  cues: CueFamilies;
  /** Words of the training text, the most frequent first, that hashtags are split into (see hashtags.ts). Left out: hashtags stay whole. */
  words?: readonly string[];
  signals: Partial<Record<SignalId, SignalWeightsFile>>;
}

/** Decoded weights: which signals they have, their biases and thresholds, and one weight table. */
export interface ModelWeights {
  signals: readonly SignalId[];
  cues: CueTable;
  /** Splits hashtags as the weights were trained; null when the file lists no words. */
  split: HashtagSplitter | null;
  bias: Float32Array;
  /** 1 for each signal whose weights score the whole message, 0 for those that score each sentence. */
  wholeMessage: Uint8Array;
  thresholds: Record<Level, Float32Array>;
  /** Row of each feature in `weights` plus one; 0 for a feature no signal weighs. */
  rows: Int32Array;
  /** `signals.length` weights per row. */
  weights: Float32Array;
}

/**
 * The learned detectors as a rating uses them: the weights, and what they find in one prepared
 * message beside the patterns' hits. Built by `decodeModel` (learned/load.ts), which the app loads
 * with the weights, so the sidebar's first script carries none of this code.
 */
export interface LearnedModel extends ModelWeights {
  hits(prepared: PreparedText, ruleHits: readonly SignalHit[], level: Level): SignalHit[];
}

function bytesOf(base64: string): Uint8Array {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

function gaps(bytes: Uint8Array): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  let last = 0;
  for (const byte of bytes) {
    value |= (byte & 127) << shift;
    shift += 7;
    if (byte < 128) {
      last += value;
      out.push(last);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Decodes a weights file, checking its shape; a file that does not fit gives a reason, not a throw.
 *
 * @param file - the parsed JSON of the weights file
 * @returns the model, or `{ error }` saying what is wrong
 * @example decodeWeights({ format: 2 }) // => { error: 'the weights file has format 2; this app reads format 1' }
 */
export function decodeWeights(file: unknown): ModelWeights | { error: string } {
  const f = file as Partial<ModelFile> | null;
  if (!f || typeof f !== 'object') return { error: 'the weights file is not a JSON object' };
  if (f.format !== 1) return { error: `the weights file has format ${String(f.format)}; this app reads format 1` };
  if (f.hashBits !== HASH_BITS) return { error: `the weights file hashes to ${String(f.hashBits)} bits; the features use ${HASH_BITS}` };
  const cues = f.cues;
  if (!cues || typeof cues !== 'object' || Object.values(cues).some((list) => !Array.isArray(list) || list.some((w) => typeof w !== 'string'))) {
    return { error: 'the weights file has no word families' };
  }
  if (f.words !== undefined && (!Array.isArray(f.words) || f.words.some((w) => typeof w !== 'string'))) return { error: 'the words of the weights file are not a list of words' };
  const signals = SIGNAL_IDS.filter((id) => f.signals && id in f.signals);
  if (signals.length === 0) return { error: 'the weights file has no signal' };
  const n = signals.length;
  const rows = new Int32Array(1 << HASH_BITS);
  const decoded: { features: number[]; bytes: Uint8Array }[] = [];
  let next = 0;
  for (const id of signals) {
    const s = f.signals![id]!;
    let features: number[];
    let bytes: Uint8Array;
    try {
      features = gaps(bytesOf(s.features));
      bytes = bytesOf(s.weights);
    } catch {
      return { error: `the weights of ${id} are not base64` };
    }
    if (features.length !== bytes.length || !(s.scale > 0) || !Number.isFinite(s.bias)) return { error: `the weights of ${id} do not match their features` };
    if (features.some((x) => x < 0 || x >= 1 << HASH_BITS)) return { error: `a feature of ${id} is out of range` };
    if (s.reads !== undefined && s.reads !== 'message') return { error: `the weights of ${id} read ${String(s.reads)}; this app reads a message or its sentences` };
    for (const x of features) if (rows[x] === 0) rows[x] = ++next;
    decoded.push({ features, bytes });
  }
  const weights = new Float32Array((next + 1) * n);
  const bias = new Float32Array(n);
  const wholeMessage = Uint8Array.from(signals, (id) => (f.signals![id]!.reads === 'message' ? 1 : 0));
  const thresholds = Object.fromEntries(LEVELS.map((level) => [level, new Float32Array(n)])) as Record<Level, Float32Array>;
  signals.forEach((id, k) => {
    const s = f.signals![id]!;
    bias[k] = s.bias;
    for (const level of LEVELS) {
      const t = s.thresholds?.[level];
      thresholds[level][k] = typeof t === 'number' ? t : Infinity;
    }
    const { features, bytes } = decoded[k]!;
    features.forEach((x, i) => (weights[rows[x]! * n + k] = ((bytes[i]! << 24) >> 24) / s.scale));
  });
  return { signals, cues: cueTable(cues), split: f.words ? hashtagSplitter(f.words) : null, bias, wholeMessage, thresholds, rows, weights };
}

/**
 * The plain sum of a sentence's feature weights for every signal, and its feature count. A
 * sentence's score is `bias + sum / sqrt(count)`, as in training, so a long sentence does not
 * outvote a short one; a whole message's is the same over the sums and counts of its sentences.
 *
 * @param model - a decoded model
 * @param unit - a sentence from `units`
 * @param rules - the ids of the signals whose patterns matched inside the sentence
 * @returns the sums (one per signal) and the number of features
 * @example unitSums(model, units('you idiots')[0], []).count // => 4 with no word families
 */
export function unitSums(model: ModelWeights, unit: Unit, rules: readonly string[]): { sums: Float32Array; count: number } {
  const n = model.signals.length;
  const sums = new Float32Array(n);
  let count = 0;
  const { rows, weights } = model;
  unitFeatures(
    unit,
    (feature) => {
      count++;
      const row = rows[feature]!;
      if (row === 0) return;
      const base = row * n;
      for (let k = 0; k < n; k++) sums[k]! += weights[base + k]!;
    },
    rules,
    model.cues,
  );
  return { sums, count };
}

/**
 * What each word of a sentence added to one signal's score (for the words shown as the reason of
 * a hit; computed only for sentences that hit).
 *
 * @param model - a decoded model
 * @param unit - the sentence
 * @param rules - the patterns that matched in it
 * @param k - the signal's index in `model.signals`
 * @returns one share per word
 * @example wordShares(model, units('you idiots')[0], [], 0).length // => 2
 */
export function wordShares(model: ModelWeights, unit: Unit, rules: readonly string[], k: number): Float32Array {
  const n = model.signals.length;
  const shares = new Float32Array(unit.words.length);
  let count = 0;
  unitFeatures(
    unit,
    (feature, word) => {
      count++;
      const row = model.rows[feature]!;
      if (row !== 0 && word < shares.length) shares[word]! += model.weights[row * n + k]!;
    },
    rules,
    model.cues,
  );
  const x = count ? 1 / Math.sqrt(count) : 0;
  for (let i = 0; i < shares.length; i++) shares[i]! *= x;
  return shares;
}

/**
 * The probability a score stands for.
 *
 * @param score - a sentence score
 * @returns 1 / (1 + e^-score)
 * @example probability(0) // => 0.5
 */
export function probability(score: number): number {
  return 1 / (1 + Math.exp(-score));
}
