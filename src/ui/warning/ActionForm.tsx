import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Fieldset, Hint, Label, Message, Textarea } from '@zendeskgarden/react-forms';
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { FitRating } from '../../core/rating/types';
import {
  cleanReason,
  MAX_REASON_LENGTH,
  planClear,
  planConcern,
  planStrike,
  preselectEvidence,
  stepKind,
  type ActionStep,
  type ChosenEvidence,
  type CurrentUserLike,
  type PlanProblem,
  type WarningAction,
  type WarningSettings,
  type WarningUser,
} from '../../core/warnings';
import { systemClock } from '../../zendesk/clock';
import { newOpId, runWarningAction, withdrawWarningAction, type WriteFailure, type WriteResult } from '../../zendesk/writes';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { catalogs } from '../i18n/catalogs';
import { createTranslator } from '../i18n/translate';
import { stepExplain, stepName } from './steps';
import { failureWords, resultWords } from './write-words';

const Form = styled.form`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.sm};
`;

const Buttons = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;

/** Notes are written in English whoever writes them, so that every lead reads the same record. */
const NOTE_WORDS = createTranslator('en', catalogs);

/** Evidence the agent can choose from: the strongest few quotes of each warning factor, named in words for the note. */
export function candidates(rating: FitRating | null): ChosenEvidence[] {
  if (!rating) return [];
  return rating.factors
    .filter((factor) => factor.kind === 'warning')
    .flatMap((factor) =>
      factor.evidence.slice(0, 3).map((e) => ({ factorId: factor.id, name: NOTE_WORDS.t(`ui.factor.${factor.id}.name`), ticketId: e.ticketId, commentId: e.commentId, date: e.date, excerpt: e.excerpt })),
    )
    .slice(0, 12);
}

const keyOf = (e: ChosenEvidence) => `${e.factorId}:${e.ticketId}:${e.commentId}:${e.excerpt.slice(0, 40)}`;

const keysOf = (list: ChosenEvidence[]) => list.map(keyOf).toSorted().join('|');

/** Whether the form still holds the decision that was sent: the same reason and the same evidence. */
function sameDecision(action: WarningAction, reason: string, evidence: ChosenEvidence[]): boolean {
  return cleanReason(reason) === action.reason && keysOf(evidence) === keysOf(action.evidence);
}

/** Whether the step is recorded on the customer (its record or concern entry written). */
function isRecorded(result: WriteResult): boolean {
  const fields = result.steps.find((s) => s.step === 'fields')?.status;
  return fields === 'done' || fields === 'already-done';
}

interface Props {
  step: ActionStep;
  user: WarningUser;
  me: CurrentUserLike;
  /** The ticket the note goes on, and whether it is the one on screen. */
  ticket: { id: number; here: boolean };
  /** How many concerns are open, listed above the form. */
  openConcerns: number;
  rating: FitRating | null;
  settings: WarningSettings;
  accountUrl: string | null;
  onDone: (result: WriteResult) => void;
  onCancel: () => void;
}

/**
 * Raise a concern, give a strike, clear a warning or close concerns, named as the step it records
 * ("Give strike 2"): a reason, the evidence (pre-selected from the
 * strongest factors), and one button that is locked while writing. A write that fails part way can
 * be finished with the same operation, so nothing is recorded twice.
 */
