import type { SignalId } from '../signals/types';

/**
 * Agents' corrections of the evidence: "this quote does not show that signal". Plain data, stored on
 * the customer's Zendesk user record (see `field.ts`) and handed to `rate` as an argument.
 */

/** Which quote a dismissal names: the comment, the signal, and the quoted words. */
export interface QuoteKey {
  ticketId: number;
  /** The comment; null for a ticket's opening message read from the ticket list. */
  commentId: number | null;
  signal: SignalId;
  /**
   * A fingerprint of the highlighted words (see `quoteHash`). Offsets would not survive the cache,
   * which keeps passages of a comment rather than all of it; the words do, and an edit that changes
   * them drops the dismissal, as it should.
   */
  quote: string;
}

/** One dismissal as stored: the quote, who, when and why. */
export interface Dismissal extends QuoteKey {
  by: { id: number; name: string };
  /** ISO date-time. */
  at: string;
  /** The agent's short reason; may be empty. */
  reason: string;
  /** The warning whose evidence held this quote (its operation id), when it did. */
  warning?: string;
}

/** A restore: the quote counts again. Kept so that a stale copy cannot bring the dismissal back. */
export interface Restore extends QuoteKey {
  by: { id: number; name: string };
  at: string;
}

/** What the field holds. */
export interface StoredDismissals {
  v: 1;
  /** Dismissals in force, oldest first. */
  dismissed: Dismissal[];
  /** Restores, oldest first (the newest few). */
  restored: Restore[];
  /** Dismissals dropped to keep the field small (the oldest first). */
  dropped: number;
}

/** A dismissal the rating applied: the quote as the agent saw it, and who dismissed it. */
export interface AppliedDismissal {
  dismissal: Dismissal;
  excerpt: string;
  highlight: { start: number; end: number } | null;
  /** ISO date-time of the message. */
  date: string;
}
