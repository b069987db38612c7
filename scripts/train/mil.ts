// Logistic regression over a message's sentences, trained as multiple-instance learning: a message
// shows a signal when at least one of its sentences does, so a message's score is its best
// sentence's score, and each step moves only that sentence's weights. The labels are per message;
// the evidence the app shows is a sentence: this is what lets one serve the other.
import { seeded, shuffle } from '../eval/random';

/** One message: the feature lists of its sentences, and its label for the signal being trained. */
export interface Bag {
  units: Int32Array[];
  label: 0 | 1;
  /** How much the example counts (1 unless said otherwise). */
  weight: number;
}

export interface MilOptions {
  epochs: number;
  /** L2 penalty per step. */
  l2: number;
  /** Adagrad base learning rate. */
  rate: number;
  seed: number;
}

export interface MilModel {
  bias: number;
  weights: Float32Array;
}

/** Each feature of a unit counts 1 / sqrt(its feature count): a long sentence does not outvote a short one. */
export function unitValue(features: Int32Array): number {
  return features.length ? 1 / Math.sqrt(features.length) : 0;
}

function unitScore(features: Int32Array, weights: Float32Array, bias: number): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += weights[features[k]!]!;
  return bias + s * unitValue(features);
}

/**
 * The message's score: the highest of its sentences' scores, with the sentence that had it.
 *
 * @param bag - the message
 * @param model - weights and bias
 * @returns the raw score and the index of the best unit (-1 for a message without units)
 * @example bagScore({ units: [], label: 0, weight: 1 }, model) // => { score: -Infinity, unit: -1 }
 */
export function bagScore(bag: Pick<Bag, 'units'>, model: MilModel): { score: number; unit: number } {
  let best = -Infinity;
  let unit = -1;
  bag.units.forEach((features, i) => {
    const s = unitScore(features, model.weights, model.bias);
    if (s > best) {
      best = s;
      unit = i;
    }
  });
  return { score: best, unit };
}

/**
 * Trains one signal's weights with Adagrad and L2. Classes keep their natural weights: balancing
 * them let the rare signals' few positives set a positive bias that every unseen sentence then
 * inherited (worse in cross-validation on the training rows). Deterministic for a seed.
 *
 * @param bags - the training messages
 * @param size - the number of weights (2 ** HASH_BITS)
 * @param options - hyper-parameters
 * @returns the weights and bias
 * @example trainMil(bags, 1 << 20, { epochs: 6, l2: 1e-6, rate: 0.1, seed: 7 }).bias // => a number
 */
export function trainMil(bags: Bag[], size: number, options: MilOptions): MilModel {
  const model: MilModel = { bias: 0, weights: new Float32Array(size) };
  const squared = new Float32Array(size).fill(1e-8);
  let biasSquared = 1e-8;
  const order = bags.map((_, i) => i).filter((i) => bags[i]!.units.length > 0);
  const random = seeded(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const bag = bags[index]!;
      const { score, unit } = bagScore(bag, model);
      const p = 1 / (1 + Math.exp(-score));
      const g = (p - bag.label) * bag.weight;
      const features = bag.units[unit]!;
      const x = unitValue(features);
      for (let k = 0; k < features.length; k++) {
        const f = features[k]!;
        const grad = g * x + options.l2 * model.weights[f]!;
        squared[f]! += grad * grad;
        model.weights[f]! -= (options.rate * grad) / Math.sqrt(squared[f]!);
      }
      biasSquared += g * g;
      model.bias -= (options.rate * g) / Math.sqrt(biasSquared);
    }
  }
  return model;
}

/**
 * Keeps the `keep` weights of largest magnitude and rounds them to signed bytes, as the shipped
 * file stores them; the rest become 0. Measuring the pruned model is measuring what ships.
 *
 * @param model - trained weights
 * @param keep - how many weights to keep
 * @returns the pruned, rounded model, and the scale (weight = byte / scale)
 * @example prune(model, 4000).kept.length // => at most 4000
 */
export function prune(model: MilModel, keep: number): { model: MilModel; scale: number; kept: number[] } {
  const order = Array.from(model.weights.keys()).filter((i) => model.weights[i] !== 0);
  order.sort((a, b) => Math.abs(model.weights[b]!) - Math.abs(model.weights[a]!) || a - b);
  const kept = order.slice(0, keep).toSorted((a, b) => a - b);
  const max = kept.reduce((m, i) => Math.max(m, Math.abs(model.weights[i]!)), 0);
  const scale = max > 0 ? 127 / max : 1;
  const weights = new Float32Array(model.weights.length);
  for (const i of kept) weights[i] = Math.round(model.weights[i]! * scale) / scale;
  return { model: { bias: Math.round(model.bias * 1000) / 1000, weights }, scale, kept };
}
