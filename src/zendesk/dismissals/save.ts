import { DISMISSALS_FIELD, encodeDismissals, holds, mergeDismissals, parseDismissals, type Dismissal, type ParsedDismissals, type Restore, type StoredDismissals } from '../../core/dismissals';
import { systemClock, type Clock } from '../clock';
import type { RequestPort } from '../port';
import { requesterFor } from '../request';
import { userResponseSchema } from '../schemas/responses';
import { DismissalNotKeptError } from './not-kept-error';

/** How often a change is merged and written again when another agent's write replaced it. */
const ATTEMPTS = 4;

function userUrl(userId: number): string {
  return `/api/v2/users/${userId}.json`;
}

/**
 * Reads the customer's dismissals as Zendesk holds them now.
 *
 * @param port - the ZAF client (or a fetch port)
 * @param userId - the customer
 * @returns the parsed field (never throws for its contents; see `parseDismissals`)
 * @throws the request's error (HttpError, RateLimitError, NetworkError, TimeoutError, ParseError)
 * @example (await readDismissals(client, 42)).stored.dismissed.length // => 2
 */
export async function readDismissals(port: RequestPort, userId: number): Promise<ParsedDismissals> {
  const { user } = await requesterFor(port).getJson(userUrl(userId), userResponseSchema, { priority: 0 });
  return parseDismissals(user.user_fields);
}

/** How long after a write it is read back a second time, by default. */
export const SETTLE_MS = 1500;

export interface SaveOptions {
  /**
   * How long to wait before the second read-back. Another agent whose read came before our write
   * lands their write one round trip after that read; waiting longer than a round trip catches it.
   */
  settleMs?: number;
  clock?: Clock;
}

/** A dismissal to add, or a restore of one. */
export type DismissalChange = { kind: 'dismissed'; entry: Dismissal } | { kind: 'restored'; entry: Restore };

/**
 * Writes one dismissal or restore onto the customer, so that every agent's sidebar rates without
 * (or again with) the quote. Zendesk's user update has no version check, so two agents saving at
 * once could each write a copy without the other's change. So: read the field, merge the change
 * in, write only that field (the user's other fields and tags are not sent), read it back at once
 * and again after `settleMs`, and if another write replaced it, merge and write again. A merge
 * never loses an entry: per quote the newest dismissal or restore wins. (A write that reaches
 * Zendesk more than `settleMs` after the read it was based on can still replace ours; see
 * docs/dismissals.md.)
 *
 * @param port - the ZAF client
 * @param userId - the customer
 * @param change - the dismissal or restore
 * @param options - the settle time and clock
 * @returns the field as read back after the write
 * @throws DismissalNotKeptError when the field is unreadable, missing, or the change kept being overwritten; a request's error when Zendesk failed
 * @example await saveDismissal(client, 42, { kind: 'dismissed', entry }) // => { v: 1, dismissed: [..., entry], ... }
 */
export async function saveDismissal(port: RequestPort, userId: number, change: DismissalChange, options: SaveOptions = {}): Promise<StoredDismissals> {
  const { settleMs = SETTLE_MS, clock = systemClock } = options;
  const requester = requesterFor(port);
  const url = userUrl(userId);
  const ours: StoredDismissals = change.kind === 'dismissed' ? { v: 1, dismissed: [change.entry], restored: [], dropped: 0 } : { v: 1, dismissed: [], restored: [change.entry], dropped: 0 };
  let current = await readDismissals(port, userId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (current.unreadable) throw new DismissalNotKeptError({ method: 'PUT', url }, 'unreadable');
    if (holds(current.stored, change.entry, change.kind)) return current.stored;
    const merged = mergeDismissals(current.stored, ours);
    const answer = await requester.sendJson('PUT', url, { user: { user_fields: { [DISMISSALS_FIELD]: encodeDismissals(merged) } } }, userResponseSchema, { priority: 0 });
    if (!answer.user.user_fields || !(DISMISSALS_FIELD in answer.user.user_fields)) throw new DismissalNotKeptError({ method: 'PUT', url }, 'no-field');
    // Read back rather than trust the answer: another agent's write may land right after ours.
    current = await readDismissals(port, userId);
    if (!holds(current.stored, change.entry, change.kind)) continue;
    await clock.sleep(settleMs);
    current = await readDismissals(port, userId);
  }
  if (holds(current.stored, change.entry, change.kind)) return current.stored;
  throw new DismissalNotKeptError({ method: 'PUT', url }, 'overwritten');
}
