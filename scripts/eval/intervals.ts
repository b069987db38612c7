import { seeded } from './random';

/**
 * The 95% Wilson score interval of a proportion: with few positives, a precision or a recall is a range.
 *
 * @param yes - successes
 * @param n - trials
 * @returns [low, high]; [NaN, NaN] when n is 0
 * @example wilson(8, 10).map((x) => x.toFixed(2)) // => ['0.49', '0.94']
 */
export function wilson(yes: number, n: number): [number, number] {
  if (n === 0) return [NaN, NaN];
  const z = 1.96;
  const p = yes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Counts of one detector on one signal. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function f1Of(c: Counts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/**
 * A 95% percentile bootstrap interval of F1, resampling the messages (seeded: the same every run).
 *
 * @param outcomes - per message: 'tp', 'fp', 'fn' or 'tn'
 * @param rounds - resamples
 * @param seed - the generator's seed
 * @returns [low, high]
 * @example bootstrapF1(['tp', 'tn', 'fn'], 1000, 1) // => [0, 1]
 */
export function bootstrapF1(outcomes: readonly ('tp' | 'fp' | 'fn' | 'tn')[], rounds = 1000, seed = 1): [number, number] {
  const random = seeded(seed);
  const values: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (let i = 0; i < outcomes.length; i++) {
      const o = outcomes[Math.floor(random() * outcomes.length)]!;
      if (o !== 'tn') c[o]++;
    }
    values.push(f1Of(c));
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(rounds * 0.025)]!, values[Math.ceil(rounds * 0.975) - 1]!];
}
