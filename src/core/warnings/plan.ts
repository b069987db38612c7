import type { HistoryComment } from '../history';
import type { FitRating } from '../rating/types';
import { isOpId } from './fields';
import { cleanReason, MAX_REASON_LENGTH } from './note';
import { isTeamLead } from './roles';
import { levelName } from './levels';
import { warningState } from './state';
import type {
  ChosenEvidence,
  CurrentUserLike,
  RatingSnapshot,
  WarningAction,
  WarningLevel,
  WarningSettings,
  WarningUser,
} from './types';

/** The most evidence one decision can carry. */
export const MAX_EVIDENCE = 10;

/** What a person asked for, before it is checked. */
export interface PlanInput {
  /** A fresh operation id per decision (not per click): retries of the same decision reuse it. */
  op: string;
  /** The requester, as the person saw them (their record decides the level moved from). */
  user: WarningUser;
  ticketId: number;
  /** The ticket's status, when known: a closed ticket cannot take a note. */
  ticketStatus?: string | null;
  /** The signed-in person. */
  by: CurrentUserLike;
  reason: string;
  evidence: ChosenEvidence[];
  rating: FitRating | RatingSnapshot | null;
  settings: WarningSettings;
  now: Date;
  /** The account's address for links in the note, e.g. "https://acme.zendesk.com". */
  accountUrl?: string | null;
  /** The customer's comments by ticket id, so a strike or clear also closes concerns read back from notes. */
  notes?: Record<string, HistoryComment[]>;
}

/** What is wrong, as a key the sidebar words in the agent's language (`ui.plan.<code>`). */
export type PlanProblemCode =
  | 'op'
  | 'ticketMissing'
  | 'ticketClosed'
  | 'userMissing'
  | 'reasonEmpty'
  | 'reasonLong'
  | 'evidenceNone'
  | 'evidenceTooMany'
  | 'evidenceNoTicket'
  | 'strikeNotLead'
  | 'finalNoticeInForce'
  | 'clearNotLead'
  | 'nothingToClear';

/** A problem with the input, tied to what the person should fix. */
export interface PlanProblem {
  field: 'reason' | 'evidence' | 'role' | 'level' | 'ticket' | 'op' | 'user';
  code: PlanProblemCode;
  /** The numbers its words need (`max`, `length`). */
  values?: Record<string, number>;
  /** The same in English, for logs and the command line. */
  message: string;
}

export type PlanResult = { ok: true; action: WarningAction } | { ok: false; problems: PlanProblem[] };

function snapshot(rating: FitRating | RatingSnapshot | null): RatingSnapshot | null {
  if (!rating) return null;
  return { score: rating.score, band: rating.band, summary: [...rating.summary] };
}

function commonProblems(input: PlanInput, evidenceRequired: boolean): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!isOpId(input.op)) problems.push({ field: 'op', code: 'op', message: 'The operation id must be 8 to 64 letters, digits or dashes.' });
  if (!Number.isSafeInteger(input.ticketId) || input.ticketId <= 0) {
    problems.push({ field: 'ticket', code: 'ticketMissing', message: 'Open a saved ticket first: the note goes on the current ticket.' });
  }
  if (input.ticketStatus === 'closed') {
    problems.push({
      field: 'ticket',
      code: 'ticketClosed',
      message: 'This ticket is closed, so Zendesk will not take a note on it. Open one of the customer\'s other tickets.',
    });
  }
  if (!Number.isSafeInteger(input.user.id) || input.user.id <= 0) {
    problems.push({ field: 'user', code: 'userMissing', message: 'The ticket has no requester to record this on.' });
  }
  const reason = cleanReason(input.reason);
  if (reason === '') problems.push({ field: 'reason', code: 'reasonEmpty', message: 'Write a short reason: it goes into the note for the team.' });
  else if (reason.length > MAX_REASON_LENGTH) {
    problems.push({
      field: 'reason',
      code: 'reasonLong',
      values: { max: MAX_REASON_LENGTH, length: reason.length },
      message: `Shorten the reason to ${MAX_REASON_LENGTH} characters (it has ${reason.length}); your text is kept.`,
    });
  }
  if (evidenceRequired && input.evidence.length === 0) {
    problems.push({ field: 'evidence', code: 'evidenceNone', message: 'Choose at least one piece of evidence for the note.' });
  }
  if (input.evidence.length > MAX_EVIDENCE) {
    problems.push({ field: 'evidence', code: 'evidenceTooMany', values: { max: MAX_EVIDENCE }, message: `Choose at most ${MAX_EVIDENCE} pieces of evidence.` });
  }
  for (const item of input.evidence) {
    if (!Number.isSafeInteger(item.ticketId) || item.ticketId <= 0) {
      problems.push({ field: 'evidence', code: 'evidenceNoTicket', message: 'A piece of evidence has no ticket; choose it again.' });
      break;
    }
  }
  return problems;
}

