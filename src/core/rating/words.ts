import type { CustomerHistory, HistoryComment } from '../history';
import { classifyPrepared, compiledPatterns, PATTERNS_ONLY, signals, type Detector, type LearnedModel, type Level, type SignalHit } from '../signals';
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

/**
 * What reads the customer's comments for a rating: the learned detectors (or none), and what it has
 * read so far. The sidebar rates each snapshot of a history as it loads, and the snapshots share
 * their comment objects: a reader kept for the session classifies each comment once per level,
 * not once per snapshot. Keyed weakly, so a comment no longer held anywhere is forgotten with it;
 * the answer for a comment never changes, so the rating stays a function of its inputs.
 */
export interface Reader {
  readonly model: LearnedModel | null;
  readonly readings: Map<Level, WeakMap<HistoryComment, Reading>>;
}

/**
 * A reader for ratings, with the learned detectors or with the patterns alone.
 *
 * @param model - the decoded weights, or null when they could not be loaded
 * @returns a reader that has read nothing yet
 * @example createReader(null).model // => null
 */
export function createReader(model: LearnedModel | null = null): Reader {
  return { model, readings: new Map() };
}

/**
 * Reads one comment: its text, the signals in it and where it chases the team.
 *
 * @param comment - a comment of the customer's
 * @param reader - the reader (its readings remember this comment)
 * @param level - the sensitivity level
 * @returns the reading
 * @example readComment({ id: 1, author_id: 2, public: true, created_at: '', body: 'Any update?' }, createReader(), 'balanced').chasing // => [{ start: 0, end: 10 }]
 */
export function readComment(comment: HistoryComment, reader: Reader, level: Level): Reading {
  let known = reader.readings.get(level);
  if (!known) reader.readings.set(level, (known = new WeakMap()));
  const seen = known.get(comment);
  if (seen) return seen;
  const text = commentText(comment);
  const { hits, chasing } = readText(text, { model: reader.model, level });
  const reading = { text, hits: hits.length ? hits : NONE, chasing: chasing.length ? chasing : NONE };
  known.set(comment, reading);
  return reading;
}

/**
 * What the rating reads in a text: the signals and where the customer chases the team. The text is
 * prepared once for both, since preparing it costs about as much as classifying it.
 *
 * @param text - a comment's text, HTML or plain
 * @param detector - the learned detectors and level beside the patterns (patterns only by default)
 * @returns the signal hits and the chasing spans, both indexing `text`
 * @example readText('Any update? Thanks so much!').chasing // => [{ start: 0, end: 10 }]
 */
export function readText(text: string, detector: Detector = PATTERNS_ONLY): Pick<Reading, 'hits' | 'chasing'> {
  if (text === '') return { hits: [], chasing: [] };
  return readPrepared(text, (prepared) => ({ hits: classifyPrepared(text, prepared, signals, compiledPatterns, detector), chasing: findChasing(text, prepared) }));
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
 * @param reader - what reads each comment (see `createReader`)
 * @param level - the sensitivity level
 * @returns the messages in the window, and how many comments were read in all
 * @example readCustomerMessages(history, () => 1, createReader(), 'balanced').messages[0].hits // => [{ signal: 'gratitude', ... }]
 */
export function readCustomerMessages(
  history: CustomerHistory,
  weigh: (date: Date) => number,
  reader: Reader,
  level: Level,
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
      const { text, hits, chasing } = readComment(comment, reader, level);
      if (text === '') continue;
      messages.push({ ticketId, commentId: comment.id, date, weight, text, hits, chasing });
    }
  }
  return { messages, commentsRead, ticketsRead };
}
