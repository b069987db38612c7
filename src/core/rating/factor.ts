import { quoteHash } from '../dismissals/key';
import { excerptAround } from './excerpt';
import type { Occurrence } from './occurrence';
import type { Evidence, Factor, FactorId } from './types';

/** A factor before its evidence is written out: its points and the occurrences behind them. */
export interface FactorDraft {
  id: FactorId;
  kind: 'warning' | 'good';
  /** Signed, unrounded. */
  points: number;
  occurrences: Occurrence[];
  data: Record<string, number | string>;
  /** For a factor that is a state rather than events (a field's value): counted once, with no ticket. */
  count?: number;
}

/**
 * Rounds points to one decimal, the precision the agent sees (and the score adds up).
 *
 * @param points - signed points
 * @returns the rounded points, never -0
 * @example roundPoints(-3.14159) // => -3.1
 */
export function roundPoints(points: number): number {
  const rounded = Math.round(points * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Writes a factor out: counts, distinct tickets, the latest occurrence, and the strongest evidence.
 *
 * @param draft - the factor's points and occurrences
 * @param maxEvidence - how many pieces of evidence to keep
 * @returns the factor as the rating shows it
 * @example finishFactor({ id: 'abuse', kind: 'warning', points: -14, occurrences: [o], data: {} }, 10).count // => 1
 */
export function finishFactor(draft: FactorDraft, maxEvidence: number): Factor {
  const live: Occurrence[] = [];
  const tickets = new Set<number>();
  let last: Date | null = null;
  for (const o of draft.occurrences) {
    if (o.weight <= 0) continue;
    live.push(o);
    tickets.add(o.ticketId);
    if (!last || o.date > last) last = o.date;
  }
  return {
    id: draft.id,
    kind: draft.kind,
    points: roundPoints(draft.points),
    count: draft.count ?? live.length,
    tickets: tickets.size,
    lastSeen: last ? last.toISOString() : null,
    evidence: strongestOf(live, maxEvidence).map(toEvidence),
    data: draft.data,
  };
}

/** The strongest occurrences, heaviest and then newest first, one per piece of evidence. */
function strongestOf(live: readonly Occurrence[], maxEvidence: number): Occurrence[] {
  const strongest: Occurrence[] = [];
  // A ticket reopened twice is two occurrences but one piece of evidence.
  const shown = new Set<string>();
  for (const o of live.toSorted(byStrength)) {
    if (strongest.length >= maxEvidence) break;
    const key = `${o.ticketId}:${o.commentId}:${o.source.kind === 'note' ? o.source.excerpt : o.source.start}`;
    if (shown.has(key)) continue;
    shown.add(key);
    strongest.push(o);
  }
  return strongest;
}

function byStrength(a: Occurrence, b: Occurrence): number {
  return b.weight * b.strength - a.weight * a.strength || b.date.getTime() - a.date.getTime();
}

function toEvidence(o: Occurrence): Evidence {
  const base = { ticketId: o.ticketId, commentId: o.commentId, date: o.date.toISOString(), weight: Math.round(o.weight * 1000) / 1000 };
  if (o.source.kind === 'note') {
    const note = { ...base, excerpt: o.source.excerpt, highlight: null };
    return o.source.figures ? { ...note, figures: o.source.figures } : note;
  }
  const { excerpt, highlight } = excerptAround(o.source.text, o.source.start, o.source.end);
  const { hit } = o.source;
  if (!hit) return { ...base, excerpt, highlight };
  const evidence: Evidence = { ...base, excerpt, highlight, message: { id: hit.messageId, data: hit.data ?? {} } };
  if (highlight) evidence.quote = quoteHash(excerpt.slice(highlight.start, highlight.end));
  if (hit.confidence === undefined) return evidence;
  return { ...evidence, confidence: hit.confidence, focus: focusIn(excerpt, highlight, o.source.text, hit.focus ?? []) };
}

/**
 * Where a learned hit's weightiest words stand in its excerpt: each word is looked for, in order,
 * inside the highlighted sentence (the excerpt has markup removed and spaces collapsed, so a word
 * is found by its visible text, not by its offset in the message).
 */
function focusIn(excerpt: string, highlight: { start: number; end: number } | null, raw: string, words: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  if (!highlight) return [];
  const out: { start: number; end: number }[] = [];
  let from = highlight.start;
  for (const word of words) {
    const text = excerptAround(raw, word.start, word.end);
    if (!text.highlight) continue;
    const visible = text.excerpt.slice(text.highlight.start, text.highlight.end);
    const at = excerpt.indexOf(visible, from);
    if (at < 0 || at + visible.length > highlight.end) continue;
    out.push({ start: at, end: at + visible.length });
    from = at + visible.length;
  }
  return out;
}
