import { seeded, shuffle } from './random';

/** One training example: its feature buckets (with repeats counted) and its 0/1 label. */
export interface Example {
  features: Int32Array;
  label: 0 | 1;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  /** L2 penalty per step. */
  l2: number;
  /** Adagrad base learning rate. */
  rate: number;
  seed: number;
}

export interface LinearModel {
  bias: number;
  weights: Float64Array;
}

/**
 * Trains a logistic regression with Adagrad, L2 and class weights that balance the labels.
 * Deterministic for a given seed.
 *
 * @param examples - the training set
 * @param options - hyper-parameters
 * @returns the weights and bias
 * @example train(examples, { buckets: 1 << 15, epochs: 8, l2: 1e-5, rate: 0.2, seed: 7 }).bias // => a number
 */
export function train(examples: Example[], options: TrainOptions): LinearModel {
  const weights = new Float64Array(options.buckets);
  const squared = new Float64Array(options.buckets).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const positives = examples.filter((e) => e.label === 1).length;
  const weightOf = [examples.length / (2 * (examples.length - positives)), examples.length / (2 * positives)];
  const order = examples.map((_, i) => i);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const example = examples[index]!;
      const p = sigmoid(score(example.features, weights, bias));
      const g = (p - example.label) * weightOf[example.label]!;
      for (let k = 0; k < example.features.length; k++) {
        const f = example.features[k]!;
        const grad = g + options.l2 * weights[f]!;
        squared[f]! += grad * grad;
        weights[f]! -= (options.rate * grad) / Math.sqrt(squared[f]!);
      }
      biasSquared += g * g;
      bias -= (options.rate * g) / Math.sqrt(biasSquared);
    }
  }
  return { bias, weights };
}

/** The raw linear score of a feature list. */
export function score(features: Int32Array, weights: Float64Array, bias: number): number {
  let s = bias;
  for (let k = 0; k < features.length; k++) s += weights[features[k]!]!;
  return s;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
