// Logistic regression over a message's sentences, trained as multiple-instance learning: a message
// shows a signal when at least one of its sentences does, so a message's score is its best
// sentence's score, and each step moves only that sentence's weights (or, with `soft`, every
// sentence's in proportion to how likely it is the one). The labels are per message; the evidence
// the app shows is a sentence: this is what lets one serve the other.
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
  /**
   * Trains on a smooth maximum of the sentences' scores, log-sum-exp with this sharpness, instead of
   * the best one: a message whose evidence is spread over two sentences then teaches both. The
   * message is still scored by its best sentence, as the app scores it. Left out: the best only.
   */
  soft?: number;
  /**
   * Reads the whole message as one sentence: its features are summed over all its sentences and
   * scaled by their total count, as the app reads a signal whose weights file says `reads: 'message'`.
   */
  whole?: boolean;
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
 * The units a message is trained and scored on: its sentences, or (`whole`) one unit holding every
 * sentence's features.
 *
 * @param units - the message's sentences' feature lists
 * @param whole - read the message as one sentence
 * @returns the units
 * @example messageUnits([Int32Array.of(1), Int32Array.of(2, 3)], true) // => [Int32Array [1, 2, 3]]
 */
export function messageUnits(units: Int32Array[], whole: boolean | undefined): Int32Array[] {
  if (!whole || units.length < 2) return units;
  const all = new Int32Array(units.reduce((n, u) => n + u.length, 0));
  let at = 0;
  for (const u of units) {
    all.set(u, at);
    at += u.length;
  }
  return [all];
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
  const step = (features: Int32Array, g: number): void => {
    const x = unitValue(features);
    for (let k = 0; k < features.length; k++) {
      const f = features[k]!;
      const grad = g * x + options.l2 * model.weights[f]!;
      squared[f]! += grad * grad;
      model.weights[f]! -= (options.rate * grad) / Math.sqrt(squared[f]!);
    }
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const index of order) {
      const bag = bags[index]!;
      let g: number;
      if (options.soft) {
        const { score, shares } = softScore(bag, model, options.soft);
        g = (1 / (1 + Math.exp(-score)) - bag.label) * bag.weight;
        bag.units.forEach((features, u) => step(features, g * shares[u]!));
      } else {
        const { score, unit } = bagScore(bag, model);
        g = (1 / (1 + Math.exp(-score)) - bag.label) * bag.weight;
        step(bag.units[unit]!, g);
      }
      biasSquared += g * g;
      model.bias -= (options.rate * g) / Math.sqrt(biasSquared);
    }
  }
  return model;
}

/**
 * The smooth maximum of a message's sentence scores, `max + log(Σ exp(sharpness · (s - max))) / sharpness`,
 * and each sentence's share of its gradient (a softmax of the scores).
 *
 * @param bag - the message
 * @param model - weights and bias
 * @param sharpness - larger is closer to the best sentence alone
 * @returns the score and the shares, which sum to 1
 * @example softScore({ units: [a, b] }, model, 2).shares // => [0.5, 0.5] for two sentences scored alike
 */
export function softScore(bag: Pick<Bag, 'units'>, model: MilModel, sharpness: number): { score: number; shares: number[] } {
  const scores = bag.units.map((features) => unitScore(features, model.weights, model.bias));
  const best = scores.reduce((m, x) => Math.max(m, x), -Infinity);
  const e = scores.map((s) => Math.exp(sharpness * (s - best)));
  const sum = e.reduce((a, b) => a + b, 0);
  return { score: best + Math.log(sum) / sharpness, shares: e.map((x) => x / sum) };
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
