import type { CustomerHistory, HistoryComment, HistoryTicket } from '../history';
import { classifyPrepared, PATTERNS_ONLY, signalById, signals, type Detector, type LearnedModel, type Level, type SignalHit } from '../signals';
import { withoutContactDetails } from '../text/contact-details';
import { prepare } from '../text/prepare';
import { findChasing } from './chasing';
import { parseDate } from './decay';
import { signOffSpan } from './shown';

/** One of the customer's own public messages in the window, read once. */
export interface CustomerMessage {
  ticketId: number;
  /** null for a ticket's opening message read from the ticket list (its comments were not read). */
  commentId: number | null;
  date: Date;
  /** Time-decay weight, above 0 (messages outside the window are not read). */
  weight: number;
  /** The text the hits index (the comment's HTML when there is one). */
  text: string;
  hits: readonly SignalHit[];
  chasing: readonly { start: number; end: number }[];
  /** Where the message's closing sign-off is ("…? Thanks, Bram"), when it thanks at all. */
  signOff: readonly [number, number] | null;
}

/** What reading one comment found; the same for the same comment, whenever it is read. */
interface Reading {
  text: string;
  hits: readonly SignalHit[];
  chasing: readonly { start: number; end: number }[];
  /** Read once with the comment: the rating asks it of every snapshot. */
  signOff: readonly [number, number] | null;
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
  /** By comment, or by ticket for its opening message. */
  readonly readings: Map<Level, WeakMap<HistoryComment | HistoryTicket, Reading>>;
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
  return remembered(comment, () => commentText(comment), reader, level);
}

/**
 * Reads a ticket's opening message as the ticket list gives it.
 *
 * @param ticket - a ticket with a `description`
 * @param reader - the reader (its readings remember this ticket)
 * @param level - the sensitivity level
 * @returns the reading; its text is '' when the ticket has no description
 * @example readOpening({ id: 1, status: 'open', created_at: '', updated_at: '', requester_id: 2, description: 'Any update?' }, createReader(), 'balanced').chasing // => [{ start: 0, end: 10 }]
 */
export function readOpening(ticket: HistoryTicket, reader: Reader, level: Level): Reading {
  return remembered(ticket, () => ticket.description ?? '', reader, level);
}

function remembered(key: HistoryComment | HistoryTicket, textOf: () => string, reader: Reader, level: Level): Reading {
  let known = reader.readings.get(level);
  if (!known) reader.readings.set(level, (known = new WeakMap()));
  const seen = known.get(key);
  if (seen) return seen;
  const text = textOf();
  const { hits, chasing } = readText(text, { model: reader.model, level });
  const signOff = hits.some((hit) => hit.signal === 'gratitude') ? signOffSpan(text) : null;
  const reading = { text, hits: hits.length ? hits : NONE, chasing: chasing.length ? chasing : NONE, signOff };
  known.set(key, reading);
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
  const prepared = prepare(text);
  return { hits: classifyPrepared(text, prepared, signals, detector), chasing: findChasing(text, prepared) };
}

/**
 * The text a comment is read from: its HTML keeps the quoted-mail markers the classifier skips,
 * so it is preferred; then the plain body; then the body. Email addresses and long numbers (cards,
 * accounts, phones) read as `[email]` and `[number]` (see `withoutContactDetails`).
 *
 * @param comment - a Zendesk comment
 * @returns the text to classify, '' when it has none
 * @example commentText({ id: 1, author_id: 2, public: true, created_at: '', body: 'Hi' }) // => 'Hi'
 */
export function commentText(comment: HistoryComment): string {
  // Addresses and long numbers are read as the cache keeps them, so a re-open from the cache rates
  // the same words, and no quote shows a card or phone number.
  return withoutContactDetails(comment.html_body ?? comment.plain_body ?? comment.body ?? '');
}

/**
 * Reads the customer's own words: only public comments they wrote count (an agent's reply or an
 * internal note is not the customer speaking). A ticket whose comments were not read still speaks
 * through its opening message, when the customer opened it. Each text is classified exactly once.
 *
 * @param history - the requester's history
 * @param weigh - the time-decay weight of a date (0 outside the window)
 * @param reader - what reads each comment (see `createReader`)
 * @param level - the sensitivity level
 * @returns the messages in the window; how many comments were read, on how many tickets; and on how
 *   many tickets only the opening message was read
 * @example readCustomerMessages(history, () => 1, createReader(), 'balanced').messages[0].hits // => [{ signal: 'gratitude', ... }]
 */
export function readCustomerMessages(
  history: CustomerHistory,
  weigh: (date: Date) => number,
  reader: Reader,
  level: Level,
): { messages: CustomerMessage[]; commentsRead: number; ticketsRead: number; openingsRead: number } {
  const userId = history.user.id;
  const messages: CustomerMessage[] = [];
  let commentsRead = 0;
  let ticketsRead = 0;
  let openingsRead = 0;
  const add = (ticketId: number, commentId: number | null, created: string, read: () => Reading): void => {
    const date = parseDate(created);
    if (!date) return;
    const weight = weigh(date);
    if (weight <= 0) return;
    const { text, hits, chasing, signOff } = read();
    if (text !== '') messages.push({ ticketId, commentId, date, weight, text, hits, chasing, signOff });
  };
  for (const [key, comments] of Object.entries(history.comments)) {
    const ticketId = Number(key);
    if (!Number.isFinite(ticketId) || !Array.isArray(comments)) continue;
    ticketsRead++;
    commentsRead += comments.length;
    for (const comment of comments) {
      if (comment.author_id !== userId || comment.public !== true) continue;
      add(ticketId, comment.id, comment.created_at, () => readComment(comment, reader, level));
    }
  }
  for (const ticket of history.tickets) {
    if (Array.isArray(history.comments[String(ticket.id)]) || !opensWithCustomer(ticket, userId)) continue;
    openingsRead++;
    add(ticket.id, null, ticket.created_at, () => readOpening(ticket, reader, level));
  }
  return { messages, commentsRead, ticketsRead, openingsRead };
}

/**
 * Whether a ticket's description is the customer's own opening message: they submitted the ticket
 * (an agent who opens a ticket for a caller writes its first comment) and it has text.
 *
 * @param ticket - a listed ticket
 * @param userId - the requester
 * @returns true when the description is the requester's words
 * @example opensWithCustomer({ submitter_id: 7, description: 'Hi', ... }, 7) // => true
 */
export function opensWithCustomer(ticket: HistoryTicket, userId: number): boolean {
  return ticket.submitter_id === userId && typeof ticket.description === 'string' && ticket.description !== '';
}

/**
 * Whether the customer's opening message of a ticket shows a red flag: a warning signal other than a
 * plain complaint (most tickets open with a problem). The loader reads such a ticket's whole thread
 * even when it is older than the newest few, since follow-ups are where a threat is repeated.
 *
 * @param ticket - a listed ticket
 * @param userId - the requester
 * @param reader - the reader the rating will use (the reading is kept for it)
 * @param level - the sensitivity level
 * @returns true when the opening message is the customer's and holds a red flag
 * @example opensWithRedFlag({ submitter_id: 7, description: 'I will sue you.', ... }, 7, createReader(), 'balanced') // => true
 */
export function opensWithRedFlag(ticket: HistoryTicket, userId: number, reader: Reader, level: Level): boolean {
  if (!opensWithCustomer(ticket, userId)) return false;
  return readOpening(ticket, reader, level).hits.some((hit) => hit.signal !== 'complaint' && signalById[hit.signal].meta.kind === 'warning');
}
