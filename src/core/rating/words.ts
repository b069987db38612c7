import type { CustomerHistory, HistoryComment } from '../history';
import { classifyPrepared, type SignalHit } from '../signals';
import { readPrepared } from '../text/prepare';
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
  hits: readonly SignalHit[];
  chasing: readonly { start: number; end: number }[];
}

/** What reading one comment found; the same for the same comment, whenever it is read. */
interface Reading {
  text: string;
  hits: readonly SignalHit[];
  chasing: readonly { start: number; end: number }[];
}

// Most comments have no hit or no chasing: they share one empty list, since every reading is kept
// for the session and a rating's time grows with what it keeps.
const NONE: readonly never[] = Object.freeze([]);

// The sidebar rates each snapshot of a history as it loads, and the snapshots share their comment
// objects: remembering each comment's reading means it is classified once per session, not once
// per snapshot. Keyed weakly, so a comment no longer held anywhere is forgotten with it; the
// answer for a comment never changes, so the rating stays a function of its inputs.
const readings = new WeakMap<HistoryComment, Reading>();

/**
 * Reads one comment: its text, the signals in it and where it chases the team.
 *
 * @param comment - a comment of the customer's
 * @returns the reading (remembered for this comment object)
 * @example readComment({ id: 1, author_id: 2, public: true, created_at: '', body: 'Any update?' }).chasing // => [{ start: 0, end: 10 }]
 */
export function readComment(comment: HistoryComment): Reading {
  const known = readings.get(comment);
  if (known) return known;
  const text = commentText(comment);
  const { hits, chasing } = readText(text);
  const reading = { text, hits: hits.length ? hits : NONE, chasing: chasing.length ? chasing : NONE };
  readings.set(comment, reading);
  return reading;
}

/**
 * What the rating reads in a text: the signals and where the customer chases the team. The text is
 * prepared once for both, since preparing it costs about as much as classifying it.
 *
 * @param text - a comment's text, HTML or plain
 * @returns the signal hits and the chasing spans, both indexing `text`
 * @example readText('Any update? Thanks so much!').chasing // => [{ start: 0, end: 10 }]
 */
export function readText(text: string): Pick<Reading, 'hits' | 'chasing'> {
  if (text === '') return { hits: [], chasing: [] };
  return readPrepared(text, (prepared) => ({ hits: classifyPrepared(text, prepared), chasing: findChasing(text, prepared) }));
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
      const { text, hits, chasing } = readComment(comment);
      if (text === '') continue;
      messages.push({ ticketId, commentId: comment.id, date, weight, text, hits, chasing });
    }
  }
  return { messages, commentsRead, ticketsRead };
}
