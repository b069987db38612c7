import { LEVELS, type Level } from '../../src/core/signals/learned/model';

/** The precision each sensitivity level is chosen for, on the training rows' cross-validated scores. */
export const LEVEL_PRECISION: Record<Level, number> = { precise: 0.9, balanced: 0.75, sensitive: 0.6 };

/** A message's cross-validated score for one signal, whether its pattern matched, and its label. */
export interface Scored {
  score: number;
  rule: boolean;
  label: 0 | 1;
}

/** Precision, recall and F1 of "pattern or score ≥ threshold" over scored messages. */
export function measure(scored: readonly Scored[], threshold: number): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const hit = s.rule || s.score >= threshold;
    if (hit && s.label === 1) tp++;
    else if (hit) fp++;
    else if (s.label === 1) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = tp + fn ? tp / (tp + fn) : NaN;
  return { precision, recall, f1: tp ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
}

/** Every distinct threshold from the highest score down, with the true and false hits at it. */
function sweep(scored: readonly Scored[]): { threshold: number; tp: number; fp: number; positives: number }[] {
  const positives = scored.filter((s) => s.label === 1).length;
  let tp = 0;
  let fp = 0;
  for (const s of scored) {
    if (s.rule && s.label === 1) tp++;
    else if (s.rule) fp++;
  }
  const rest = scored.filter((s) => !s.rule).toSorted((a, b) => b.score - a.score);
  const out: { threshold: number; tp: number; fp: number; positives: number }[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i]!.label === 1) tp++;
    else fp++;
    if (i + 1 < rest.length && rest[i + 1]!.score === rest[i]!.score) continue;
    out.push({ threshold: rest[i]!.score, tp, fp, positives });
  }
  return out;
}

/**
 * For each level, the lowest threshold whose precision (patterns or model) still reaches the
 * level's stated precision, which gives the most recall at that precision; null where even the
 * highest-scoring messages fall short (the level then keeps the patterns alone). The precise and
 * balanced levels also never take a threshold whose F1 is below the patterns' own: where the
 * patterns are already surer than the model (profanity), the model must add, not dilute.
 *
 * @param scored - cross-validated scores of the training rows
 * @returns the threshold per level
 * @example chooseThresholds(scored).balanced // => 0.412
 */
export function chooseThresholds(scored: readonly Scored[]): Record<Level, number | null> {
  const points = sweep(scored);
  const patternsF1 = measure(scored, Infinity).f1;
  const out = {} as Record<Level, number | null>;
  for (const level of LEVELS) {
    let best: number | null = null;
    let bestTp = -1;
    for (const p of points) {
      const f1 = (2 * p.tp) / (p.tp + p.fp + p.positives);
      if (level !== 'sensitive' && f1 < patternsF1) continue;
      // Ten true hits at least, so that one lucky message does not set a level.
      if (p.tp / (p.tp + p.fp) >= LEVEL_PRECISION[level] && p.tp >= 10 && p.tp > bestTp) {
        best = p.threshold;
        bestTp = p.tp;
      }
    }
    out[level] = best === null ? null : Math.round(best * 1000) / 1000;
  }
  return out;
}

/** The best F1 over all thresholds (for choosing hyper-parameters). */
export function bestF1(scored: readonly Scored[]): number {
  let best = 0;
  for (const p of sweep(scored)) best = Math.max(best, (2 * p.tp) / (p.tp + p.fp + p.positives));
  return best;
}

/**
 * The most recall any threshold reaches while keeping a precision, with ten true hits at least
 * (as `chooseThresholds` asks): how much a detector could find at that precision.
 *
 * @param scored - cross-validated scores
 * @param precision - the precision to keep
 * @returns the recall, 0 where no threshold keeps the precision
 * @example recallAtPrecision(scored, 0.85) // => 0.62
 */
export function recallAtPrecision(scored: readonly Scored[], precision: number): number {
  let best = 0;
  for (const p of sweep(scored)) {
    if (p.tp >= 10 && p.tp / (p.tp + p.fp) >= precision) best = Math.max(best, p.tp / p.positives);
  }
  return best;
}
