import { addDays } from 'date-fns';
import type { HistoryComment } from '../history';
import { parseWarningFields } from './fields';
import { concernsFromNotes, recoverConcerns } from './recover';
import type { ConcernRecord, WarningLevel, WarningProblem, WarningRecord, WarningSettings, WarningUser } from './types';

/** What the banner and the lead's controls show about one requester. */
export interface WarningState {
  /** The level stored on the user, expired or not. */
  level: WarningLevel;
  /** The level that counts now: 0 once the warning has expired. The next strike moves from this. */
  effectiveLevel: WarningLevel;
  /** True when a stored strike is older than the expiry period. */
  expired: boolean;
  /** ISO date-time when the current warning expires (or expired); null without a dated strike. */
  expiresAt: string | null;
  /** The latest strike or clear: who, when, reason, ticket and note. Null when none is recorded. */
  latest: WarningRecord | null;
  /** When the last strike was given (ISO), from the record or else the date field; null if unknown. */
  raisedAt: string | null;
  /** The level the next strike would give, or null after a final notice that has not expired. */
  nextStrike: 1 | 2 | 3 | null;
  /** Open concerns, newest first. */
  openConcerns: ConcernRecord[];
  /** Open concerns no longer kept on the user record (they remain in their ticket notes). */
  droppedConcerns: number;
  /** What the team agreed to do, while a final notice is in force; otherwise null. */
  finalNoticeText: string | null;
  /** Stored values the app could not read, or a level set by hand without a record. */
  problems: WarningProblem[];
}

/** What else the state may be read from. */
export interface WarningStateOptions {
  /**
   * The customer's comments by ticket id (the history's `comments`): concern notes among them whose
   * entry the concerns field lost are shown as open again, marked `recovered`.
   */
  notes?: Record<string, HistoryComment[]>;
}

/**
 * The requester's warning state at `now`, from their user record. A strike older than the expiry
 * period shows as expired and no longer counts: the next strike starts again at 1.
 *
 * @param user - the requester's user record (its `user_fields` are read; nothing else)
 * @param settings - expiry days and final-notice text
 * @param now - the current time
 * @param options - the customer's comments, to recover concerns the field lost
 * @returns level, expiry, the latest record, open concerns, and the final-notice text when in force
 * @example warningState(user, DEFAULT_WARNING_SETTINGS, new Date()).effectiveLevel // => 2
 */
export function warningState(
  user: WarningUser,
  settings: WarningSettings,
  now: Date,
  options: WarningStateOptions = {},
): WarningState {
  const parsed = parseWarningFields(user.user_fields);
  const problems = [...parsed.problems];
  const latest = parsed.record;

  const level = parsed.level;
  let raisedAt: string | null = null;
  if (latest && latest.action === 'strike' && latest.level === level && level > 0) raisedAt = latest.at;
  else if (parsed.date && level > 0) raisedAt = `${parsed.date}T00:00:00.000Z`;
  if (level > 0 && latest && latest.level !== level) {
    problems.push({ code: 'levelMismatch', message: 'The warning level was changed outside the app; the latest record does not match it.' });
  }
  if (level > 0 && !raisedAt) {
    problems.push({ code: 'undated', message: 'The warning has no date, so it cannot expire; give or clear a warning to date it.' });
  }

  let expired = false;
  let expiresAt: string | null = null;
  if (level > 0 && raisedAt) {
    const end = addDays(new Date(raisedAt), settings.warningExpiryDays);
    expiresAt = end.toISOString();
    expired = now.getTime() >= end.getTime();
  }
  const effectiveLevel: WarningLevel = expired ? 0 : level;
  if (level === 0) raisedAt = null;

  const recovered = options.notes
    ? recoverConcerns(parsed.concerns.open, latest, concernsFromNotes(options.notes)).map((c) => ({ ...c, recovered: true }))
    : [];
  const openConcerns = [...parsed.concerns.open, ...recovered].toSorted((a, b) => b.at.localeCompare(a.at));
  return {
    level,
    effectiveLevel,
    expired,
    expiresAt,
    latest,
    raisedAt,
    nextStrike: effectiveLevel === 3 ? null : ((effectiveLevel + 1) as 1 | 2 | 3),
    openConcerns,
    droppedConcerns: parsed.concerns.dropped,
    finalNoticeText: effectiveLevel === 3 ? settings.finalNoticeText : null,
    problems,
  };
}

