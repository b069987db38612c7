// The labelled rows training and evaluation read: the shared labelled set (split once, seeded,
// into a part for training and a part held out for measuring), rows of the free shared text
// labelled by reading for this project (`training/labels/*.csv`, by dataset, key and hash), and
// messages written for this project (`training/written/*.jsonl`, text included).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIGNAL_IDS, type SignalId } from '../../src/core/signals/types';
import { parseCsv } from '../eval/csv';
import { seeded, shuffle } from '../eval/random';
import { DATA_DIR } from './sources';
import { TRAINING_COLUMN } from '../../src/core/dismissals/training';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TRAINING_DIR = path.join(repoRoot, 'training');

/** The labelled set's column for each signal: the same columns as the rows a team exports. */
export const COLUMN: Record<SignalId, string> = TRAINING_COLUMN;

/** A label: 1, 0, or null where it is unknown (annotators disagreed, or the source never said). */
export type Label = 0 | 1 | null;
export type Labels = Record<SignalId, Label>;

/** A row named by dataset, key and hash, whose text is read from the shared data. */
export interface SharedRow {
  dataset: string;
  key: string;
  sha: string;
  labels: Labels;
  /** Where the row comes from: `labelled:a`, `labelled:b`, or the file it is labelled in. */
  origin: string;
  draw: string;
}

/** A message written for this project, with its text. */
export interface WrittenRow {
  text: string;
  labels: Labels;
  origin: string;
}

/** The seed of the held-out split, fixed once: changing it would let a detector see held-out rows. */
export const SPLIT_SEED = 20261207;

function labelsOf(get: (column: string) => string | undefined): Labels {
  const out = {} as Labels;
  for (const id of SIGNAL_IDS) {
    const v = get(COLUMN[id]);
    out[id] = v === '1' ? 1 : v === '0' ? 0 : null;
  }
  return out;
}

function csvRows(file: string, origin: (row: Record<string, string>) => string): SharedRow[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  return rows
    .filter((r) => r.length >= header!.length)
    .map((r) => {
      const row = Object.fromEntries(header!.map((h, i) => [h, r[i]!]));
      return { dataset: row.dataset!, key: row.key!, sha: row.sha1_12!, labels: labelsOf((c) => row[c]), origin: origin(row), draw: row.draw ?? 'mined' };
    });
}

/** The shared labelled set (2,059 rows), with `origin` naming its set. */
export function readLabelledSet(): SharedRow[] {
  return csvRows(path.join(DATA_DIR, 'labelled-messages.csv'), (r) => `labelled:${r.set}`);
}

/** The positive label that is rarest across `rows`, for stratifying: so both parts get some of each. */
function rarest(rows: SharedRow[]): (row: SharedRow) => string {
  const count = new Map<SignalId, number>();
  for (const row of rows) for (const id of SIGNAL_IDS) if (row.labels[id] === 1) count.set(id, (count.get(id) ?? 0) + 1);
  return (row) => {
    let best = 'none';
    let n = Infinity;
    for (const id of SIGNAL_IDS) {
      if (row.labels[id] === 1 && count.get(id)! < n) {
        best = id;
        n = count.get(id)!;
      }
    }
    return best;
  };
}

/**
 * Splits the labelled set once: half of each stratum (set × rarest positive label) is held out,
 * seeded by `SPLIT_SEED`. The held-out rows are never read by training or threshold choice.
 *
 * @param rows - the labelled set
 * @returns the ids (`dataset:key`) of the held-out rows
 * @example heldOutIds(readLabelledSet()).size // => 1031 or so
 */
export function heldOutIds(rows: SharedRow[]): Set<string> {
  const stratum = rarest(rows);
  const groups = new Map<string, SharedRow[]>();
  for (const row of rows) {
    const key = `${row.origin}|${stratum(row)}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const random = seeded(SPLIT_SEED);
  const out = new Set<string>();
  for (const key of [...groups.keys()].toSorted()) {
    shuffle(groups.get(key)!, random).forEach((row, i) => {
      if (i % 2 === 0) out.add(`${row.dataset}:${row.key}`);
    });
  }
  return out;
}

/** Rows of the free shared text labelled for this project, from `training/labels/*.csv`. */
export function readProjectLabels(): SharedRow[] {
  const dir = path.join(TRAINING_DIR, 'labels');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .toSorted()
    .flatMap((f) => readLabelFile(path.join(dir, f), `labels/${f}`));
}

/**
 * One CSV of labelled shared rows, in the format of `training/labels/*.csv`.
 *
 * @param file - the CSV's path
 * @param origin - what the rows' `origin` says (where they came from)
 * @returns its rows
 * @example readLabelFile('training/unused/round9-0.csv', 'unused/round9-0.csv')[0].origin // => 'unused/round9-0.csv'
 */
export function readLabelFile(file: string, origin: string): SharedRow[] {
  return csvRows(file, () => origin);
}

/**
 * Messages written for this project, from `training/written/*.jsonl`, and a team's corrections
 * saved there (`customer-fit corrections`). A column left out of a row's labels is unknown.
 *
 * @param dir - the folder of .jsonl files (the project's by default)
 * @returns the rows, file by file in name order
 * @example readWritten().length // => 1620 or so
 */
export function readWritten(dir: string = path.join(TRAINING_DIR, 'written')): WrittenRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .toSorted()
    .flatMap((f) => readWrittenFile(path.join(dir, f), `written/${f}`));
}

/**
 * One `.jsonl` of written messages, in the format of `training/written/*.jsonl`.
 *
 * @param file - the file's path
 * @param origin - what the rows' `origin` says
 * @returns its rows
 * @example readWrittenFile('training/written/round1.jsonl', 'written/round1.jsonl').length // => 400 or so
 */
export function readWrittenFile(file: string, origin: string): WrittenRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const row = JSON.parse(line) as { text: string; labels: Record<string, number> };
      return { text: row.text, labels: labelsOf((c) => (c in row.labels ? String(row.labels[c]) : undefined)), origin };
    });
}
