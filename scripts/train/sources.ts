// The shared real-text files read by the rules of the labelled set's extractor (its docstring):
// the same key and the same text for a row, so that a row named by dataset, key and hash here is
// the row that was labelled. Nothing read here is written into the repository.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../eval/csv';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared data folder beside the repository. */
export const DATA_DIR = path.resolve(repoRoot, '../shared/data');

export const DATASETS = [
  'complaints-tweets',
  'rsics-sentences',
  'airline-support-threads',
  // The customer's later turns in the same threads' `context`: key `<first_tweet_id>:<n>`, n counting
  // every <cust__ … __cust> turn of the context from 0. Not in the labelled set; free for training.
  'airline-support-threads:turns',
  'cfpb-complaints-sample',
  'airline-sentiment-tweets',
] as const;
export type Dataset = (typeof DATASETS)[number];

/** One text of the shared data, named as the labelled set names it. */
export interface SourceText {
  dataset: Dataset;
  key: string;
  text: string;
}

/**
 * The first 12 hex digits of the SHA-1 of a text's UTF-8 bytes: how the labelled set names a text.
 *
 * @param text - the text
 * @returns 12 lowercase hex digits
 * @example sha12('abc') // => 'a9993e364706'
 */
export function sha12(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** Says in one line what is missing when the shared data is not beside the repository, and stops. */
export function requireData(command: string): void {
  if (existsSync(path.join(DATA_DIR, 'labelled-messages.csv'))) return;
  console.error(`${command} needs the shared real-text data in ../shared/data beside the repository; it is not there, so nothing was done.`);
  process.exit(2);
}

function csvFile(name: string): string[][] {
  return parseCsv(readFileSync(path.join(DATA_DIR, name), 'utf8'));
}

const MARK = /\s*(?:<cust__|__cust>|__company__)\s*/g;
const TURN = /<cust__\s*([\s\S]*?)\s*__cust>/g;

/** Every text of the five files, keyed `dataset:key`, first occurrence of a key kept. */
export function readSources(): Map<string, SourceText> {
  const out = new Map<string, SourceText>();
  const put = (dataset: Dataset, key: string, text: string): void => {
    const id = `${dataset}:${key}`;
    if (!out.has(id)) out.set(id, { dataset, key, text });
  };
  for (const r of csvFile('complaints-tweets.csv')) if (r.length > 1) put('complaints-tweets', r[0]!, r[1]!);
  csvFile('rsics-sentences.csv').forEach((r, i) => {
    if (r.length > 4) put('rsics-sentences', String(i), r[4]!);
  });
  const threads = parseCsv(execFileSync('bzip2', ['-dc', path.join(DATA_DIR, 'airline-support-threads.csv.bz2')], { maxBuffer: 1 << 30 }).toString('utf8'));
  const th = threads[0]!;
  const [tid, tutt] = [th.indexOf('first_tweet_id'), th.indexOf('first_utterance')];
  const tctx = th.indexOf('context');
  const seen = new Set<string>();
  for (const r of threads.slice(1)) {
    if (r.length > tutt) put('airline-support-threads', r[tid]!, r[tutt]!.replace(MARK, ' ').trim());
    if (seen.has(r[tid]!) || r.length <= tctx) continue;
    seen.add(r[tid]!);
    let n = 0;
    for (const m of r[tctx]!.matchAll(TURN)) {
      const text = m[1]!.replace(MARK, ' ').trim().replace(/__(?:company|cust)__/g, '').trim();
      if (text) put('airline-support-threads:turns', `${r[tid]}:${n}`, text);
      n++;
    }
  }
  const cfpb = csvFile('cfpb-complaints-sample.csv');
  const [cid, ctext] = [cfpb[0]!.indexOf('Complaint ID'), cfpb[0]!.indexOf('Consumer complaint narrative')];
  for (const r of cfpb.slice(1)) if ((r[ctext] ?? '').trim()) put('cfpb-complaints-sample', r[cid]!, r[ctext]!);
  const airline = csvFile('airline-sentiment-tweets.csv');
  const atext = airline[0]!.indexOf('text');
  airline.slice(1).forEach((r, i) => {
    if (r.length > atext) put('airline-sentiment-tweets', String(i), r[atext]!);
  });
  return out;
}
