import { encodeConcerns, isRecordedStep, parseWarningFields } from '../../core/warnings/fields';
import { warningState, type WarningState } from '../../core/warnings/state';
import type { WarningAction, WarningLevel, WarningSettings, WarningUser } from '../../core/warnings/types';
import { failureOf, WriteError, type WriteFailure, type WritePort } from './failure';
import { findOpNote, readRequester } from './read';
import type { StepName, StepReport, StepStatus, WriteResult } from './result';
import { addUserTags, convergence, ensureNote, ensureSupersededNote, fieldsForStep, removeUserTags, writeAppFields } from './steps';

export type { StepName, StepReport, StepStatus, WriteResult } from './result';

export interface RunOptions {
  /** The clock, for deciding whether a warning has expired; the current time by default. */
  now?: () => Date;
}

/** How often a concern is re-merged when another concern overwrote it at the same moment. */
const CONCERN_MERGE_ATTEMPTS = 3;

/** Reads (each after a write) before giving up on the customer settling while others write too. */
const MAX_CONVERGE_ROUNDS = 8;

function stepsOf(action: WarningAction): StepName[] {
  return action.kind === 'concern' ? ['note', 'fields', 'tags'] : ['check', 'note', 'fields', 'tags'];
}

/** The level a step moves from, as it stands on the record now. */
function currentLevel(user: WarningUser, action: WarningAction, settings: WarningSettings, now: Date): WarningLevel {
  const state = warningState(user, settings, now);
  // A clear moves from the stored level (expired or not); a strike from the level in force.
  return action.kind === 'clear' ? state.level : state.effectiveLevel;
}

function recordedBy(user: WarningUser, action: WarningAction): boolean {
  const parsed = parseWarningFields(user.user_fields);
  if (action.kind === 'concern') return parsed.concerns.open.some((c) => c.op === action.op);
  return isRecordedStep(parsed.record, action.op);
}

function storedCommentId(user: WarningUser, action: WarningAction): number | null {
  const parsed = parseWarningFields(user.user_fields);
  if (action.kind === 'concern') return parsed.concerns.open.find((c) => c.op === action.op)?.commentId ?? null;
  return parsed.record?.op === action.op ? parsed.record.commentId : null;
}

/** The level moved under the action: `user` is the record as found, `step` the step that found it. */
class Refused extends Error {
  constructor(
    readonly user: WarningUser,
    readonly step: StepName,
  ) {
    super('refused');
  }
}

/**
 * Writes a planned action to Zendesk as a list of steps (check the level, add the note, record on
 * the customer, tag), re-reading before each write. Running the same action again (same `op`) skips
 * what is already done, so a retry after a partial failure completes it without doubling anything,
 * and a double click records one step. A strike or clear is refused if the level moved since the
 * lead looked. Never throws for Zendesk failures: they are reported per step.
 *
 * @param port - the ZAF client (relative /api/v2 requests only)
 * @param action - from `planConcern`, `planStrike` or `planClear`
 * @param settings - the warning settings (expiry decides the level in force)
 * @param options - the clock
 * @returns what was done, what failed, and a message for the person
 * @example const result = await runWarningAction(client, plan.action, settings); result.status // => 'completed'
 */
export function runWarningAction(
  port: WritePort,
  action: WarningAction,
  settings: WarningSettings,
  options: RunOptions = {},
): Promise<WriteResult> {
  // A second click while the first is still writing joins it instead of racing it.
  const running = inFlight.get(action.op);
  if (running) return running;
  const run = runSteps(port, action, settings, options).finally(() => inFlight.delete(action.op));
  inFlight.set(action.op, run);
  return run;
}

const inFlight = new Map<string, Promise<WriteResult>>();

