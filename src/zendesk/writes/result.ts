import { CONCERN_TAG } from '../../core/warnings/fields';
import { levelName, type WarningState } from '../../core/warnings/state';
import type { WarningAction, WarningLevel } from '../../core/warnings/types';
import type { WriteFailure } from './failure';

// What writing an action reports back: each step's outcome and a message for the person.

/** The steps an action is made of, in order. */
export type StepName = 'check' | 'note' | 'fields' | 'tags' | 'superseded-note';

export type StepStatus = 'done' | 'already-done' | 'not-needed' | 'failed' | 'not-run';

/** What happened to one step. */
export interface StepReport {
  step: StepName;
  status: StepStatus;
  /** What the step does, in words, e.g. "Add the internal note to ticket #55". */
  description: string;
  failure: WriteFailure | null;
}

/**
 * The outcome of writing an action: `completed` (everything is recorded), `refused` (the level had
 * changed; the strike was not recorded), `partial` (some steps done, retry to finish) or `failed`
 * (nothing was written).
 */
export interface WriteResult {
  status: 'completed' | 'refused' | 'partial' | 'failed';
  op: string;
  steps: StepReport[];
  /** The note's comment id, once written. */
  commentId: number | null;
  /** One paragraph for the person: what was recorded, what was not, and what to do. */
  message: string;
  /** Whether running the same action again can finish it. */
  canRetry: boolean;
  /** Set when refused: the level found, who set it, and when. */
  conflict: { level: WarningLevel; by: string | null; at: string | null } | null;
  /** The requester's state after the write, for the banner; null when it could not be re-read. */
  state: WarningState | null;
}

/**
 * What a step does, in words, for the step list.
 *
 * @param action - the decision
 * @param step - the step
 * @returns e.g. "Add the internal note to ticket #55"
 * @example describe(action, 'note') // => 'Add the internal note to ticket #55'
 */
export function describe(action: WarningAction, step: StepName): string {
  switch (step) {
    case 'check':
      return `Check that the warning is still ${levelName(action.expectedFrom)}`;
    case 'note':
      return `Add the internal note to ticket #${action.ticketId}`;
    case 'fields':
      return action.kind === 'concern'
        ? 'Record the concern on the customer'
        : `Record ${action.kind === 'clear' ? 'the cleared warning' : levelName(action.to)} on the customer`;
    case 'tags':
      return action.kind === 'concern'
        ? `Tag the customer ${CONCERN_TAG} for the team leads`
        : "Update the customer's warning tags";
    case 'superseded-note':
      return `Add a note to ticket #${action.ticketId} that this step was not recorded`;
  }
}

/**
 * What is recorded so far, as one list of clauses.
 *
 * @param action - the decision
 * @param reports - the steps' outcomes
 * @param commentId - the note's id, when known
 * @returns e.g. "the internal note is on ticket #55 (comment 9001), strike 1 is recorded on the customer"
 * @example doneSentence(action, reports, 9001)
 */
export function doneSentence(action: WarningAction, reports: Map<StepName, StepReport>, commentId: number | null): string {
  const ok = (s: StepName) => {
    const status = reports.get(s)?.status;
    return status === 'done' || status === 'already-done';
  };
  const parts: string[] = [];
  if (ok('note')) parts.push(`the internal note is on ticket #${action.ticketId}${commentId === null ? '' : ` (comment ${commentId})`}`);
  if (ok('fields')) {
    parts.push(
      action.kind === 'concern'
        ? 'the concern is recorded on the customer'
        : action.kind === 'clear'
          ? 'the warning is recorded as cleared'
          : `${levelName(action.to)} is recorded on the customer`,
    );
  }
  if (action.kind === 'concern' && ok('tags')) parts.push(`the customer is tagged ${CONCERN_TAG}`);
  return parts.join(', ');
}

/**
 * The text with its first letter in upper case.
 *
 * @param text - any text
 * @returns the same text, capitalised
 * @example capital('strike 1') // => 'Strike 1'
 */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
