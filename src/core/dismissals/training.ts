import type { CustomerHistory } from '../history';
import { readCustomerMessages, type Reader } from '../rating/words';
import type { Level, SignalId } from '../signals/types';
import { stripHtml } from '../text/html';
import { dismissalLookup } from './apply';
import type { Dismissal } from './types';

/** The column of each signal in the training rows (`training/written/*.jsonl`, `npm run train`). */
export const TRAINING_COLUMN: Record<SignalId, string> = {
  complaint: 'complaint',
  'review-threat': 'review_threat',
  'legal-threat': 'legal_threat',
  'escalation-demand': 'escalation',
  'late-payment': 'late_payment',
  'past-vendor-blame': 'past_vendor_blame',
  abuse: 'abuse',
  profanity: 'profanity',
  'expertise-disrespect': 'expertise_disrespect',
  'repeat-issue': 'repeat_issue',
  gratitude: 'gratitude',
};

/** One labelled example, in the format of `training/written/*.jsonl`. */
export interface TrainingRow {
  text: string;
  /** Only the signals the team corrected: 0 for "does not show it". Signals left out are unknown. */
  labels: Record<string, 0 | 1>;
  note: string;
}

/**
 * The team's dismissals as labelled examples: each message where every hit of a signal was
 * dismissed becomes a row with that signal labelled 0 (the other signals unknown). A message where
 * the signal is still found elsewhere says nothing certain about the whole message, so it is left
 * out. The text is the message's plain text.
 *
 * @param history - the customer's history (every message is read, whatever its age)
 * @param dismissals - the customer's dismissals in force
 * @param reader - the reader (the learned detectors, or the patterns alone)
 * @param level - the sensitivity level the dismissals were made at
 * @returns the rows, one per message, in the order of the history
 * @example correctionRows(history, dismissals, createReader(), 'balanced')[0].labels // => { abuse: 0 }
 */
export function correctionRows(history: CustomerHistory, dismissals: readonly Dismissal[], reader: Reader, level: Level): TrainingRow[] {
  if (dismissals.length === 0) return [];
  const lookup = dismissalLookup(dismissals);
  const { messages } = readCustomerMessages(history, () => 1, reader, level);
  const rows: TrainingRow[] = [];
  for (const message of messages) {
    const kept = new Set<SignalId>();
    const dropped = new Map<SignalId, Dismissal>();
    for (const hit of message.hits) {
      const dismissal = lookup.find(message.ticketId, message.commentId, message.text, hit, message.date);
      if (dismissal) dropped.set(hit.signal, dismissal);
      else kept.add(hit.signal);
    }
    const labels: Record<string, 0 | 1> = {};
    const reasons: string[] = [];
    for (const [signal, dismissal] of dropped) {
      if (kept.has(signal)) continue;
      labels[TRAINING_COLUMN[signal]] = 0;
      reasons.push(`not ${signal}${dismissal.reason ? `: ${dismissal.reason}` : ''}`);
    }
    if (reasons.length === 0) continue;
    rows.push({ text: plainText(message.text), labels, note: `team correction, ${reasons.join('; ')}` });
  }
  return rows;
}

function plainText(text: string): string {
  if (!/[<&]/.test(text)) return text.trim();
  let out = '';
  stripHtml(text, (piece) => {
    out += piece;
  });
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