async function runSteps(
  port: WritePort,
  action: WarningAction,
  settings: WarningSettings,
  options: RunOptions,
): Promise<WriteResult> {
  const now = options.now ?? (() => new Date());
  const reports = new Map<StepName, StepReport>();
  for (const step of stepsOf(action)) {
    reports.set(step, { step, status: 'not-run', failure: null });
  }
  const mark = (step: StepName, status: StepStatus, failure: WriteFailure | null = null) => {
    reports.set(step, { step, status, failure });
  };

  let current: StepName = action.kind === 'concern' ? 'note' : 'check';
  let commentId: number | null = null;
  let closedBy: WriteResult['closedBy'] = null;
  try {
    let user = await readRequester(port, action.userId);
    const recorded = recordedBy(user, action);
    if (action.kind === 'concern' && !recorded && parseWarningFields(user.user_fields).concernsUnreadable) {
      current = 'fields';
      throw new WriteError({ kind: 'concerns-unreadable', status: null, step: 'fields', detail: null, retryAfterSeconds: null, retryable: false });
    }

    if (action.kind !== 'concern') {
      if (recorded) mark('check', 'already-done');
      else if (currentLevel(user, action, settings, now()) !== action.expectedFrom) throw new Refused(user, 'check');
      else mark('check', 'done');
    }

    current = 'note';
    commentId = recorded ? storedCommentId(user, action) : null;
    // Whether `user` is still the customer as they are now: nothing written since it was read.
    let fresh = true;
    if (commentId !== null) {
      mark('note', 'already-done');
    } else {
      const note = await ensureNote(port, action);
      commentId = note.commentId;
      mark('note', note.already ? 'already-done' : 'done');
      fresh = note.already;
    }

    current = 'fields';
    if (action.kind !== 'concern') {
      if (recorded) mark('fields', 'already-done');
      else {
        // Re-read right before writing: another lead may have acted while the note was written.
        user = await readRequester(port, action.userId);
        if (!recordedBy(user, action)) {
          if (currentLevel(user, action, settings, now()) !== action.expectedFrom) throw new Refused(user, 'fields');
          await writeAppFields(port, action.userId, fieldsForStep(user, action, commentId));
          user = await readRequester(port, action.userId);
          if (!recordedBy(user, action)) {
            // Another lead's step replaced ours between the write and the re-read: theirs stands.
            if (parseWarningFields(user.user_fields).record) throw new Refused(user, 'fields');
            throw fieldsMissing();
          }
        }
        mark('fields', 'done');
        fresh = true;
      }
    }

    // Bring the concerns field and the tags in line with the record as it is now, re-reading after
    // every write until a read shows them agreeing (see docs/warnings.md, "Tags, fields and notes converge").
    const own = action.kind === 'concern' ? { action, commentId } : null;
    let ownWrites = 0;
    let tagWrites = 0;
    for (let round = 0; ; round++) {
      if (!fresh) user = await readRequester(port, action.userId);
      fresh = false;
      if (round >= MAX_CONVERGE_ROUNDS) throw notConverged(current);
      const change = convergence(user, own);
      if (own && change.ownClosed) {
        // A team lead closed this concern (seen from its note) before it was recorded: it stays closed.
        const record = parseWarningFields(user.user_fields).record;
        closedBy = record ? { name: record.by.name, at: record.at } : null;
        mark('fields', 'not-needed');
      }
      if (change.concerns) {
        const adding = own !== null && !change.ownClosed && !recordedBy(user, action);
        current = adding ? 'fields' : 'tags';
        if (adding && ownWrites++ >= CONCERN_MERGE_ATTEMPTS) throw fieldsMissing();
        await writeAppFields(port, action.userId, { customer_fit_concerns: encodeConcerns(change.concerns) });
        continue;
      }
      if (own && !change.ownClosed) mark('fields', recorded ? 'already-done' : 'done');
      current = 'tags';
      if (change.tags.add.length > 0) await addUserTags(port, action.userId, change.tags.add);
      if (change.tags.remove.length > 0) await removeUserTags(port, action.userId, change.tags.remove);
      if (change.tags.add.length + change.tags.remove.length > 0) {
        tagWrites += 1;
        continue;
      }
      break;
    }
    mark('tags', tagWrites > 0 ? 'done' : 'already-done');

    if (action.kind !== 'concern') {
      // A last look: a lead who acted on the same level at the same instant may have written after
      // our check. A step that read ours and followed it names ours among the steps it follows.
      if (!isRecordedStep(parseWarningFields(user.user_fields).record, action.op)) throw new Refused(user, 'fields');
    }
  } catch (error) {
    if (error instanceof Refused) return refused(port, action, settings, now, reports, error, commentId, mark);
    const failure = failureOf(error, current);
    if (!failure) throw error;
    mark(current, 'failed', failure);
    return finish(port, action, settings, now, reports, commentId, failure, null);
  }
  return finish(port, action, settings, now, reports, commentId, null, closedBy);
}

/** Others writing at the same moment kept the customer from settling; trying again finishes it. */
function notConverged(step: StepName): WriteError {
  return new WriteError({ kind: 'conflict', status: null, step, detail: null, retryAfterSeconds: null, retryable: true });
}

function fieldsMissing(): WriteError {
  return new WriteError({ kind: 'fields-missing', status: null, step: 'fields', detail: null, retryAfterSeconds: null, retryable: false });
}

async function finalState(
  port: WritePort,
  action: WarningAction,
  settings: WarningSettings,
  now: () => Date,
): Promise<WarningState | null> {
  try {
    return warningState(await readRequester(port, action.userId), settings, now());
  } catch {
    return null;
  }
}

