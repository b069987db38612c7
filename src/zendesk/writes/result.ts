import type { WarningState } from '../../core/warnings/state';
import type { WarningLevel } from '../../core/warnings/types';
import type { WriteFailure } from './failure';

// What writing an action reports back: each step's outcome, as data; the sidebar words it.

/** The steps an action is made of, in order. */
export type StepName = 'check' | 'note' | 'fields' | 'tags' | 'superseded-note';

export type StepStatus = 'done' | 'already-done' | 'not-needed' | 'failed' | 'not-run';

/** What happened to one step. */
export interface StepReport {
  step: StepName;
  status: StepStatus;
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
  /** What stopped the write (for `partial` and `failed`); null otherwise. */
  failure: WriteFailure | null;
  /** Completed, and everything had already been recorded: nothing was written this time. */
  repeat: boolean;
  /** Whether running the same action again can finish it. */
  canRetry: boolean;
  /** Set when refused: the level found, who set it, and when. */
  conflict: { level: WarningLevel; by: string | null; at: string | null } | null;
  /** Set for a concern a team lead closed before it was recorded: it stays closed. */
  closedBy: { name: string; at: string } | null;
  /** The requester's state after the write, for the banner; null when it could not be re-read. */
  state: WarningState | null;
}
