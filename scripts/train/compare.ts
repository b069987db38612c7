// `npm run compare -- <file>...`: should these rows join the training data? Decided on the training
// rows alone, never on the held-out half: each signal is cross-validated over the rows the project
// trains on now (5 folds, each signal's settings in use), once as they are and once with the new
// rows added to every training fold, and only the existing rows are scored. Two views: all real
// training rows, and the labelled set's training half (drawn and read like the held-out half).
// Every figure is a mean over three training seeds, none of them the seed that chose the settings:
// a single seed moves best F1 by as much as most additions do, and the choosing seed is the lucky one.
import { readFileSync } from 'node:fs';
import { hashtagSplitter } from '../../src/core/signals/learned/hashtags';
import type { ModelFile } from '../../src/core/signals/learned/model';
import { SIGNAL_IDS } from '../../src/core/signals/types';
import { EXTRA, readCorpus } from './corpus';
import { crossValidate, isReal, type Read } from './cross-validate';
import { readMessage } from './examples';
import type { MilOptions } from './mil';
import { MODEL_PATH } from './paths';
import { requireData } from './sources';
import { bestF1, recallAtPrecision, type Scored } from './thresholds';

const SEEDS = [1, 2, 3];

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
/** A row of the labelled set's training half. */
const inHalf = (m: Read): boolean => m.origin.startsWith('labelled:');

/** Mean best F1 and mean recall at precision 0.85 over the seeds' scores, and the spread of F1 across seeds. */
function summary(perSeed: Scored[][]): { f1: number; recall: number; spread: number } {
  const f1s = perSeed.map(bestF1);
  return { f1: mean(f1s), recall: mean(perSeed.map((s) => recallAtPrecision(s, 0.85))), spread: Math.max(...f1s) - Math.min(...f1s) };
}

function view(before: Scored[][], after: Scored[][]): string {
  const [a, b] = [summary(before), summary(after)];
  return `${a.f1.toFixed(3)} → ${b.f1.toFixed(3)} (seeds ±${(a.spread / 2).toFixed(3)}), ${a.recall.toFixed(2)} → ${b.recall.toFixed(2)}`;
}

function main(): void {
  requireData('npm run compare');
  const files = process.argv.slice(2).filter((a) => a.endsWith('.csv') || a.endsWith('.jsonl'));
  if (!files.length) {
    console.error('usage: npm run compare -- <labels.csv|written.jsonl>...  (files in the format of training/labels or training/written, not yet in them)');
    process.exit(1);
  }
  const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as ModelFile & { crossValidated: Record<string, { options: MilOptions }> };
  const settings = model.crossValidated;
  const split = model.words ? hashtagSplitter(model.words) : null;
  const corpus = readCorpus(files);
  const all: Read[] = corpus.train.map((m) => ({ ...m, ...readMessage(m.text, split) }));
  console.log(`Existing rows, without the new rows → with them: best F1 (half its spread over ${SEEDS.length} seeds), then recall at precision 0.85 (0 where no threshold keeps it); means over the seeds.`);
  console.log('signal | new rows (positives) | real training rows | labelled training half');
  for (const signal of SIGNAL_IDS) {
    const rows = all.filter((m) => m.labels[signal] !== null);
    const added = rows.filter((m) => m.origin.startsWith(EXTRA));
    const old = rows.filter((m) => !m.origin.startsWith(EXTRA));
    const runs = SEEDS.map((seed) => {
      const options = { ...settings[signal]!.options, seed };
      return [crossValidate(old, signal, options), crossValidate(old, signal, options, added)] as const;
    });
    const part = (keep: (m: Read) => boolean, arm: 0 | 1): Scored[][] => runs.map((r) => r[arm].filter((_, i) => keep(old[i]!)));
    const positives = added.filter((m) => m.labels[signal] === 1).length;
    console.log(`${signal} | ${added.length} (${positives}) | ${view(part(isReal, 0), part(isReal, 1))} | ${view(part(inHalf, 0), part(inHalf, 1))}`);
  }
}

main();
