import { parseWarningFields } from './fields';
import { withdrawnSteps } from './note';
import { isTeamLead } from './roles';
import type { Actor, CurrentUserLike, WarningLevel, WarningRecord, WarningSettings, WarningUser } from './types';

/**
 * The warning record on the customer is a user field, and Zendesk lets any agent who may edit users
 * change a user field, by hand or by script. The record's "given by" is therefore only a claim. The
 * internal note each step leaves is not: Zendesk sets a comment's author to whoever wrote it, and
 * nobody can write a comment in someone else's name. This module checks the claim against that trail.
 */

/** An internal note (or any comment) as read from Zendesk, with the ticket it is on. */
export interface TrailNote {
  id: number;
  ticketId: number;
  /** Set by Zendesk: the person who wrote the comment. */
  authorId: number;
  createdAt: string;
  public: boolean;
  body: string;
}

/** What the app read from Zendesk to check the record: notes, and the people who wrote them. */
export interface WarningTrail {
  notes: TrailNote[];
  /** The notes' authors by id, as Zendesk knows them now; an id missing here could not be read. */
  authors: Record<number, CurrentUserLike>;
}

/** Why a step could not be verified. */
export type CheckReason =
  /** The level is set, but no record of the app gave it (the level field was set by hand). */
  | 'no-record'
  /** The record points to a note that is not on its ticket (never written, or deleted). */
  | 'note-missing'
  /** The note the record points to records another step (another level or operation). */
  | 'note-mismatch'
  /** The note's author is not a team lead. */
  | 'not-a-lead'
  /** The note's author is a team lead, but not the person the record names. */
  | 'not-the-author'
  /** The note's author could not be read (deleted, or the read failed), so their role is unknown. */
  | 'author-unknown'
  /**
   * A strike or clear has its note, but the record neither holds it nor names it among the steps it
   * follows: another lead's step given at the same moment replaced it, or it is still being recorded.
   */
  | 'not-on-record';

/** One step of the warning, checked against its note. */
export interface StepCheck {
  /** The level the step set: 1 to 3 for a strike, 0 for a clear. */
  level: WarningLevel;
  action: 'strike' | 'clear';
  /**
   * verified: a team lead's note records exactly this step. unverified: see `reason`. unchecked: an
   * earlier strike whose note is not among the notes read (the record keeps only the latest step).
   */
  status: 'verified' | 'unverified' | 'unchecked';
  reason: CheckReason | null;
  /** Who the record says gave it; null where there is no record (an earlier strike, a hand-set level). */
  claimedBy: Actor | null;
  /** Who really wrote the note, as Zendesk says; null when no note was found. */
  writtenBy: Actor | null;
  noteId: number | null;
  ticketId: number | null;
}

/** The warning on a customer, checked step by step. */
export interface WarningCheck {
  /** The step on record (the latest strike or clear), or null when none is recorded. */
  latest: StepCheck | null;
  /** Levels 1 up to the stored level, lowest first, each with its check. */
  levels: StepCheck[];
  /**
   * Every check that is not verified, for the banner and the watchlist: the latest step first, then
   * the levels, then steps whose notes exist but which the record lost.
   */
  unverified: StepCheck[];
}

interface Marker {
  op: string;
  action: 'concern' | 'strike' | 'clear';
  level: WarningLevel;
}

const MARKER = /^\[customer-fit op:([A-Za-z0-9-]{8,64}) action:(concern|strike|clear) level:([0-3])\]$/gm;

/**
 * The app's marker a note ends with, or null. Customer text in a note is defused, so only the app's
 * own line can match; if a note carries several, the last one counts (the app writes it last).
 *
 * @param body - a comment's plain body
 * @returns the operation id, action and level the note records, or null
 * @example readMarker('...\n[customer-fit op:3f2a9c1e-7b4d action:strike level:2]') // => { op: '3f2a9c1e-7b4d', action: 'strike', level: 2 }
 */
export function readMarker(body: string): Marker | null {
  let found: Marker | null = null;
  for (const match of body.matchAll(MARKER)) {
    found = { op: match[1]!, action: match[2] as Marker['action'], level: Number(match[3]) as WarningLevel };
  }
  return found;
}

function authorOf(trail: WarningTrail, id: number): Actor {
  const author = trail.authors[id];
  return { id, name: author?.name ?? `user ${id}` };
}

/** The author's part of a check: unknown, not a lead, or (when a claim is given) someone else. */
function judgeAuthor(trail: WarningTrail, note: TrailNote, settings: WarningSettings, claimed: Actor | null): CheckReason | null {
  const author = trail.authors[note.authorId];
  if (!author) return 'author-unknown';
  if (!isTeamLead(author, settings)) return 'not-a-lead';
  if (claimed && claimed.id !== note.authorId) return 'not-the-author';
  return null;
}

function check(
  base: Pick<StepCheck, 'level' | 'action' | 'claimedBy'>,
  note: TrailNote | null,
  reason: CheckReason | null,
  trail: WarningTrail,
  fallbackTicket: number | null,
): StepCheck {
  return {
    ...base,
    status: reason ? 'unverified' : 'verified',
    reason,
    writtenBy: note ? authorOf(trail, note.authorId) : null,
    noteId: note?.id ?? null,
    ticketId: note?.ticketId ?? fallbackTicket,
  };
}

