// Gathers every training message, and the held-out messages, as the trainer and the evaluation
// read them. A held-out row is never trained on: not as itself, and not as the same text found
// under another key.
import { SIGNAL_IDS, type SignalId } from '../../src/core/signals/types';
import { parseCsv } from '../eval/csv';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { heldOutIds, readLabelFile, readLabelledSet, readProjectLabels, readWritten, readWrittenFile, type Labels } from './labels';
import { DATA_DIR, readSources, sha12, type SourceText } from './sources';

/** A labelled message with its text (kept in memory only). */
export interface LabelledText {
  id: string;
  origin: string;
  text: string;
  labels: Labels;
}

export interface Corpus {
  train: LabelledText[];
  heldOut: LabelledText[];
  /** Rows named in the project's labels whose text was missing or had changed. */
  missing: string[];
}

function only(signal: SignalId, label: 0 | 1): Labels {
  return Object.fromEntries(SIGNAL_IDS.map((id) => [id, id === signal ? label : null])) as Labels;
}

/** The `origin` of a row read from a file passed to `readCorpus` beyond the project's own. */
export const EXTRA = 'extra:';

/**
 * Reads the labelled set, the project's labels and written messages, and the complaint tweets'
 * own complaint labels, and splits them into training and held-out messages.
 *
 * @param extra - more files to read as training rows (`.csv` as in `training/labels/`, `.jsonl` as in
 *   `training/written/`), their rows' origin `extra:<file>`; a row the project already has keeps its label
 * @param sources - the shared texts (`readSources()`), for a caller that reads them for more
 * @returns the two parts, and what could not be read
 * @example readCorpus().heldOut.length // => about half of the labelled set
 */
export function readCorpus(extra: readonly string[] = [], sources: ReadonlyMap<string, SourceText> = readSources()): Corpus {
  const labelled = readLabelledSet();
  const held = heldOutIds(labelled);
  const heldText = new Set<string>();
  const train: LabelledText[] = [];
  const heldOut: LabelledText[] = [];
  const missing: string[] = [];
  for (const row of labelled) {
    const id = `${row.dataset}:${row.key}`;
    const source = sources.get(id);
    if (!source || sha12(source.text) !== row.sha) {
      missing.push(id);
      continue;
    }
    const message = { id, origin: row.origin, text: source.text, labels: row.labels };
    if (held.has(id)) {
      heldOut.push(message);
      heldText.add(row.sha);
    } else train.push(message);
  }
  const taken = new Set(train.map((m) => m.id));
  const extraRows = extra.filter((f) => f.endsWith('.csv')).flatMap((f) => readLabelFile(f, `${EXTRA}${path.basename(f)}`));
  for (const row of [...readProjectLabels(), ...extraRows]) {
    const id = `${row.dataset}:${row.key}`;
    const source = sources.get(id);
    if (!source || sha12(source.text) !== row.sha) {
      missing.push(id);
      continue;
    }
    if (held.has(id) || heldText.has(row.sha) || taken.has(id)) continue;
    taken.add(id);
    train.push({ id, origin: row.origin, text: source.text, labels: row.labels });
  }
  readWritten().forEach((row, i) => train.push({ id: `written:${i}`, origin: row.origin, text: row.text, labels: row.labels }));
  extra
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readWrittenFile(f, `${EXTRA}${path.basename(f)}`))
    .forEach((row, i) => train.push({ id: `${EXTRA}written:${i}`, origin: row.origin, text: row.text, labels: row.labels }));
  // The complaint tweets carry their authors' own complaint label (Preoţiuc-Pietro et al., ACL 2019).
  for (const r of parseCsv(readFileSync(path.join(DATA_DIR, 'complaints-tweets.csv'), 'utf8'))) {
    if (r.length < 3) continue;
    const id = `complaints-tweets:${r[0]}`;
    if (held.has(id) || taken.has(id) || heldText.has(sha12(r[1]!))) continue;
    taken.add(id);
    train.push({ id, origin: 'complaints-tweets (source labels)', text: r[1]!, labels: only('complaint', r[2] === '1' ? 1 : 0) });
  }
  return { train, heldOut, missing };
}