function build(
  input: PlanInput,
  kind: WarningAction['kind'],
  expectedFrom: WarningLevel,
  to: WarningLevel,
  acknowledges: string[],
): WarningAction {
  return {
    op: input.op,
    kind,
    userId: input.user.id,
    userName: input.user.name ?? `user ${input.user.id}`,
    ticketId: input.ticketId,
    by: { id: input.by.id, name: input.by.name },
    at: input.now.toISOString(),
    reason: cleanReason(input.reason),
    evidence: input.evidence.map((e) => ({ ...e })),
    rating: snapshot(input.rating),
    expectedFrom,
    to,
    acknowledges,
    finalNoticeText: kind === 'strike' && to === 3 ? input.settings.finalNoticeText : null,
    accountUrl: input.accountUrl ?? null,
  };
}

/**
 * Plans a concern: any agent flags the requester with a reason and the evidence that worried them.
 * It does not change the warning level.
 *
 * @param input - who, which ticket, reason, evidence, rating
 * @returns the action to write, or the problems to fix (nothing is written)
 * @example planConcern({ ...input, reason: 'Shouted at Sam on the phone' }).ok // => true
 */
export function planConcern(input: PlanInput): PlanResult {
  const problems = commonProblems(input, false);
  if (problems.length > 0) return { ok: false, problems };
  const state = warningState(input.user, input.settings, input.now, { notes: input.notes });
  return { ok: true, action: build(input, 'concern', state.effectiveLevel, state.effectiveLevel, []) };
}

/**
 * Plans a strike by a team lead: strike 1, strike 2, then the final notice. Moves from the level
 * the lead saw (an expired warning counts as none, so the strike is 1 again) and closes the open
 * concerns.
 *
 * @param input - who, which ticket, reason, evidence, rating
 * @returns the action to write, or the problems to fix
 * @example planStrike(input).ok && planStrike(input).action.to // => 1
 */
export function planStrike(input: PlanInput): PlanResult {
  const problems = commonProblems(input, true);
  if (!isTeamLead(input.by, input.settings)) {
    problems.unshift({ field: 'role', code: 'strikeNotLead', message: 'Only a team lead can give a warning. Raise a concern instead.' });
  }
  const state = warningState(input.user, input.settings, input.now, { notes: input.notes });
  if (state.nextStrike === null) {
    problems.push({
      field: 'level',
      code: 'finalNoticeInForce',
      message: 'A final notice is already in force; there is no further strike. The next step is the team\'s decision.',
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  const acknowledges = state.openConcerns.map((c) => c.op);
  return { ok: true, action: build(input, 'strike', state.effectiveLevel, state.nextStrike as WarningLevel, acknowledges) };
}

/**
 * Plans clearing a warning (or, with no warning in force, closing the open concerns) by a team lead.
 * An expired warning can be cleared too, which tidies the record.
 *
 * @param input - who, which ticket, reason, evidence (optional), rating
 * @returns the action to write, or the problems to fix
 * @example planClear(input).ok && planClear(input).action.to // => 0
 */
export function planClear(input: PlanInput): PlanResult {
  const problems = commonProblems(input, false);
  if (!isTeamLead(input.by, input.settings)) {
    problems.unshift({ field: 'role', code: 'clearNotLead', message: 'Only a team lead can clear a warning.' });
  }
  const state = warningState(input.user, input.settings, input.now, { notes: input.notes });
  if (state.level === 0 && state.openConcerns.length === 0) {
    problems.push({ field: 'level', code: 'nothingToClear', message: 'There is no warning and no open concern to clear.' });
  }
  if (problems.length > 0) return { ok: false, problems };
  const acknowledges = state.openConcerns.map((c) => c.op);
  // Clearing moves from the stored level, expired or not, so an expired strike is tidied away.
  return { ok: true, action: build(input, 'clear', state.level, 0, acknowledges) };
}

/**
 * The evidence to pre-select in the concern or strike form: the strongest piece of each of the
 * strongest warning factors.
 *
 * @param rating - the current fit rating
 * @param max - how many to pre-select (default 3)
 * @returns evidence, strongest first
 * @example preselectEvidence(rating).length // => 3
 */
export function preselectEvidence(rating: FitRating | null, max = 3): ChosenEvidence[] {
  if (!rating) return [];
  const chosen: ChosenEvidence[] = [];
  const warnings = rating.factors.filter((f) => f.kind === 'warning' && f.evidence.length > 0);
  const strongest = warnings.toSorted((a, b) => a.points - b.points);
  for (const factor of strongest) {
    if (chosen.length >= max) break;
    const best = factor.evidence.toSorted((a, b) => b.weight - a.weight)[0];
    if (!best) continue;
    chosen.push({
      factorId: factor.id,
      ticketId: best.ticketId,
      commentId: best.commentId,
      date: best.date,
      excerpt: best.excerpt,
    });
  }
  return chosen;
}

/**
 * A sentence describing what an action will do, for the confirmation button.
 *
 * @param action - the planned action
 * @returns e.g. "Give strike 2 (was strike 1)"
 * @example describeAction(action) // => 'Give strike 2 (was strike 1)'
 */
export function describeAction(action: WarningAction): string {
  if (action.kind === 'concern') return 'Raise a concern';
  if (action.kind === 'clear') return action.expectedFrom === 0 ? 'Close the open concerns' : `Clear the warning (was ${levelName(action.expectedFrom)})`;
  return `Give ${levelName(action.to)} (was ${levelName(action.expectedFrom)})`;
}
