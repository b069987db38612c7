import type { ConcernRecord, WarningLevel, WarningProblem, WarningRecord } from './types';

/**
 * Where the warning flag lives on the requester's Zendesk user record. `requirements.json` creates
 * these user fields when the app is installed; their keys are fixed so views, triggers and searches
 * can name them. The dropdown's option values are tags, so a level is also visible as a user tag.
 */
export const WARNING_FIELDS = {
  /** Dropdown: the current level. */
  level: 'customer_fit_warning_level',
  /** Date: the day the last strike was given. */
  date: 'customer_fit_warning_date',
  /** Multi-line text: the latest step (who, when, reason, ticket and note ids), as JSON. */
  record: 'customer_fit_warning_record',
  /** Multi-line text: the open concerns, as JSON. */
  concerns: 'customer_fit_concerns',
} as const;

/** The dropdown option value (tag) of each level; level 0 is an empty field. */
export const LEVEL_TAGS: Record<1 | 2 | 3, string> = {
  1: 'customer_fit_strike_1',
  2: 'customer_fit_strike_2',
  3: 'customer_fit_final_notice',
};

/** The user tag added while concerns are open, so leads can list such customers in a view. */
export const CONCERN_TAG = 'customer_fit_concern';

/** How many open concerns the concerns field keeps; older ones stay in their ticket notes. */
export const MAX_STORED_CONCERNS = 20;

/** The stored form of the concerns field. */
export interface StoredConcerns {
  v: 1;
  open: ConcernRecord[];
  /** Open concerns dropped from the field to keep it small (they remain in their notes). */
  dropped: number;
}

/** What the app's fields say, and anything in them it could not read. */
export interface ParsedWarningFields {
  level: WarningLevel;
  /** yyyy-MM-dd of the last strike, from the date field. */
  date: string | null;
  record: WarningRecord | null;
  concerns: StoredConcerns;
  /** True when the concerns field holds text the app cannot read (so it must not be overwritten). */
  concernsUnreadable: boolean;
  /** Problems with the stored values (edited by hand, say); nothing is thrown. */
  problems: WarningProblem[];
}

/**
 * The level a dropdown value stands for.
 *
 * @param value - the field's value as Zendesk returns it (an option tag, or null)
 * @returns the level, or null when the value is not one of the app's options
 * @example levelFromTag('customer_fit_strike_2') // => 2
 */
export function levelFromTag(value: unknown): WarningLevel | null {
  if (value === null || value === undefined || value === '') return 0;
  for (const level of [1, 2, 3] as const) if (LEVEL_TAGS[level] === value) return level;
  return null;
}

/**
 * The dropdown value for a level.
 *
 * @param level - the level
 * @returns the option tag, or null for level 0 (clears the field)
 * @example tagForLevel(3) // => 'customer_fit_final_notice'
 */
