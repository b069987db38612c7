import { CONCERN_TAG, LEVEL_TAGS } from '../warnings/fields';
import { warningState } from '../warnings/state';
import type { WarningLevel, WarningProblem, WarningSettings, WarningUser } from '../warnings/types';
import { withoutFormatting } from '../text/invisible';

/**
 * Where a customer stands in the three-strikes process, for the watchlist's level column and filter.
 * `expired` is a strike older than the expiry period (it no longer counts); `concern` is an open
 * concern without a strike in force.
 */
export type LevelKey = 'final-notice' | 'strike-2' | 'strike-1' | 'expired' | 'concern';

/** The open concerns on a customer, in the parts the watchlist shows. */
export interface RowConcerns {
  /** Open concerns, the stored ones plus those dropped from the field to keep it small. */
  count: number;
  /** Who raised them, newest first, each name once. */
  raisedBy: string[];
  /** When the newest was raised (ISO), or null when none is recorded. */
  newestAt: string | null;
  /** The concern tag is on the customer but no concern is recorded in the field (set by hand). */
  unrecorded: boolean;
}

/** One flagged customer as the watchlist lists them, before any rating. Plain data from the user record. */
export interface WatchlistRow {
  id: number;
  name: string;
  organizationId: number | null;
  /** The level that counts now (0 once expired). */
  effectiveLevel: WarningLevel;
  /** The level stored on the customer, expired or not. */
  storedLevel: WarningLevel;
  expired: boolean;
  levelKey: LevelKey;
  /** When the last strike was given (ISO), or null. */
  raisedAt: string | null;
  /** Who gave the last strike, when recorded. */
  raisedBy: string | null;
  concerns: RowConcerns;
  /** The latest strike or concern (ISO), or null: what "last activity" sorts and filters by. */
  lastActivity: string | null;
  /** Stored values the app could not read; shown so a lead knows the row may be incomplete. */
  problems: WarningProblem[];
}

/** A customer as Search returns them: the user record's id, name, organization, tags and fields. */
export interface FlaggedUser extends WarningUser {
  name: string;
  organization_id?: number | null;
}

function levelFromTags(tags: readonly string[]): WarningLevel {
  for (const level of [3, 2, 1] as const) if (tags.includes(LEVEL_TAGS[level])) return level;
  return 0;
}

function latest(dates: (string | null)[]): string | null {
  let best: string | null = null;
  for (const date of dates) if (date && (best === null || Date.parse(date) > Date.parse(best))) best = date;
  return best;
}

function keyOf(effective: WarningLevel, expired: boolean): LevelKey {
  if (effective === 3) return 'final-notice';
  if (effective === 2) return 'strike-2';
  if (effective === 1) return 'strike-1';
  return expired ? 'expired' : 'concern';
}

/**
 * The watchlist row of a flagged customer: the level and when it was given, the open concerns and who
 * raised them, read with the same `warningState` as the sidebar's banner. A level tag without the
 * level field (set by hand or by a trigger) still counts, undated, so the customer is not hidden.
 *
 * @param user - the customer's user record as Search returned it
 * @param settings - the warning settings (expiry)
 * @param now - the current time
 * @returns the row
 * @example toWatchlistRow({ id: 7, name: 'Kyle', tags: ['customer_fit_concern'] }, DEFAULT_WARNING_SETTINGS, now).levelKey // => 'concern'
 */
export function toWatchlistRow(user: FlaggedUser, settings: WarningSettings, now: Date): WatchlistRow {
  const state = warningState(user, settings, now);
  const tags = user.tags ?? [];
  const problems = [...state.problems];
  let storedLevel = state.level;
  let effectiveLevel = state.effectiveLevel;
  const tagLevel = levelFromTags(tags);
  if (storedLevel === 0 && tagLevel > 0) {
    storedLevel = tagLevel;
    effectiveLevel = tagLevel;
    problems.push({ code: 'tagOnly', message: 'The warning level is only on the customer\'s tags, without the level field or a date.' });
  }
  const raisedBy = state.latest && state.latest.action === 'strike' && state.latest.level === storedLevel ? state.latest.by.name : null;
  const names: string[] = [];
  for (const concern of state.openConcerns) if (!names.includes(concern.by.name)) names.push(concern.by.name);
  const stored = state.openConcerns.length + state.droppedConcerns;
  const unrecorded = stored === 0 && tags.includes(CONCERN_TAG);
  const newestAt = state.openConcerns[0]?.at ?? null;
  return {
    id: user.id,
    // Shown, sorted and searched: invisible formatting would reorder the letters on screen.
    name: withoutFormatting(user.name),
    organizationId: user.organization_id ?? null,
    effectiveLevel,
    storedLevel,
    expired: state.expired,
    levelKey: keyOf(effectiveLevel, state.expired),
    raisedAt: state.raisedAt,
    raisedBy,
    concerns: { count: unrecorded ? 1 : stored, raisedBy: names, newestAt, unrecorded },
    lastActivity: latest([state.raisedAt, newestAt]),
    problems,
  };
}
