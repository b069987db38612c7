import type { HistoryComment } from '../history';
import { closedConcerns, isOpId } from './fields';
import { withdrawnSteps } from './note';
import type { ConcernRecord, WarningRecord } from './types';

/**
 * Concerns read back from their internal notes. The concerns field is an index kept by
 * read-modify-write, so two agents raising a concern in the same instant can overwrite each other's
 * entry; the note itself always stays on its ticket. Reading the notes the history loader already
 * fetched recovers such a concern, so it is never silently lost.
 */

const MARKER = /^\[customer-fit op:([A-Za-z0-9-]{8,64}) action:concern level:[0-3]\]$/m;
const RAISED_BY = /^Raised by: (.+) \(user (\d+)\) on /m;

/** The reason block of a note: the indented lines after "Reason (written by ...):". */
function reasonOf(body: string): string {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.startsWith('Reason (written by '));
  if (start < 0) return '';
  const reason: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('    ')) break;
    reason.push(line.slice(4));
  }
  return reason.join('\n').trim();
}

/**
 * The concerns whose notes are among `comments`: private notes ending with a concern marker, by the
 * person the note names as having raised it, and not followed by that person's note that it was not
 * recorded (a concern they changed or cancelled after it failed part way).
 *
 * @param comments - comments by ticket id, as in the customer's history
 * @returns the concerns found, oldest first
 * @example concernsFromNotes(history.comments).map((c) => c.reason) // => ['Shouted at Sam']
 */
export function concernsFromNotes(comments: Record<string, HistoryComment[]>): ConcernRecord[] {
  // Concerns withdrawn by their author: the note stays, but it is no concern any more.
  const withdrawn = withdrawnSteps(
    Object.values(comments)
      .flat()
      .filter((comment) => !comment.public)
      .map((comment) => ({ authorId: comment.author_id, body: comment.plain_body ?? comment.body ?? '' })),
  );
  const found: ConcernRecord[] = [];
  for (const [ticket, list] of Object.entries(comments)) {
    const ticketId = Number(ticket);
    if (!Number.isSafeInteger(ticketId)) continue;
    for (const comment of list) {
      if (comment.public) continue;
      const body = comment.plain_body ?? comment.body ?? '';
      const marker = MARKER.exec(body);
      const raised = RAISED_BY.exec(body);
      if (!marker || !raised || !isOpId(marker[1])) continue;
      // The note's author must be the person it says raised the concern.
      if (Number(raised[2]) !== comment.author_id) continue;
      if (withdrawn.has(`${comment.author_id}:${marker[1]}`)) continue;
      found.push({
        op: marker[1],
        by: { id: comment.author_id, name: raised[1] ?? '' },
        at: comment.created_at,
        reason: reasonOf(body),
        ticketId,
        commentId: comment.id,
      });
    }
  }
  return found.toSorted((a, b) => a.at.localeCompare(b.at));
}

/**
 * Open concerns whose notes exist but that the concerns field lost: not in the field and not
 * closed by a recorded step. A record that carries the closed concerns (`closed`) decides by that
 * list, so a concern dropped by a write that read the customer just before it was raised comes back
 * however its time compares; an older record closed every concern raised before it.
 *
 * @param stored - the open concerns the field lists
 * @param latest - the latest strike or clear, or null
 * @param fromNotes - concerns read from notes ({@link concernsFromNotes})
 * @returns the concerns to add back, oldest first
 * @example recoverConcerns([], null, concernsFromNotes(history.comments)).length // => 1
 */
export function recoverConcerns(
  stored: ConcernRecord[],
  latest: WarningRecord | null,
  fromNotes: ConcernRecord[],
): ConcernRecord[] {
  const known = new Set(stored.map((c) => c.op));
  const closed = closedConcerns(latest);
  const cutoff = latest?.closed === undefined ? latest?.at : latest.closedFrom;
  const since = cutoff ? Date.parse(cutoff) : Number.NEGATIVE_INFINITY;
  return fromNotes.filter((c) => !known.has(c.op) && !closed.has(c.op) && Date.parse(c.at) > since);
}
