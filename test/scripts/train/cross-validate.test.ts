import { describe, expect, it } from 'vitest';
import { crossValidate, type Read } from '../../../scripts/train/cross-validate';
import { SIGNAL_IDS } from '../../../src/core/signals/types';

// A message of one sentence with the given features, labelled for abuse only.
function row(id: number, features: number[], abuse: 0 | 1): Read {
  const labels = Object.fromEntries(SIGNAL_IDS.map((s) => [s, s === 'abuse' ? abuse : null])) as Read['labels'];
  return { id: `r${id}`, origin: 'labels/test.csv', text: '', labels, units: [Int32Array.from(features)], rules: new Set() };
}

describe('cross-validation with rows added to every training fold', () => {
  // Feature 1 is insult-like, feature 2 neutral; the existing rows alone barely teach feature 5.
  const rows = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? row(i, [1], 1) : row(i, [2], 0)));
  rows.push(row(30, [5], 1), row(31, [5], 1));
  const added = Array.from({ length: 20 }, (_, i) => row(100 + i, [5], 1));
  const options = { epochs: 5, rate: 0.1, l2: 0, seed: 3 };

  it('scores the existing rows only, and the added rows change their scores', () => {
    const without = crossValidate(rows, 'abuse', options);
    const withAdded = crossValidate(rows, 'abuse', options, added);
    expect(withAdded).toHaveLength(rows.length);
    expect(withAdded.map((s) => s.label)).toEqual(without.map((s) => s.label));
    // The two messages that use feature 5 score higher once many more of its kind train.
    expect(withAdded[30]!.score).toBeGreaterThan(without[30]!.score);
    expect(withAdded[31]!.score).toBeGreaterThan(without[31]!.score);
  });
});
