import type { CustomerHistory, HistoryComment } from '../history';
import { classify, type SignalHit } from '../signals';
import { findChasing } from './chasing';
import { parseDate } from './decay';

/** One of the customer's own public messages in the window, read once. */
export interface CustomerMessage {
  ticketId: number;
  commentId: number;
  date: Date;
  /** Time-decay weight, above 0 (messages outside the window are not read). */
  weight: number;
  /** The text the hits index (the comment's HTML when there is one). */
  text: string;
  hits: SignalHit[];
  chasing: { start: number; end: number }[];
}

/**
 * The text a comment is read from: its HTML keeps the quoted-mail markers the classifier skips,
 * so it is preferred; then the plain body; then the body.
 *
 * @param comment - a Zendesk comment
 * @returns the text to classify, '' when it has none
 * @example commentText({ id: 1, author_id: 2, public: true, created_at: '', body: 'Hi' }) // => 'Hi'
 */
export function commentText(comment: HistoryComment): string {
  return comment.html_body ?? comment.plain_body ?? comment.body ?? '';
}

/**
 * Reads the customer's own words: only public comments they wrote count (an agent's reply or an
 * internal note is not the customer speaking). Each comment is classified exactly once.
 *
 * @param history - the requester's history
 * @param weigh - the time-decay weight of a date (0 outside the window)
 * @returns the messages in the window, and how many comments were read in all
 * @example readCustomerMessages(history, () => 1).messages[0].hits // => [{ signal: 'gratitude', ... }]
 */
export function readCustomerMessages(
  history: CustomerHistory,
  weigh: (date: Date) => number,
): { messages: CustomerMessage[]; commentsRead: number; ticketsRead: number } {
  const userId = history.user.id;
  const messages: CustomerMessage[] = [];
  let commentsRead = 0;
  let ticketsRead = 0;
  for (const [key, comments] of Object.entries(history.comments)) {
    const ticketId = Number(key);
    if (!Number.isFinite(ticketId) || !Array.isArray(comments)) continue;
    ticketsRead++;
    commentsRead += comments.length;
    for (const comment of comments) {
      if (comment.author_id !== userId || comment.public !== true) continue;
      const date = parseDate(comment.created_at);
      if (!date) continue;
      const weight = weigh(date);
      if (weight <= 0) continue;
      const text = commentText(comment);
      if (text === '') continue;
      messages.push({ ticketId, commentId: comment.id, date, weight, text, hits: classify(text), chasing: findChasing(text) });
    }
  }
  return { messages, commentsRead, ticketsRead };
}