async function finish(
  port: WritePort,
  action: WarningAction,
  settings: WarningSettings,
  now: () => Date,
  reports: Map<StepName, StepReport>,
  commentId: number | null,
  failure: WriteFailure | null,
  closedBy: WriteResult['closedBy'],
): Promise<WriteResult> {
  const steps = [...reports.values()];
  // What counts as recorded: the note, the record or the concern's entry (a tag alone is not a step taken).
  const anyDone = steps.some((s) => (s.step === 'note' || s.step === 'fields') && (s.status === 'done' || s.status === 'already-done'));
  return {
    status: !failure ? 'completed' : anyDone ? 'partial' : 'failed',
    op: action.op,
    steps,
    commentId,
    failure,
    repeat: !failure && steps.every((s) => s.status !== 'done'),
    canRetry: failure ? failure.retryable : false,
    conflict: null,
    closedBy,
    state: await finalState(port, action, settings, now),
  };
}

async function refused(
  port: WritePort,
  action: WarningAction,
  settings: WarningSettings,
  now: () => Date,
  reports: Map<StepName, StepReport>,
  refusal: Refused,
  commentId: number | null,
  mark: (step: StepName, status: StepStatus, failure?: WriteFailure | null) => void,
): Promise<WriteResult> {
  const state = warningState(refusal.user, settings, now());
  const found = action.kind === 'clear' ? state.level : state.effectiveLevel;
  const by = state.latest?.by.name ?? null;
  const at = state.latest?.at ?? null;
  const conflict: WriteFailure = { kind: 'conflict', status: null, step: refusal.step, detail: null, retryAfterSeconds: null, retryable: false };
  mark(refusal.step, 'failed', conflict);

  // Our note may already be on the ticket (written before the other lead's step landed): say it does not count.
  try {
    const ownId = commentId ?? (await findOpNote(port, action.ticketId, action.op, action.by.id));
    if (ownId !== null) {
      commentId = ownId;
      mark('note', 'already-done');
      mark('superseded-note', 'not-run');
      const superseded = await ensureSupersededNote(port, action, { by: by ?? 'Someone', level: found });
      mark('superseded-note', superseded.already ? 'already-done' : 'done');
    }
  } catch (error) {
    const failure = failureOf(error, 'superseded-note');
    if (!failure) throw error;
    if (commentId !== null) mark('superseded-note', 'failed', failure);
  }
  return {
    status: 'refused',
    op: action.op,
    steps: [...reports.values()],
    commentId,
    failure: null,
    repeat: false,
    canRetry: false,
    conflict: { level: found, by, at },
    closedBy: null,
    state: await finalState(port, action, settings, now),
  };
}

/** What withdrawing a decision found. */
export interface WithdrawResult {
  /**
   * `withdrawn`: its note is on the ticket, now followed by a note that it was not recorded;
   * `nothing-written`: no note of it was found, so there is nothing to mark; `recorded`: it was
   * recorded after all (an answer lost on the way), so it stands and cannot be withdrawn;
   * `failed`: Zendesk could not be asked or written to (see `failure`).
   */
  status: 'withdrawn' | 'nothing-written' | 'recorded' | 'failed';
  failure: WriteFailure | null;
}

/**
 * Withdraws a decision that failed part way, because the person changed it (a new reason or other
 * evidence is a new decision, with a new operation id) or cancelled it. Its note, if written, stays
 * on the ticket, followed by a short note that it was not recorded, so the ticket never carries two
 * live notes for one step. A decision already recorded on the customer is left as it is.
 *
 * @param port - the ZAF client
 * @param action - the decision to withdraw, as it was sent
 * @returns what was found and done
 * @example await withdrawWarningAction(client, sent.action) // => { status: 'withdrawn', failure: null }
 */
export async function withdrawWarningAction(port: WritePort, action: WarningAction): Promise<WithdrawResult> {
  // A run of the same decision still writing finishes first, so nothing lands after the withdrawal.
  await inFlight.get(action.op)?.catch(() => undefined);
  let step: StepName = 'check';
  try {
    if (recordedBy(await readRequester(port, action.userId), action)) return { status: 'recorded', failure: null };
    step = 'note';
    if ((await findOpNote(port, action.ticketId, action.op, action.by.id)) === null) return { status: 'nothing-written', failure: null };
    step = 'superseded-note';
    await ensureSupersededNote(port, action, 'withdrawn');
    return { status: 'withdrawn', failure: null };
  } catch (error) {
    const failure = failureOf(error, step);
    if (!failure) throw error;
    return { status: 'failed', failure };
  }
}