/**
 * Strikes and clears whose notes were read but which the record has lost: Zendesk has no conditional
 * update for users, so a lead's record written from a read taken just before another lead's step
 * replaces that step. Only records that name the steps they follow can tell; a step its author
 * marked as not recorded (refused, changed or cancelled) is not one.
 */
function stepsNotOnRecord(record: WarningRecord | null, marked: { note: TrailNote; marker: Marker | null }[], trail: WarningTrail): StepCheck[] {
  if (!record?.follows) return [];
  const known = new Set([record.op, ...record.follows]);
  const since = record.followsFrom ? Date.parse(record.followsFrom) : Number.NEGATIVE_INFINITY;
  const withdrawn = withdrawnSteps(marked.map(({ note }) => note));
  return marked
    .filter(({ marker }) => marker !== null && marker.action !== 'concern' && !known.has(marker.op))
    .filter(({ note, marker }) => Date.parse(note.createdAt) > since && !withdrawn.has(`${note.authorId}:${marker!.op}`))
    .map(({ note, marker }) => ({
      level: marker!.level,
      action: marker!.action as 'strike' | 'clear',
      status: 'unverified' as const,
      reason: 'not-on-record' as const,
      claimedBy: null,
      writtenBy: authorOf(trail, note.authorId),
      noteId: note.id,
      ticketId: note.ticketId,
    }));
}

/**
 * Checks the warning recorded on a customer against Zendesk's own trail: each level, and the latest
 * step (a strike or a clear), must have a private note carrying the app's marker for that step,
 * written by a team lead, and for the latest step by the person the record names. Who is a lead is
 * judged by the authors' roles and groups as Zendesk reports them now, which is as far as the app can
 * know; a lead who has since lost the role shows as not a lead.
 *
 * @param user - the customer (their `user_fields` are read)
 * @param trail - the notes read from Zendesk and their authors
 * @param settings - who counts as a team lead
 * @returns the latest step's check, one check per level, and the unverified ones
 * @example verifyWarning(user, { notes: [], authors: {} }, DEFAULT_WARNING_SETTINGS).unverified[0]?.reason // => 'note-missing'
 */
export function verifyWarning(user: WarningUser, trail: WarningTrail, settings: WarningSettings): WarningCheck {
  const { level, record } = parseWarningFields(user.user_fields);
  const notes = trail.notes.filter((n) => !n.public);
  const marked = notes.map((note) => ({ note, marker: readMarker(note.body) }));

  let latest: StepCheck | null = null;
  if (record) {
    const base = { level: record.level, action: record.action, claimedBy: record.by };
    const byId = record.commentId === null ? undefined : marked.find((m) => m.note.id === record.commentId);
    const byOp = marked.find((m) => m.marker?.op === record.op && (record.commentId === null || m.note.id === record.commentId));
    const found = byOp ?? byId;
    if (!found) latest = check(base, null, 'note-missing', trail, record.ticketId);
    else if (!found.marker || found.marker.op !== record.op || found.marker.action !== record.action || found.marker.level !== record.level) {
      latest = check(base, found.note, 'note-mismatch', trail, record.ticketId);
    } else latest = check(base, found.note, judgeAuthor(trail, found.note, settings, record.by), trail, record.ticketId);
  }

  // Earlier strikes: the record keeps only the latest step, so their notes are looked for among the
  // notes read: the newest strike note of that level since the last clear, before the level on record.
  const until = record ? Date.parse(record.at) : Number.POSITIVE_INFINITY;
  const lastClear = Math.max(
    Number.NEGATIVE_INFINITY,
    ...marked.filter((m) => m.marker?.action === 'clear' && Date.parse(m.note.createdAt) <= until).map((m) => Date.parse(m.note.createdAt)),
  );
  const levels: StepCheck[] = [];
  for (let n = 1; n <= level; n++) {
    const step = n as WarningLevel;
    if (latest && record?.action === 'strike' && record.level === n) {
      levels.push(latest);
      continue;
    }
    if (n === level) {
      levels.push({ level: step, action: 'strike', status: 'unverified', reason: 'no-record', claimedBy: null, writtenBy: null, noteId: null, ticketId: null });
      continue;
    }
    const candidates = marked
      .filter((m) => m.marker?.action === 'strike' && m.marker.level === n)
      .filter((m) => Date.parse(m.note.createdAt) > lastClear && Date.parse(m.note.createdAt) <= until)
      .toSorted((a, b) => Date.parse(b.note.createdAt) - Date.parse(a.note.createdAt));
    const found = candidates[0];
    const base = { level: step, action: 'strike' as const, claimedBy: null };
    if (!found) levels.push({ ...base, status: 'unchecked', reason: null, writtenBy: null, noteId: null, ticketId: null });
    else levels.push(check(base, found.note, judgeAuthor(trail, found.note, settings, null), trail, null));
  }

  const unverified: StepCheck[] = [];
  if (latest && latest.status === 'unverified') unverified.push(latest);
  for (const item of levels.toReversed()) if (item.status === 'unverified' && item !== latest) unverified.push(item);
  unverified.push(...stepsNotOnRecord(record, marked, trail));
  return { latest, levels, unverified };
}
