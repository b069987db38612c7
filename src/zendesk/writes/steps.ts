import {
  carryClosed,
  carryFollows,
  closedConcerns,
  CONCERN_TAG,
  LEVEL_TAGS,
  encodeRecord,
  parseWarningFields,
  tagForLevel,
  WARNING_FIELDS,
  type StoredConcerns,
} from '../../core/warnings/fields';
import { composeNote, composeSupersededNote, composeWithdrawnNote, noteMarker, supersededMarker } from '../../core/warnings/note';
import type { ConcernRecord, WarningAction, WarningRecord, WarningUser } from '../../core/warnings/types';
import { ticketUpdateResponseSchema } from '../schemas/responses';
import { WriteError, zendeskRequest, type WritePort } from './failure';
import { findOpNote } from './read';

/**
 * The single writes an action is made of. Each one is safe to repeat: notes are found again by their
 * marker, user fields carry the operation id, and tags are added or removed by name, never replaced.
 */

/**
 * Adds an internal note (`public: false`, set explicitly, since a comment otherwise inherits the
 * ticket's first comment's visibility) to the ticket, and returns its comment id.
 *
 * @param port - the ZAF client
 * @param ticketId - the ticket
 * @param body - the note text, ending with its marker
 * @param marker - the marker to find the note by when the answer does not name it
 * @param authorId - the person acting
 * @returns the new comment's id
 * @throws the request path's typed errors, or a WriteError when the note cannot be found afterwards
 * @example await addInternalNote(client, 55, composeNote(action), noteMarker(action), action.by.id)
 */
export async function addInternalNote(
  port: WritePort,
  ticketId: number,
  body: string,
  marker: string,
  authorId: number,
): Promise<number> {
  // Not idempotent: a second send is a second note. The request path resends it only after a 429
  // (not carried out); after a timeout the run stops, and its retry looks for the note first.
  const answer = ticketUpdateResponseSchema.safeParse(
    await zendeskRequest(port, 'PUT', `/api/v2/tickets/${ticketId}.json`, {
      body: { ticket: { comment: { body, public: false } } },
      idempotent: false,
    }),
  );
  // The audit's Comment event carries the new comment's id.
  const event = answer.success
    ? answer.data.audit.events.find((e) => e.type === 'Comment' && typeof e.body === 'string' && e.body.includes(marker))
    : undefined;
  if (event?.id !== undefined) return event.id;
  // The audit did not name the comment: find it by re-reading, which also proves it was written.
  const found = await findOpNote(port, ticketId, '', authorId, marker);
  if (found !== null) return found;
  throw new WriteError({
    kind: 'unreadable',
    status: null,
    step: 'note',
    detail: null,
    retryAfterSeconds: null,
    retryable: true,
  });
}

/**
 * Writes the operation's note, unless an earlier attempt already did.
 *
 * @param port - the ZAF client
 * @param action - the decision
 * @returns the comment id, and whether it was already there
 * @example await ensureNote(client, action) // => { commentId: 9001, already: false }
 */
export async function ensureNote(port: WritePort, action: WarningAction): Promise<{ commentId: number; already: boolean }> {
  const existing = await findOpNote(port, action.ticketId, action.op, action.by.id);
  if (existing !== null) return { commentId: existing, already: true };
  const commentId = await addInternalNote(port, action.ticketId, composeNote(action), noteMarker(action), action.by.id);
  return { commentId, already: false };
}

/**
 * Writes the note saying a step was not recorded (another lead's step came first, or it was withdrawn), unless it is already there.
 *
 * @param port - the ZAF client
 * @param action - the decision that was not recorded
 * @param winner - who recorded the other step and the level they set, or 'withdrawn' when the person
 *   who took it changed it or cancelled it
 * @returns the comment id of that note, and whether it was already there
 * @example await ensureSupersededNote(client, action, { by: 'Dana', level: 2 })
 */
