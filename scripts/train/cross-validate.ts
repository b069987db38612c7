// Cross-validation on the training rows: what chooses each signal's settings and thresholds.
import { HASH_BITS } from '../../src/core/signals/learned/features';
import type { SignalId } from '../../src/core/signals/types';
import { assignFolds } from '../eval/complaint-data';
import { seeded } from '../eval/random';
import type { LabelledText } from './corpus';
import type { ReadMessage } from './examples';
import { bagScore, messageUnits, prune, trainMil, type Bag, type MilOptions } from './mil';
import type { Scored } from './thresholds';

/** Weights kept per signal after training, the largest first. */
export const KEEP = 6000;
const FOLDS = 5;

/** A training message, read. */
export type Read = LabelledText & ReadMessage;

/**
 * Rows the detectors' own scores drew for reading (`training/labels/round7-*.csv`): the messages
 * they scored highest, mostly false alarms. They train, but would make any threshold look less
 * precise than it is on messages as customers send them, so they choose nothing.
 */
const DRAWN_BY_SCORE = /^labels\/round7-/;

/** Real text, not written for the project and not drawn by the detectors' scores: settings and thresholds are chosen on these rows only. */
export function isReal(m: Pick<LabelledText, 'origin'>): boolean {
  return !m.origin.startsWith('written/') && !DRAWN_BY_SCORE.test(m.origin);
}

/** The training messages of one signal, each read as its sentences or (`whole`) as one. */
export function bags(rows: Read[], signal: SignalId, whole?: boolean): Bag[] {
  return rows.map((m) => ({ units: messageUnits(m.units, whole), label: m.labels[signal]!, weight: 1 }));
}

/**
 * Cross-validated scores of every row for one signal and one setting, from pruned models.
 * `added` rows join every training fold and are never scored (to measure what they change).
 */
export function crossValidate(rows: Read[], signal: SignalId, options: MilOptions, added: readonly Read[] = []): Scored[] {
  const folds = assignFolds(rows.map((m) => m.labels[signal]!), FOLDS, seeded(options.seed));
  const scored: Scored[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const train = [...rows.filter((_, i) => folds[i] !== f), ...added];
    const model = prune(trainMil(bags(train, signal, options.whole), 1 << HASH_BITS, options), KEEP).model;
    rows.forEach((m, i) => {
      if (folds[i] === f) scored[i] = { score: bagScore({ units: messageUnits(m.units, options.whole) }, model).score, rule: m.rules.has(signal), label: m.labels[signal]! };
    });
  }
  return scored;
}

