import { prepare } from '../../src/core/text/prepare';
import { features } from '../../src/core/signals/complaint/features';
import type { Example } from './logistic';
import type { LabelledRow } from './data';

/**
 * Turns labelled rows into model examples, through the same text preparation the detector uses.
 *
 * @param rows - labelled texts
 * @returns one example per row
 * @example toExamples([{ id: 'a', text: 'bad', label: 1 }])[0].label // => 1
 */
export function toExamples(rows: LabelledRow[]): Example[] {
  return rows.map((row) => {
    const list: number[] = [];
    features(prepare(row.text).text, (bucket) => list.push(bucket));
    return { features: Int32Array.from(list), label: row.label };
  });
}

/** Stratified fold assignment: fold index per row, deterministic for a seed. */
export function assignFolds(labels: (0 | 1)[], k: number, random: () => number): number[] {
  const folds: number[] = Array.from({ length: labels.length }, () => 0);
  for (const label of [0, 1] as const) {
    const idx = labels.map((l, i) => (l === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    idx.forEach((row, n) => (folds[row] = n % k));
  }
  return folds;
}
