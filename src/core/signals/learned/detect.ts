// Where the learned detectors meet the patterns: the sentences of a message with the patterns
// that matched in each (the model reads them as features), and the hits of the model, one per
// sentence that scores at or above the chosen level's threshold.
import { toOriginal, type PreparedText } from '../../text/prepare';
import type { SignalHit, SignalId } from '../types';
import { units, type Unit } from './features';
import type { HashtagSplitter } from './hashtags';
import { probability, unitSums, wordShares, type Level, type ModelWeights } from './model';

/** A sentence with the signals whose patterns matched inside it, and its span in the original. */
export interface ReadUnit {
  unit: Unit;
  /** The patterns the model reads as features. */
  rules: SignalId[];
  /** Every signal a pattern found in the sentence: the model adds no second hit there. */
  matched: SignalId[];
  start: number;
  end: number;
}

/**
 * Cuts a prepared message into sentences and notes which patterns matched in each.
 *
 * @param prepared - `prepare(original)`
 * @param ruleHits - the patterns' hits, spans in the original text
 * @param split - splits hashtags into words (from the weights file)
 * @returns the sentences, spans in the original text
 * @example readUnits(prepare('Hi. I will sue.'), classify('Hi. I will sue.'))[1].rules // => ['legal-threat']
 */
export function readUnits(prepared: PreparedText, ruleHits: readonly SignalHit[], split?: HashtagSplitter | null): ReadUnit[] {
  return units(prepared.text, split).map((unit) => {
    const [start, end] = toOriginal(prepared, unit.start, unit.end);
    const matched: SignalId[] = [];
    for (const hit of ruleHits) if (hit.start < end && hit.end > start && !matched.includes(hit.signal)) matched.push(hit.signal);
    // The complaint model's verdict is no feature: it is a model too, retrained on its own, and the
    // other detectors' weights should not shift each time it does.
    const rules = matched.filter((signal) => signal !== 'complaint');
    return { unit, rules, matched, start, end };
  });
}

/** How many words of a sentence are marked as the ones that weighed most. */
const FOCUS_WORDS = 3;

/**
 * The learned detectors' hits in one message. A signal read by sentence hits in each sentence
 * whose score reaches the level's threshold, unless its pattern already matched in that sentence.
 * A signal read as a whole message (`reads: 'message'` in the weights) hits once, when the
 * message's score reaches the threshold and its pattern matched nowhere in the message; the
 * evidence is the sentence that added most. A hit spans its sentence and names, as `focus`, the
 * words that added most to its score.
 *
 * @param prepared - `prepare(original)`
 * @param read - `readUnits(prepared, ruleHits)`
 * @param model - the decoded weights
 * @param level - the sensitivity level
 * @returns the hits, spans in the original text
 * @example modelHits(prepare(text), readUnits(prepare(text), []), model, 'balanced')[0].confidence // => 0.91
 */
export function modelHits(prepared: PreparedText, read: readonly ReadUnit[], model: ModelWeights, level: Level): SignalHit[] {
  const hits: SignalHit[] = [];
  const thresholds = model.thresholds[level];
  const n = model.signals.length;
  // For the signals read as a whole message: the sum over sentences, and the sentence that added most.
  const total = new Float32Array(n);
  const best = new Float32Array(n).fill(-Infinity);
  const bestUnit: (ReadUnit | undefined)[] = [];
  let count = 0;
  const matchedAnywhere = new Set<SignalId>();
  for (const sentence of read) {
    const { unit, rules, matched } = sentence;
    for (const signal of matched) matchedAnywhere.add(signal);
    if (unit.words.length === 0) continue;
    const { sums, count: features } = unitSums(model, unit, rules);
    count += features;
    const x = features ? 1 / Math.sqrt(features) : 0;
    for (let k = 0; k < n; k++) {
      const sum = sums[k]!;
      if (model.wholeMessage[k]) {
        total[k]! += sum;
        if (sum > best[k]!) {
          best[k] = sum;
          bestUnit[k] = sentence;
        }
        continue;
      }
      const score = model.bias[k]! + sum * x;
      if (score >= thresholds[k]! && !matched.includes(model.signals[k]!)) hits.push(hitOf(prepared, sentence, model, k, score));
    }
  }
  for (let k = 0; k < n; k++) {
    const unit = bestUnit[k];
    if (!model.wholeMessage[k] || !unit || matchedAnywhere.has(model.signals[k]!)) continue;
    const score = model.bias[k]! + total[k]! / Math.sqrt(count);
    if (score >= thresholds[k]!) hits.push(hitOf(prepared, unit, model, k, score));
  }
  return hits;
}

/** The hit of signal `k` in a sentence, with the score it reached and the words that weighed most. */
function hitOf(prepared: PreparedText, read: ReadUnit, model: ModelWeights, k: number, score: number): SignalHit {
  const { unit, rules, start, end } = read;
  const shares = wordShares(model, unit, rules, k);
  // A split hashtag's words share its span: together they are one word of the customer's.
  const spans = new Map<number, { word: Unit['words'][number]; share: number }>();
  unit.words.forEach((word, i) => {
    const seen = spans.get(word.start);
    if (seen) seen.share += shares[i]!;
    else spans.set(word.start, { word, share: shares[i]! });
  });
  // The words that carried the verdict: a word that added less than a third of the weightiest
  // word's share ("of", "or") is context, not the reason.
  const top = Math.max(0, ...[...spans.values()].map((w) => w.share));
  const focus = [...spans.values()]
    .filter((w) => w.share > 0 && w.share >= top / 3)
    .toSorted((a, b) => b.share - a.share)
    .slice(0, FOCUS_WORDS)
    .map(({ word }) => toOriginal(prepared, word.start, word.end))
    .toSorted((a, b) => a[0] - b[0])
    .map(([s, e]) => ({ start: s, end: e }));
  const confidence = Math.round(probability(score) * 100) / 100;
  return { signal: model.signals[k]!, start, end, messageId: 'model', data: { confidence: String(confidence) }, confidence, focus };
}
