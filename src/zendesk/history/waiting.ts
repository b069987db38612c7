import { isTimeoutError } from '../errors/timeout-error';
import type { RequestAttempt } from '../request';
import { causeOf, type LoadProblemCause } from './problems';

/** A read the first rating cannot do without. */
export type WaitTarget = 'user' | 'tickets';

/**
 * What the first rating is waiting for, so the sidebar can say it in words ("Waiting for Zendesk to
 * list the tickets… 12 s") instead of showing a skeleton for a minute.
 */
export interface LoadWait {
  for: WaitTarget;
  /** The try under way, 1-based, and how many there will be at most. */
  attempt: number;
  attempts: number;
  /** How long this try waits for an answer. */
  timeoutMs: number;
  /** When this try was sent (ms since the epoch). */
  sentAt: number;
  /** Why the try before failed, and after how long when it timed out; null on the first. */
  previous: { cause: LoadProblemCause; afterMs: number | null } | null;
}

export function toLoadWait(target: WaitTarget, attempt: RequestAttempt): LoadWait {
  const { previous } = attempt;
  return Object.freeze({
    for: target,
    attempt: attempt.attempt,
    attempts: attempt.attempts,
    timeoutMs: attempt.timeoutMs,
    sentAt: attempt.sentAt,
    previous: previous ? Object.freeze({ cause: causeOf(previous), afterMs: isTimeoutError(previous) ? previous.timeoutMs : null }) : null,
  });
}

/** The wait to show of those under way: the one that has been retried most, the ticket list on a tie. */
export function longestWait(waits: Iterable<LoadWait>): LoadWait | null {
  let shown: LoadWait | null = null;
  for (const wait of waits) {
    if (!shown || wait.attempt > shown.attempt || (wait.attempt === shown.attempt && wait.for === 'tickets')) shown = wait;
  }
  return shown;
}
