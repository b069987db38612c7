import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Textarea } from '@zendeskgarden/react-forms';
import { citedBy, MAX_DISMISS_REASON, quoteId } from '../../core/dismissals';
import type { Evidence } from '../../core/rating/types';
import type { SignalId } from '../../core/signals/types';
import { useI18n } from '../i18n/I18nProvider';
import { useDismissContext } from './dismiss-context';

const Form = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.xs};
  margin-top: ${(p) => p.theme.space.xxs};
`;

const Buttons = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;

/**
 * "Not a red flag" on one quote: a short, optional reason, and the quote stops counting for the
 * whole team. A quote a warning cites needs a reason, and the form says the warning will show it.
 */
export function DismissAction({ evidence, signal, kind }: { evidence: Evidence; signal: SignalId; kind: 'warning' | 'good' }) {
  const i18n = useI18n();
  const context = useDismissContext();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  if (!context || !context.view.allowed || evidence.quote === undefined) return null;
  const { view, citing } = context;
  const quote = evidence.quote;
  const key = { ticketId: evidence.ticketId, commentId: evidence.commentId, signal, quote };
  const busy = view.saving === quoteId(key);
  const step = citedBy(citing, evidence.ticketId, evidence.commentId);
  const name = i18n.t(`ui.factor.${signal}.name`);

  if (!open) {
    return (
      <Button isLink size="small" onClick={() => setOpen(true)} data-testid="dismiss-open">
        {i18n.t(kind === 'good' ? 'ui.dismiss.openGood' : 'ui.dismiss.open')}
        {/* Every quote has this button: its accessible name says which signal it dismisses. */}
        <span className="cf-visually-hidden">
          {' '}
          ({name})
        </span>
      </Button>
    );
  }

  const submit = async () => {
    if (step && reason.trim() === '') return setMissing(true);
    const ok = await view.dismiss({ ...key, reason, ...(step ? { warning: step.op } : {}) });
    if (ok) setOpen(false);
  };

  return (
    <Form data-testid="dismiss-form">
      <Field>
        <Label>{i18n.t(step ? 'ui.dismiss.reasonRequired' : 'ui.dismiss.reason', { signal: name })}</Label>
        <Hint>{i18n.t('ui.dismiss.hint')}</Hint>
        {step && <Hint data-testid="dismiss-cited">{i18n.t(step.kind === 'strike' ? 'ui.dismiss.citedStrike' : 'ui.dismiss.citedConcern')}</Hint>}
        <Textarea
          value={reason}
          maxLength={MAX_DISMISS_REASON}
          minRows={1}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          validation={missing ? 'error' : undefined}
          data-testid="dismiss-reason"
        />
        {missing && <Message validation="error">{i18n.t('ui.dismiss.reasonMissing')}</Message>}
      </Field>
      <Buttons>
        <Button size="small" isPrimary disabled={busy} onClick={() => void submit()} data-testid="dismiss-confirm">
          {busy ? i18n.t('ui.dismiss.saving') : i18n.t('ui.dismiss.confirm')}
        </Button>
        <Button size="small" disabled={busy} onClick={() => setOpen(false)}>
          {i18n.t('ui.action.cancel')}
        </Button>
      </Buttons>
    </Form>
  );
}