export function ActionForm({ step, user, me, ticket, openConcerns, rating, settings, accountUrl, onDone, onCancel }: Props) {
  const client = useClient();
  const i18n = useI18n();
  const kind = stepKind(step);
  const name = i18n.t(stepName(step));
  const options = useMemo(() => candidates(rating), [rating]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(preselectEvidence(rating).map(keyOf)));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<PlanProblem[]>([]);
  const [busy, setBusy] = useState(false);
  // The decision last sent and what came of it: until it completes, the form belongs to it.
  const [sent, setSent] = useState<{ action: WarningAction; result: WriteResult } | null>(null);
  const [withdrawFailure, setWithdrawFailure] = useState<WriteFailure | null>(null);
  // One decision, one operation id: a retry or a second click reuses it; a changed decision gets a new one.
  const [op, setOp] = useState(() => newOpId());
  const evidence = options.filter((e) => chosen.has(keyOf(e)));
  // Once the step is recorded on the customer, its reason and evidence are what the record says.
  const locked = sent !== null && isRecorded(sent.result);
  const resumes = sent !== null && sent.result.status !== 'refused' && (locked || sameDecision(sent.action, reason, evidence));

  const write = async (action: WarningAction) => {
    const result = await runWarningAction(client, action, settings);
    if (result.status === 'completed') onDone(result);
    else setSent({ action, result });
  };

  /** Marks the decision sent before as not recorded; false when that could not be done (and says why). */
  const withdraw = async (action: WarningAction): Promise<'withdrawn' | 'recorded' | false> => {
    const outcome = await withdrawWarningAction(client, action);
    if (outcome.status === 'failed') {
      setWithdrawFailure(outcome.failure);
      return false;
    }
    setWithdrawFailure(null);
    return outcome.status === 'recorded' ? 'recorded' : 'withdrawn';
  };

  const run = async (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run(async () => {
      if (sent && resumes) {
        // The same decision again: it resumes where it stopped, with the reason its note already has.
        return write(sent.action);
      }
      let opNow = op;
      if (sent && sent.result.status !== 'refused') {
        // A changed reason or evidence is a new decision: the old one is marked not recorded first.
        const withdrawn = await withdraw(sent.action);
        if (withdrawn === false) return;
        if (withdrawn === 'recorded') return write(sent.action);
        opNow = newOpId();
        setOp(opNow);
        setSent(null);
      }
      // The decision is stamped now, when the person confirms: a form can stay open for hours, and the
      // date of a strike is what its expiry counts from. A retry keeps this stamp (same action).
      const now = new Date(systemClock.now());
      const input = { op: opNow, user, ticketId: ticket.id, by: me, reason, evidence, rating, settings, now, accountUrl };
      const plan = kind === 'concern' ? planConcern(input) : kind === 'strike' ? planStrike(input) : planClear(input);
      if (!plan.ok) return setProblems(plan.problems);
      setProblems([]);
      return write(plan.action);
    });
  };

  const cancel = () => {
    void run(async () => {
      const open = sent && (sent.result.status === 'partial' || sent.result.status === 'failed') ? sent : null;
      if (!open) return sent?.result.status === 'refused' ? onDone(sent.result) : onCancel();
      if (isRecorded(open.result)) return onCancel();
      // Cancelling a half-done step withdraws it, so a later step is not a second note for the same decision.
      const withdrawn = await withdraw(open.action);
      if (withdrawn === 'recorded') return write(open.action);
      if (withdrawn !== false) onCancel();
    });
  };

  // The plan's problems are codes: the form words them in the agent's language.
  const problemWords = (problem: PlanProblem) => i18n.t(`ui.plan.${problem.code}`, problem.values);
  const reasonProblem = problems.find((p) => p.field === 'reason');
  const evidenceProblem = problems.find((p) => p.field === 'evidence');
  const otherProblems = problems.filter((p) => p.field !== 'reason' && p.field !== 'evidence');
  const result = sent?.result;

  return (
    <Form onSubmit={submit} data-testid={`form-${kind}`} data-step={step} aria-label={name}>
      <SM isBold tag="h3">{name}</SM>
      <SM>{i18n.t(stepExplain(step))}</SM>
      {step === 'concern' && openConcerns > 0 && <SM>{i18n.t('ui.action.concern.seeOpen')}</SM>}
      {step === 'finalNotice' && (
        <SM>
          <strong>{i18n.t('ui.action.strike.agreed')}</strong> {settings.finalNoticeText}
        </SM>
      )}
      <SM data-testid="note-ticket">
        {ticket.here ? i18n.t('ui.action.noteHere') : i18n.t('ui.action.noteOn', { id: String(ticket.id) })}
      </SM>
      <Field>
        <Label>{i18n.t('ui.action.reason')}</Label>
        <Hint>{i18n.t('ui.action.reasonHint')}</Hint>
        <Textarea
          value={reason}
          maxLength={MAX_REASON_LENGTH}
          minRows={2}
          readOnly={locked}
          onChange={(event) => setReason(event.target.value)}
          validation={reasonProblem ? 'error' : undefined}
          data-testid="reason"
        />
        {reasonProblem && <Message validation="error">{problemWords(reasonProblem)}</Message>}
      </Field>
      {options.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{i18n.t('ui.action.evidence')}</Fieldset.Legend>
          {options.map((e) => {
            const key = keyOf(e);
            return (
              <Field key={key}>
                <Checkbox
                  checked={chosen.has(key)}
                  disabled={locked}
                  onChange={() =>
                    setChosen((old) => {
                      const next = new Set(old);
                      if (next.has(key)) next.delete(key);
                      else next.add(key);
                      return next;
                    })
                  }
                >
                  <Label isRegular>
                    {i18n.t(`ui.factor.${e.factorId}.name`)}: “{e.excerpt}”
                  </Label>
                </Checkbox>
              </Field>
            );
          })}
          {evidenceProblem && <Message validation="error">{problemWords(evidenceProblem)}</Message>}
        </Fieldset>
      )}
      {otherProblems.map((p) => (
        <Message key={p.code} validation="error">{problemWords(p)}</Message>
      ))}
      {sent && result && (
        <Alert type={result.status === 'refused' ? 'info' : 'error'} data-testid="write-result" data-status={result.status}>
          <Title>{i18n.t(`ui.write.${result.status}`)}</Title>
          <SM>{resultWords(i18n, result, sent.action)}</SM>
        </Alert>
      )}
      {withdrawFailure && (
        <Alert type="error" data-testid="withdraw-result">
          <SM>{failureWords(i18n, withdrawFailure, sent?.action ?? null)}</SM>
        </Alert>
      )}
      <Buttons>
        <Button type="submit" isPrimary isDanger={kind === 'strike'} disabled={busy || result?.status === 'refused'} data-testid="confirm">
          {busy ? i18n.t('ui.action.writing') : resumes && result?.status === 'partial' ? i18n.t('ui.action.finish') : kind === 'concern' ? i18n.t('ui.action.concern.confirm') : name}
        </Button>
        <Button type="button" onClick={cancel} disabled={busy}>
          {i18n.t(result?.status === 'refused' ? 'ui.action.close' : 'ui.action.cancel')}
        </Button>
      </Buttons>
    </Form>
  );
}
