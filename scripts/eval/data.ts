import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { parseCsv } from './csv';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared evaluation data, outside the repository. */
export const dataDir = path.resolve(repoRoot, '../shared/data');

export interface Row {
  /** A stable id: the data set's name and the row's own id or line number. */
  id: string;
  text: string;
}

export interface LabelledRow extends Row {
  label: 0 | 1;
}

/** The complaint tweets (Preoţiuc-Pietro et al., ACL 2019), with gold complaint labels. */
export function complaintTweets(): LabelledRow[] {
  const rows = parseCsv(readFileSync(path.join(dataDir, 'complaints-tweets.csv'), 'utf8'));
  return rows.filter((r) => r.length >= 3).map((r) => ({ id: `tweets:${r[0]}`, text: r[1]!, label: r[2] === '1' ? 1 : 0 }));
}

/** RSiCS sentences with the "Rant" label (the span text, brackets removed). */
export function rsics(): LabelledRow[] {
  const rows = parseCsv(readFileSync(path.join(dataDir, 'rsics-sentences.csv'), 'utf8'));
  return rows
    .filter((r) => r.length >= 14)
    .map((r, i) => ({ id: `rsics:${i + 1}`, text: r[4]!.replace(/[[\]]/g, ''), label: r[10] === '1' ? 1 : 0 }));
}

/** CFPB complaint narratives (those that have one). */
export function cfpbNarratives(): Row[] {
  const rows = parseCsv(readFileSync(path.join(dataDir, 'cfpb-complaints-sample.csv'), 'utf8'));
  const header = rows[0]!;
  const text = header.indexOf('Consumer complaint narrative');
  const id = header.indexOf('Complaint ID');
  return rows.slice(1).filter((r) => (r[text] ?? '').trim()).map((r) => ({ id: `cfpb:${r[id]}`, text: r[text]! }));
}

/** Airline sentiment tweets, with their sentiment label. */
export function airlineTweets(): (Row & { sentiment: string })[] {
  const rows = parseCsv(readFileSync(path.join(dataDir, 'airline-sentiment-tweets.csv'), 'utf8'));
  const header = rows[0]!;
  const text = header.indexOf('text');
  const sentiment = header.indexOf('airline_sentiment');
  // The tweet ids in this copy are rounded (5.70306E+17), so rows are named by their line.
  return rows
    .slice(1)
    .map((r, i) => ({ id: `airline:${i + 2}`, text: r[text] ?? '', sentiment: r[sentiment] ?? '' }))
    .filter((r) => r.text);
}

/** Customer turns of the airline support threads (decompressed with bzip2). */
export function supportTurns(): Row[] {
  const csv = execFileSync('bzip2', ['-dc', path.join(dataDir, 'airline-support-threads.csv.bz2')], { maxBuffer: 1 << 30 }).toString('utf8');
  const rows = parseCsv(csv);
  const out: Row[] = [];
  const turn = /<cust__\s*([\s\S]*?)\s*__cust>/g;
  for (const r of rows.slice(1)) {
    const context = `${r[2] ?? ''} ${r[3] ?? ''}`;
    let k = 0;
    turn.lastIndex = 0;
    for (let m = turn.exec(context); m; m = turn.exec(context)) {
      // Handles of the company and customer are anonymised as __company__ / __cust__.
      const text = m[1]!.replace(/__(?:company|cust)__/g, '').trim();
      if (text) out.push({ id: `threads:${r[0]}:${k}`, text });
      k++;
    }
  }
  return out;
}
