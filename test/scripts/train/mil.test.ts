import { describe, expect, it } from 'vitest';
import { bagScore, messageUnits, softScore, trainMil, type Bag } from '../../../scripts/train/mil';

const unit = (...features: number[]): Int32Array => Int32Array.from(features);

describe('training on a message of several sentences', () => {
  // Two sentences of one message each carry evidence of their own (features 1 and 2); message
  // without the signal carry feature 3.
  const bags: Bag[] = [
    { units: [unit(1), unit(2)], label: 1, weight: 1 },
    { units: [unit(3)], label: 0, weight: 1 },
    { units: [unit(3), unit(3)], label: 0, weight: 1 },
  ];
  const options = { epochs: 5, rate: 0.1, l2: 0, seed: 1 };

  it('on the best sentence, teaches only the sentence that scored best', () => {
    const model = trainMil(bags, 8, options);
    expect(model.weights[1]).toBeGreaterThan(0);
    expect(model.weights[2]).toBe(0);
  });

  it('on a smooth maximum, teaches every sentence of the message', () => {
    const model = trainMil(bags, 8, { ...options, soft: 2 });
    expect(model.weights[1]).toBeGreaterThan(0);
    expect(model.weights[2]).toBeGreaterThan(0);
    expect(model.weights[3]).toBeLessThan(0);
  });

  it('scores a smooth maximum at or above the best sentence, with shares that sum to one', () => {
    const model = { bias: 0, weights: Float32Array.from([0, 1, -1, 0]) };
    const bag = { units: [unit(1), unit(2), unit(3)] };
    const { score, shares } = softScore(bag, model, 2);
    expect(score).toBeGreaterThanOrEqual(bagScore(bag, model).score);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(shares[0]).toBeGreaterThan(shares[2]!);
    expect(shares[2]).toBeGreaterThan(shares[1]!);
  });

  it('read as a whole message, scores every sentence\'s features together, scaled by their count', () => {
    const model = { bias: -1, weights: Float32Array.from([0, 1, 1, 0]) };
    const whole = messageUnits([unit(1, 3), unit(2, 3)], true);
    expect(whole).toEqual([unit(1, 3, 2, 3)]);
    expect(bagScore({ units: whole }, model).score).toBeCloseTo(-1 + 2 / Math.sqrt(4));
    expect(messageUnits([unit(1, 3), unit(2, 3)], false)).toHaveLength(2);
    expect(messageUnits([], true)).toEqual([]);
  });
});
