import type { SignalHit } from './types';

export { SIGNAL_IDS } from './types';
export type { SignalHit, SignalId } from './types';

// Provisional keyword pass: replaced by the per-signal modules below as they land.
const PROVISIONAL: [SignalHit['signal'], RegExp][] = [
  ['review-threat', /\b(?:bad|negative|1[- ]star|one[- ]star) review\b|\b(?:yelp|trustpilot|bbb)\b/gi],
  ['legal-threat', /\b(?:lawyer|attorney|sue|suing|lawsuit|small claims|chargeback)\b/gi],
  ['escalation-demand', /\b(?:speak|talk) to (?:a|your|the) (?:manager|supervisor)\b/gi],
  ['gratitude', /\bthank(?:s| you)\b/gi],
];

/** The registry of signal modules, one per id. */
export const signals: readonly unknown[] = [];

/**
 * Finds the warning signs (and good signs) in one customer message.
 *
 * @param text - one Zendesk comment, HTML or plain text
 * @returns the hits, each with a span indexing `text`
 * @example classify('I will sue you') // => [{ signal: 'legal-threat', start: 7, end: 10, messageId: 'threat' }]
 */
export function classify(text: string): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const [signal, re] of PROVISIONAL) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      hits.push({ signal, start: m.index, end: m.index + m[0].length, messageId: 'found' });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
