import { BUCKETS } from '../../src/core/signals/complaint/features';
import { assignFolds } from './complaint-data';
import { score, train, type Example, type TrainOptions } from './logistic';
import { seeded } from './random';

/** The hyper-parameters tried; the choice is made by cross-validation on training data only. */
export const GRID: Omit<TrainOptions, 'buckets' | 'seed'>[] = [
  { epochs: 10, l2: 1e-3, rate: 0.02 },
  { epochs: 15, l2: 1e-3, rate: 0.03 },
  { epochs: 20, l2: 3e-4, rate: 0.02 },
  { epochs: 8, l2: 1e-4, rate: 0.1 },
];

export const SEED = 20190728;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** Macro F1 (the mean of the F1 of each class) from confusion counts. */
export function macroF1(c: Counts): number {
  const pos = (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
  const neg = (2 * c.tn) / Math.max(1, 2 * c.tn + c.fn + c.fp);
  return (pos + neg) / 2;
}

/** Out-of-fold predictions (1 = complaint) of k-fold cross-validation with fixed options. */
export function crossValidate(examples: Example[], k: number, options: Omit<TrainOptions, 'buckets' | 'seed'>, seed: number): Counts {
  const folds = assignFolds(examples.map((e) => e.label), k, seeded(seed));
  const counts: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let f = 0; f < k; f++) {
    const model = train(examples.filter((_, i) => folds[i] !== f), { ...options, buckets: BUCKETS, seed });
    examples.forEach((e, i) => {
      if (folds[i] !== f) return;
      tally(counts, score(e.features, model.weights, model.bias) > 0 ? 1 : 0, e.label);
    });
  }
  return counts;
}

/** Picks the grid entry with the best k-fold macro F1 on the given (training) examples. */
export function chooseOptions(examples: Example[], k: number, seed: number): Omit<TrainOptions, 'buckets' | 'seed'> {
  let best = GRID[0]!;
  let bestF1 = -1;
  for (const options of GRID) {
    const f1 = macroF1(crossValidate(examples, k, options, seed));
    if (f1 > bestF1) {
      bestF1 = f1;
      best = options;
    }
  }
  return best;
}

export function tally(c: Counts, predicted: 0 | 1, gold: 0 | 1): void {
  if (predicted && gold) c.tp++;
  else if (predicted) c.fp++;
  else if (gold) c.fn++;
  else c.tn++;
}
