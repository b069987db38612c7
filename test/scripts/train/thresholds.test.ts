import { describe, expect, it } from 'vitest';
import { bestF1, chooseThresholds, measure, recallAtPrecision, type Scored } from '../../../scripts/train/thresholds';

const scored = (rows: [number, boolean, 0 | 1][]): Scored[] => rows.map(([score, rule, label]) => ({ score, rule, label }));

describe('thresholds chosen on cross-validated scores', () => {
  // 12 true hits above 2, then a run of false ones.
  const rows = scored([...Array.from({ length: 12 }, (_, i) => [3 + i, false, 1] as [number, boolean, 0 | 1]), [1.5, false, 0], [1.4, false, 1], [1, false, 0], [0.5, false, 0], [0.2, false, 1], [0, false, 0], [-1, false, 0], [-2, false, 0]]);

  it('takes, per level, the lowest threshold that keeps the stated precision', () => {
    const t = chooseThresholds(rows);
    expect(t.precise).toBe(1.4); // 13 of 14 right
    expect(measure(rows, t.precise!).precision).toBeGreaterThanOrEqual(0.9);
    expect(t.sensitive! <= t.balanced! && t.balanced! <= t.precise!).toBe(true);
  });

  it('leaves a level to the patterns when no threshold reaches its precision', () => {
    const noisy = scored([[5, false, 0], [4, false, 1], [3, false, 0], [2, false, 1], [1, false, 0]]);
    expect(chooseThresholds(noisy)).toEqual({ precise: null, balanced: null, sensitive: null });
  });

  it('counts a pattern hit as a hit at every threshold', () => {
    const withRule = scored([[-5, true, 1], [-6, true, 0]]);
    expect(measure(withRule, Infinity)).toMatchObject({ tp: 1, fp: 1, fn: 0 });
    expect(bestF1(scored([[1, false, 1], [0, false, 0]]))).toBe(1);
  });

  it('finds the most recall a precision allows, and none where ten true hits cannot keep it', () => {
    // 13 of the 14 positives score 1.4 or more, with one false hit among them: precision 13/14 there.
    expect(recallAtPrecision(rows, 0.9)).toBeCloseTo(13 / 14);
    expect(recallAtPrecision(rows, 0.99)).toBeCloseTo(12 / 14);
    expect(recallAtPrecision(scored([[2, false, 1], [1, false, 1]]), 0.5)).toBe(0);
  });
});
