import { excerptAround } from '../rating/excerpt';
import type { SignalHit } from '../signals/types';
import { quoteHash } from './key';
import type { AppliedDismissal, Dismissal } from './types';

/**
 * What the rating asks of the dismissals while it reads the messages: is this hit dismissed? Built
 * once per rating; only messages with a dismissal on their ticket cost more than a map lookup.
 */
export interface DismissalLookup {
  /** The dismissal of this hit, or null. Records it as applied. */
  find(ticketId: number, commentId: number | null, text: string, hit: Pick<SignalHit, 'signal' | 'start' | 'end'>, date: Date): Dismissal | null;
  /** The dismissals that matched a quote in this rating, newest first, one per dismissal. */
  applied(): AppliedDismissal[];
}

/**
 * The lookup for a rating. A dismissal matches a hit of its signal on its comment whose highlighted
 * words have its fingerprint; one of a ticket's opening message (no comment id) matches those words
 * on any message of that ticket, since the thread, once read, holds the same words as its first
 * comment. A dismissal whose words are no longer there (the comment was edited or redacted, or is
 * gone) matches nothing and is left out, with no error.
 *
 * @param dismissals - the dismissals in force
 * @returns the lookup
 * @example dismissalLookup([]).find(1, 2, 'I will sue', { signal: 'legal-threat', start: 7, end: 10 }, now) // => null
 */
export function dismissalLookup(dismissals: readonly Dismissal[]): DismissalLookup {
  const byComment = new Map<string, Dismissal[]>();
  for (const d of dismissals) {
    const at = `${d.ticketId}:${d.commentId ?? '-'}`;
    const list = byComment.get(at);
    if (list) list.push(d);
    else byComment.set(at, [d]);
  }
  const applied = new Map<Dismissal, AppliedDismissal>();
  return {
    find(ticketId, commentId, text, hit, date) {
      if (byComment.size === 0) return null;
      const own = commentId === null ? undefined : byComment.get(`${ticketId}:${commentId}`);
      const opening = byComment.get(`${ticketId}:-`);
      if (!own && !opening) return null;
      const candidates = [...(own ?? []), ...(opening ?? [])].filter((d) => d.signal === hit.signal);
      if (candidates.length === 0) return null;
      const { excerpt, highlight } = excerptAround(text, hit.start, hit.end);
      if (!highlight) return null;
      const quote = quoteHash(excerpt.slice(highlight.start, highlight.end));
      const match = candidates.find((d) => d.quote === quote) ?? null;
      if (match && !applied.has(match)) applied.set(match, { dismissal: match, excerpt, highlight, date: date.toISOString() });
      return match;
    },
    applied: () => [...applied.values()].toSorted((a, b) => b.dismissal.at.localeCompare(a.dismissal.at)),
  };
}