export function tagForLevel(level: WarningLevel): string | null {
  return level === 0 ? null : LEVEL_TAGS[level];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isActor(value: unknown): value is { id: number; name: string } {
  return isObject(value) && Number.isInteger(value.id) && typeof value.name === 'string';
}

function isIso(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isLevel(value: unknown): value is WarningLevel {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

const OP_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Whether a string can serve as an operation id (embedded in notes and records).
 *
 * @param op - the candidate
 * @returns true for 8 to 64 letters, digits or dashes
 * @example isOpId('3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e') // => true
 */
export function isOpId(op: unknown): op is string {
  return typeof op === 'string' && OP_PATTERN.test(op);
}

function readRecord(raw: unknown): WarningRecord | null {
  if (!isObject(raw)) return null;
  const r = raw;
  if (r.v !== 1 || !isOpId(r.op) || (r.action !== 'strike' && r.action !== 'clear')) return null;
  if (!isLevel(r.level) || !isLevel(r.from) || !isActor(r.by) || !isIso(r.at)) return null;
  if (typeof r.reason !== 'string' || !Number.isInteger(r.ticketId)) return null;
  if (!(r.commentId === null || Number.isInteger(r.commentId))) return null;
  const acknowledged = Array.isArray(r.acknowledged) ? r.acknowledged.filter(isOpId) : [];
  const cumulative = Array.isArray(r.closed) ? { closed: r.closed.filter(isOpId), closedFrom: isIso(r.closedFrom) ? r.closedFrom : null } : {};
  const chain = Array.isArray(r.follows) ? { follows: r.follows.filter(isOpId), followsFrom: isIso(r.followsFrom) ? r.followsFrom : null } : {};
  return {
    v: 1,
    op: r.op,
    action: r.action,
    level: r.level,
    from: r.from,
    by: { id: r.by.id, name: r.by.name },
    at: r.at,
    reason: r.reason,
    ticketId: r.ticketId as number,
    commentId: r.commentId as number | null,
    acknowledged,
    ...cumulative,
    ...chain,
  };
}

/** How many closed concern ops a record carries forward. */
export const MAX_CLOSED_OPS = 200;

/**
 * The concerns the recorded steps have closed, as far as the record knows.
 *
 * @param record - the latest strike or clear, or null
 * @returns the closed concern ops
 * @example closedConcerns(record).has('op-12345678') // => true
 */
export function closedConcerns(record: WarningRecord | null): Set<string> {
  return new Set([...(record?.closed ?? []), ...(record?.acknowledged ?? [])]);
}

/**
 * What a new step's record carries forward: the concerns closed so far plus those it closes, and
 * from when that list is complete.
 *
 * @param previous - the record the step replaces (as just read), or null
 * @param acknowledges - the concern ops the step closes
 * @param at - the step's time, for when the list has to start over
 * @returns `closed` and `closedFrom` for the new record
 * @example carryClosed(null, ['op-12345678'], at) // => { closed: ['op-12345678'], closedFrom: null }
 */
export function carryClosed(
  previous: WarningRecord | null,
  acknowledges: string[],
  at: string,
): { closed: string[]; closedFrom: string | null } {
  // A record written before the list was kept closed everything raised before it.
  const from = previous === null ? null : previous.closed === undefined ? previous.at : (previous.closedFrom ?? null);
  const all = [...new Set([...closedConcerns(previous), ...acknowledges])];
  if (all.length <= MAX_CLOSED_OPS) return { closed: all, closedFrom: from };
  return { closed: all.slice(-MAX_CLOSED_OPS), closedFrom: at };
}

/** How many earlier steps a record names. */
export const MAX_FOLLOWED_OPS = 50;

/**
 * The steps a new record follows: the previous record's step and those it followed.
 *
 * @param previous - the record the step replaces (as just read), or null
 * @param at - the step's time, for when the list has to start over
 * @returns `follows` and `followsFrom` for the new record
 * @example carryFollows(null, at) // => { follows: [], followsFrom: null }
 */
export function carryFollows(previous: WarningRecord | null, at: string): { follows: string[]; followsFrom: string | null } {
  if (previous === null) return { follows: [], followsFrom: null };
  // A record written before the list was kept: the steps before it are unknown.
  const from = previous.follows === undefined ? previous.at : (previous.followsFrom ?? null);
  const all = [...(previous.follows ?? []), previous.op];
  if (all.length <= MAX_FOLLOWED_OPS) return { follows: all, followsFrom: from };
  return { follows: all.slice(-MAX_FOLLOWED_OPS), followsFrom: at };
}

/**
 * Whether a strike or clear is on the record: the latest step, or one the latest step followed.
 *
 * @param record - the record as read, or null
 * @param op - the step's operation id
 * @returns true when the step was recorded and not replaced
 * @example isRecordedStep(record, record.op) // => true
 */
export function isRecordedStep(record: WarningRecord | null, op: string): boolean {
  return record !== null && (record.op === op || (record.follows ?? []).includes(op));
}

function readConcern(raw: unknown): ConcernRecord | null {
  if (!isObject(raw)) return null;
  if (!isOpId(raw.op) || !isActor(raw.by) || !isIso(raw.at) || typeof raw.reason !== 'string') return null;
  if (!Number.isInteger(raw.ticketId)) return null;
  if (!(raw.commentId === null || Number.isInteger(raw.commentId))) return null;
  return {
    op: raw.op,
    by: { id: raw.by.id, name: raw.by.name },
    at: raw.at,
    reason: raw.reason,
    ticketId: raw.ticketId as number,
    commentId: raw.commentId as number | null,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the app's fields from a user's `user_fields`. Never throws: a value someone edited by hand
 * into something unreadable becomes a problem in the result, and the rest is still read.
 *
 * @param userFields - the user's `user_fields` object (other fields are ignored)
 * @returns the level, date, latest record, open concerns and any problems
 * @example parseWarningFields({ customer_fit_warning_level: 'customer_fit_strike_1' }).level // => 1
 */
export function parseWarningFields(userFields: Record<string, unknown> | null | undefined): ParsedWarningFields {
  const fields = userFields ?? {};
  const problems: WarningProblem[] = [];

  const rawLevel = fields[WARNING_FIELDS.level];
  let level = levelFromTag(rawLevel);
  if (level === null) {
    problems.push({ code: 'levelUnknown', message: 'The warning level field holds an unknown value; it is read as no warning.' });
    level = 0;
  }

  const rawDate = fields[WARNING_FIELDS.date];
  let date: string | null = null;
  if (typeof rawDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rawDate)) date = rawDate.slice(0, 10);
  else if (rawDate !== null && rawDate !== undefined && rawDate !== '') {
    problems.push({ code: 'dateInvalid', message: 'The warning date field holds something that is not a date; it is ignored.' });
  }

  let record: WarningRecord | null = null;
  const rawRecord = fields[WARNING_FIELDS.record];
  if (typeof rawRecord === 'string' && rawRecord.trim() !== '') {
    record = readRecord(parseJson(rawRecord));
    if (!record) problems.push({ code: 'recordUnreadable', message: 'The warning record field could not be read; who gave the warning is unknown.' });
  }

  const concerns: StoredConcerns = { v: 1, open: [], dropped: 0 };
  let concernsUnreadable = false;
  const rawConcerns = fields[WARNING_FIELDS.concerns];
  if (typeof rawConcerns === 'string' && rawConcerns.trim() !== '') {
    const parsed = parseJson(rawConcerns);
    if (isObject(parsed) && Array.isArray(parsed.open)) {
      for (const item of parsed.open) {
        const concern = readConcern(item);
        if (concern) concerns.open.push(concern);
        else problems.push({ code: 'concernUnreadable', message: 'One stored concern could not be read and is not shown.' });
      }
      if (Number.isInteger(parsed.dropped) && (parsed.dropped as number) > 0) concerns.dropped = parsed.dropped as number;
    } else {
      concernsUnreadable = true;
      problems.push({ code: 'concernsUnreadable', message: 'The concerns field could not be read; open concerns are not shown.' });
    }
  }

  // Strikes and clears never rewrite the concerns field (a write based on a stale read would drop a
  // concern raised meanwhile); the record's list of closed concerns decides which entries are open.
  const closed = closedConcerns(record);
  concerns.open = concerns.open.filter((c) => !closed.has(c.op));

  return { level, date, record, concerns, concernsUnreadable, problems };
}

/**
 * The JSON text stored in the record field.
 *
 * @param record - the latest step
 * @returns compact JSON
 * @example encodeRecord(record).startsWith('{"v":1') // => true
 */
export function encodeRecord(record: WarningRecord): string {
  return JSON.stringify(record);
}

/**
 * The JSON text stored in the concerns field, keeping the newest {@link MAX_STORED_CONCERNS}.
 *
 * @param concerns - open concerns, any order, and how many were dropped before
 * @returns compact JSON, or null when nothing is open (clears the field)
 * @example encodeConcerns({ v: 1, open: [], dropped: 0 }) // => null
 */
export function encodeConcerns(concerns: StoredConcerns): string | null {
  const sorted = concerns.open.toSorted((a, b) => a.at.localeCompare(b.at));
  const kept = sorted.slice(-MAX_STORED_CONCERNS);
  const dropped = concerns.dropped + (sorted.length - kept.length);
  if (kept.length === 0) return null;
  const stored: StoredConcerns = { v: 1, open: kept, dropped };
  return JSON.stringify(stored);
}
