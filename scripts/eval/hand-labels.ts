import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One hand verdict on one detector hit: was the signal really there? */
export interface HandLabel {
  signal: string;
  /** The row id (data set and row). */
  id: string;
  /** The first 16 hex digits of the SHA-256 of the row's text: the verdict is void if the text changes. */
  hash: string;
  start: number;
  end: number;
  verdict: 'yes' | 'no';
  /** Why, in a few words, for a "no" or a borderline "yes". */
  note?: string;
}

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'labels');

/** The hash recorded with a label. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The key a hit is looked up by. */
export function labelKey(signal: string, id: string, hash: string, start: number, end: number): string {
  return `${signal}|${id}|${hash}|${start}|${end}`;
}

/** Reads scripts/eval/labels/<signal>.json (an array of HandLabel), or nothing. */
export function readLabels(signal: string): Map<string, HandLabel> {
  const file = path.join(dir, `${signal}.json`);
  const map = new Map<string, HandLabel>();
  if (!existsSync(file)) return map;
  for (const label of JSON.parse(readFileSync(file, 'utf8')) as HandLabel[]) {
    map.set(labelKey(label.signal, label.id, label.hash, label.start, label.end), label);
  }
  return map;
}
