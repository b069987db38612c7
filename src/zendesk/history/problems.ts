import { isHttpError } from '../errors/http-error';
import { isNetworkError } from '../errors/network-error';
import { isParseError } from '../errors/parse-error';
import { isRateLimitError } from '../errors/rate-limit-error';
import { isTimeoutError } from '../errors/timeout-error';

/** What part of the history could not be read. */
export type LoadProblemKind =
  /** The requester's user record; the history uses a stand-in with the id and what ZAF gave. */
  | 'user-unreadable'
  /** Their organization. */
  | 'organization-unreadable'
  /**
   * A page of the ticket list or of the archived search, so the tickets after it are missing;
   * `count` is how many, or null when Zendesk never said how many there are.
   */
  | 'ticket-list-incomplete'
  /** Tickets in the list that did not match the expected shape. */
  | 'tickets-unreadable'
  /** Tickets whose comments could not be read. */
  | 'comments-unreadable'
  /** Tickets deleted while they were being read; left out of the history. */
  | 'tickets-deleted'
  /** The account's ticket and requester counts for the demand factor. */
  | 'baseline-unavailable';

/** Why, in words the UI can turn into a sentence. */
export type LoadProblemCause = 'rate-limited' | 'forbidden' | 'not-found' | 'server' | 'network' | 'timeout' | 'unreadable';

export interface LoadProblem {
  kind: LoadProblemKind;
  /** How many records it affects (1 for the user, organization and baseline); null: unknown (a list cut short). */
  count: number | null;
  cause: LoadProblemCause;
  /** Whether `retry` may help: a deleted ticket or a 403 will not come back by asking again. */
  retryable: boolean;
}

/** Classifies an error of the request layer into a problem cause. */
export function causeOf(error: unknown): LoadProblemCause {
  if (isRateLimitError(error)) return 'rate-limited';
  if (isTimeoutError(error)) return 'timeout';
  if (isNetworkError(error)) return 'network';
  if (isParseError(error)) return 'unreadable';
  if (isHttpError(error)) {
    if (error.status === 401 || error.status === 403) return 'forbidden';
    if (error.status === 404 || error.status === 410) return 'not-found';
    return 'server';
  }
  return 'unreadable';
}

/** Whether asking again may help. */
export function isRetryable(cause: LoadProblemCause): boolean {
  return cause !== 'forbidden' && cause !== 'not-found';
}
