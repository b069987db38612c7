import type { WarningAction, WarningLevel } from '../../core/warnings';
import type { WriteFailure, WriteResult } from '../../zendesk/writes';
import { formatExact } from '../i18n/dates';
import type { Translator } from '../i18n/translate';

/**
 * The words for a write's outcome, in the agent's language. The writes report data (which step,
 * what went wrong, the HTTP status, how long to wait); this is the one place that turns it into
 * sentences.
 */

/** The decision a failure belongs to, in the parts its words need; null for the sidebar's own read. */
export type Decision = Pick<WarningAction, 'kind' | 'ticketId' | 'to'> | null;

const FAILURE_KEYS: Record<WriteFailure['kind'], string> = {
  forbidden: 'forbidden',
  'not-found': 'notFound',
  conflict: 'conflict',
  invalid: 'invalid',
  'rate-limited': 'rateLimited',
  server: 'server',
  network: 'network',
  timeout: 'timeout',
  unreadable: 'unreadable',
  'fields-missing': 'fieldsMissing',
  'concerns-unreadable': 'concernsUnreadable',
};

/** "strike 1" in a sentence, "1. Verwarnung" on its own. */
function level(i18n: Translator, value: WarningLevel, bare = false): string {
  return i18n.t(`ui.write.${bare ? 'bare' : 'level'}.${value}`);
}

/** What the step was doing, as the end of "Could not ...". */
function what(i18n: Translator, failure: WriteFailure, decision: Decision): string {
  const id = String(decision?.ticketId ?? '');
  switch (failure.step) {
    case 'read':
    case 'check':
      return i18n.t('ui.write.what.read');
    case 'note':
      return i18n.t('ui.write.what.note', { id });
    case 'fields':
      return i18n.t(`ui.write.what.fields.${decision?.kind ?? 'concern'}`, { level: level(i18n, decision?.to ?? 0) });
    case 'tags':
      return i18n.t('ui.write.what.tags');
    case 'superseded-note':
      return i18n.t('ui.write.what.superseded', { id });
  }
}

/**
 * One failure in words: what could not be done, why, and what to do.
 *
 * @param i18n - the agent's translator
 * @param failure - the failure as the writes report it
 * @param decision - the decision it belongs to (for the ticket and the level), or null for a read
 * @returns e.g. "Zendesk hat Ihnen nicht erlaubt, die interne Notiz in Ticket #55 anzulegen (403). ..."
 * @example failureWords(en, { kind: 'timeout', step: 'note', ... }, action) // => 'Could not add the internal note to ticket #55: Zendesk did not answer in time. ...'
 */
export function failureWords(i18n: Translator, failure: WriteFailure, decision: Decision): string {
  let key = FAILURE_KEYS[failure.kind];
  if (failure.kind === 'invalid' && failure.detail) key = 'invalidDetail';
  if (failure.kind === 'rate-limited' && failure.retryAfterSeconds === null) key = 'rateLimitedNoWait';
  return i18n.t(`ui.write.failure.${key}`, {
    what: what(i18n, failure, decision),
    status: String(failure.status ?? ''),
    detail: failure.detail ?? '',
    seconds: String(failure.retryAfterSeconds ?? ''),
  });
}

function recorded(result: WriteResult, step: string): boolean {
  const status = result.steps.find((s) => s.step === step)?.status;
  return status === 'done' || status === 'already-done';
}

/** What is recorded so far, as one list of clauses. */
function doneSoFar(i18n: Translator, result: WriteResult, action: WarningAction): string {
  const parts: string[] = [];
  if (recorded(result, 'note')) parts.push(i18n.t('ui.write.did.note', { id: String(action.ticketId) }));
  if (recorded(result, 'fields')) parts.push(i18n.t(`ui.write.did.fields.${action.kind}`, { level: level(i18n, action.to) }));
  if (action.kind === 'concern' && recorded(result, 'tags')) parts.push(i18n.t('ui.write.did.tags'));
  return parts.join(', ');
}

/**
 * The paragraph under a write that did not complete: what is recorded, what is not and why, and
 * what to do next.
 *
 * @param i18n - the agent's translator
 * @param result - what `runWarningAction` returned
 * @param action - the decision that was written
 * @returns the paragraph; empty for a completed write (the sidebar confirms those in a line of its own)
 * @example resultWords(en, partial, action) // => 'Done so far: the internal note is on ticket #55. Not done: ...'
 */
export function resultWords(i18n: Translator, result: WriteResult, action: WarningAction): string {
  if (result.status === 'refused') return refusalWords(i18n, result, action);
  if (!result.failure) return '';
  const failure = failureWords(i18n, result.failure, action);
  if (result.status === 'failed') return i18n.t('ui.write.failedText', { failure });
  return i18n.t('ui.write.partialText', { done: doneSoFar(i18n, result, action), failure });
}

function refusalWords(i18n: Translator, result: WriteResult, action: WarningAction): string {
  const conflict = result.conflict ?? { level: action.expectedFrom, by: null, at: null };
  const move = { level: level(i18n, conflict.level), from: level(i18n, action.expectedFrom, true), to: level(i18n, action.to, true) };
  const sentences = [
    conflict.by
      ? i18n.t('ui.write.conflict.by', { ...move, name: conflict.by, date: conflict.at ? formatExact(new Date(conflict.at), i18n.locale) : '' })
      : i18n.t('ui.write.conflict.now', move),
  ];
  const marked = result.steps.find((s) => s.step === 'superseded-note');
  const id = String(action.ticketId);
  if (!marked) sentences.push(i18n.t('ui.write.conflict.nothingWritten'));
  else if (marked.failure) sentences.push(i18n.t('ui.write.conflict.noteUnmarked', { id, failure: failureWords(i18n, marked.failure, action) }));
  else sentences.push(i18n.t('ui.write.conflict.noteStays', { id }));
  sentences.push(i18n.t('ui.write.conflict.decideAgain'));
  return sentences.join(' ');
}
