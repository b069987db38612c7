import type { HistoryComment } from '../history';
import { isOpId } from '../warnings/fields';

/**
 * Which warning step cited a quote as evidence. The warning flag's internal notes list the evidence
 * chosen, each with its ticket and comment, and end with the step's marker; the history loader has
 * already read those notes with the threads. A dismissal of a quote a warning cites is not made
 * silently: the form says so, asks for a reason, and the dismissal names the step.
 */

/** A warning step's note that cites evidence. */
export interface CitingStep {
  op: string;
  kind: 'concern' | 'strike';
  level: number;
  /** ISO date-time of the note. */
  at: string;
  /** `${ticketId}:${commentId}` of each cited quote. */
  cites: Set<string>;
}

const MARKER = /^\[customer-fit op:([A-Za-z0-9-]{8,64}) action:(concern|strike) level:([0-3])\]$/m;
const EVIDENCE = /^ {2}\d+\. .*?\(ticket #(\d+), comment (\d+), \d{4}-\d{2}-\d{2}\): /gm;

/**
 * The concern and strike notes among a history's comments, with the quotes each cites.
 *
 * @param comments - comments by ticket id, as in the history
 * @returns the steps, newest first
 * @example citingSteps(history.comments)[0].cites.has('12:345') // => true
 */
export function citingSteps(comments: Record<string, HistoryComment[]>): CitingStep[] {
  const steps: CitingStep[] = [];
  for (const list of Object.values(comments)) {
    if (!Array.isArray(list)) continue;
    for (const comment of list) {
      if (comment.public) continue;
      const body = comment.plain_body ?? comment.body ?? '';
      const marker = MARKER.exec(body);
      if (!marker || !isOpId(marker[1])) continue;
      const cites = new Set<string>();
      for (const m of body.matchAll(EVIDENCE)) cites.add(`${m[1]}:${m[2]}`);
      if (cites.size > 0) steps.push({ op: marker[1], kind: marker[2] as 'concern' | 'strike', level: Number(marker[3]), at: comment.created_at, cites });
    }
  }
  return steps.toSorted((a, b) => b.at.localeCompare(a.at));
}

/**
 * The newest warning step that cites a quote's comment.
 *
 * @param steps - from {@link citingSteps}
 * @param ticketId - the quote's ticket
 * @param commentId - the quote's comment (null: an opening message, which notes cite by comment only)
 * @returns the step, or null when no warning cites it
 * @example citedBy(citingSteps(history.comments), 12, 345)?.kind // => 'strike'
 */
export function citedBy(steps: readonly CitingStep[], ticketId: number, commentId: number | null): CitingStep | null {
  if (commentId === null) return null;
  return steps.find((s) => s.cites.has(`${ticketId}:${commentId}`)) ?? null;
}