export async function ensureSupersededNote(
  port: WritePort,
  action: WarningAction,
  winner: { by: string; level: number } | 'withdrawn',
): Promise<{ commentId: number; already: boolean }> {
  const marker = supersededMarker(action.op);
  const existing = await findOpNote(port, action.ticketId, action.op, action.by.id, marker);
  if (existing !== null) return { commentId: existing, already: true };
  const body = winner === 'withdrawn' ? composeWithdrawnNote(action) : composeSupersededNote(action, winner);
  const commentId = await addInternalNote(port, action.ticketId, body, marker, action.by.id);
  return { commentId, already: false };
}

/**
 * Sends only the app's own user fields: Zendesk's Update User merges `user_fields`, so every other
 * field on the user is left as it is.
 *
 * @param port - the ZAF client
 * @param userId - the requester
 * @param fields - the app's fields to set (null clears one)
 * @returns nothing; the caller re-reads the customer to verify
 * @throws the request path's typed errors
 * @example await writeAppFields(client, 7, { customer_fit_warning_level: 'customer_fit_strike_1' })
 */
export async function writeAppFields(
  port: WritePort,
  userId: number,
  fields: Partial<Record<(typeof WARNING_FIELDS)[keyof typeof WARNING_FIELDS], string | null>>,
): Promise<void> {
  const own = new Set<string>(Object.values(WARNING_FIELDS));
  for (const key of Object.keys(fields)) {
    if (!own.has(key)) throw new Error(`Refusing to write user field ${key}: it is not one of the app's fields.`);
  }
  // Whole values of the app's own fields: sending them twice leaves the same record, so it may be resent.
  await zendeskRequest(port, 'PUT', `/api/v2/users/${userId}.json`, { body: { user: { user_fields: fields } }, idempotent: true });
}

/**
 * Adds tags to the user with the endpoint that adds (`PUT /api/v2/users/{id}/tags`), never the one
 * that replaces all tags (`POST`).
 *
 * @param port - the ZAF client
 * @param userId - the requester
 * @param tags - the tags to add
 * @returns the user's tags after the call, when Zendesk returned them
 * @example await addUserTags(client, 7, ['customer_fit_concern'])
 */
export async function addUserTags(port: WritePort, userId: number, tags: string[]): Promise<string[] | null> {
  const answer = (await zendeskRequest(port, 'PUT', `/api/v2/users/${userId}/tags.json`, { body: { tags }, idempotent: true })) as
    | { tags?: unknown }
    | null
    | undefined;
  return Array.isArray(answer?.tags) ? answer.tags.filter((t): t is string => typeof t === 'string') : null;
}

/**
 * Removes only the named tags from the user (`DELETE /api/v2/users/{id}/tags`).
 *
 * @param port - the ZAF client
 * @param userId - the requester
 * @param tags - the tags to remove
 * @returns nothing (Zendesk answers 204)
 * @throws the request path's typed errors
 * @example await removeUserTags(client, 7, ['customer_fit_concern'])
 */
export async function removeUserTags(port: WritePort, userId: number, tags: string[]): Promise<void> {
  await zendeskRequest(port, 'DELETE', `/api/v2/users/${userId}/tags.json`, { body: { tags }, idempotent: true });
}

/**
 * The concerns field after adding this concern to what is stored now (not again if already there,
 * and not at all if a recorded step closed it), without the entries recorded steps have closed.
 *
 * @param user - the customer as just re-read
 * @param action - the concern
 * @param commentId - its note's id
 * @returns the open concerns to store
 * @example encodeConcerns(withConcern(user, action, 9001))
 */
export function withConcern(user: WarningUser, action: WarningAction, commentId: number): StoredConcerns {
  const parsed = parseWarningFields(user.user_fields);
  // The entries a recorded step closed are not among `open`, so this write prunes them.
  const stored = parsed.concerns;
  if (stored.open.some((c) => c.op === action.op) || closedConcerns(parsed.record).has(action.op)) return stored;
  const concern: ConcernRecord = {
    op: action.op,
    by: action.by,
    at: action.at,
    reason: action.reason,
    ticketId: action.ticketId,
    commentId,
  };
  return { ...stored, open: [...stored.open, concern] };
}

/**
 * The app's fields after a strike or clear: level, date and record. The record's `closed` list
 * closes concerns; the concerns field is never rewritten here, so a concern raised after the lead's
 * last read cannot be dropped by this write.
 *
 * @param user - the customer as just re-read
 * @param action - the strike or clear
 * @param commentId - its note's id
 * @returns only the app's own user fields
 * @example fieldsForStep(user, action, 9001).customer_fit_warning_level // => 'customer_fit_strike_1'
 */
export function fieldsForStep(
  user: WarningUser,
  action: WarningAction,
  commentId: number,
): Partial<Record<(typeof WARNING_FIELDS)[keyof typeof WARNING_FIELDS], string | null>> {
  const previous = parseWarningFields(user.user_fields);
  const record: WarningRecord = {
    v: 1,
    op: action.op,
    action: action.kind === 'clear' ? 'clear' : 'strike',
    level: action.to,
    from: action.expectedFrom,
    by: action.by,
    at: action.at,
    reason: action.reason,
    ticketId: action.ticketId,
    commentId,
    acknowledged: action.acknowledges,
    ...carryClosed(previous.record, action.acknowledges, action.at),
    ...carryFollows(previous.record, action.at),
  };
  // The concerns field is left alone: the record's `closed` list closes the concerns it names.
  return {
    [WARNING_FIELDS.level]: tagForLevel(action.to),
    [WARNING_FIELDS.date]: action.to === 0 ? null : action.at.slice(0, 10),
    [WARNING_FIELDS.record]: encodeRecord(record),
  };
}

/** What it takes to bring the customer in line with their record, as just read. */
export interface Convergence {
  /** The concerns field to write (`own` added, entries closed by the record pruned), or null when it is right. */
  concerns: StoredConcerns | null;
  /** The app's tags to add and to remove; other tags are never touched. */
  tags: { add: string[]; remove: string[] };
  /** True when `own` is a concern a recorded step has closed: it stays closed. */
  ownClosed: boolean;
}

/**
 * The writes that make the customer agree with their record: for a concern, its entry in the
 * concerns field (unless a recorded step closed it), then the tag of the recorded level and no other level tag, and the open-concern tag exactly while
 * the field lists a concern the record has not closed. Tags follow the record as read, never the step being written, so
 * two people converging at once aim at the same tags.
 *
 * @param user - the customer as just read
 * @param own - the concern being written and its note's id, for a concern; null for a strike or clear
 * @returns what to write; nothing when the record and tags already agree
 * @example convergence(user, null).tags // => { add: ['customer_fit_strike_2'], remove: ['customer_fit_strike_1'] }
 */
export function convergence(user: WarningUser, own: { action: WarningAction; commentId: number } | null): Convergence {
  const parsed = parseWarningFields(user.user_fields);
  const closed = closedConcerns(parsed.record);
  const ownClosed = own !== null && closed.has(own.action.op);
  let concerns: StoredConcerns | null = null;
  // Only the concern being written changes the field; strikes and clears close entries by their record.
  if (own !== null && !ownClosed && !parsed.concerns.open.some((c) => c.op === own.action.op)) {
    concerns = withConcern(user, own.action, own.commentId);
  }
  // The tags follow the field as it will be once `concerns` is written.
  const open = (concerns ?? parsed.concerns).open.length;
  const tags = new Set(user.tags ?? []);
  const wanted = parsed.level === 0 ? null : LEVEL_TAGS[parsed.level];
  const add = wanted && !tags.has(wanted) ? [wanted] : [];
  const remove = Object.values(LEVEL_TAGS).filter((tag) => tag !== wanted && tags.has(tag));
  if (open > 0 && !tags.has(CONCERN_TAG)) add.push(CONCERN_TAG);
  if (open === 0 && tags.has(CONCERN_TAG)) remove.push(CONCERN_TAG);
  return { concerns, tags: { add, remove }, ownClosed };
}
