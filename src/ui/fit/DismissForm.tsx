import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Message, Textarea } from '@zendeskgarden/react-forms';
import { MAX_DISMISS_REASON, type CitingStep, type QuoteKey } from '../../core/dismissals';
import { useI18n } from '../i18n/I18nProvider';
import type { DismissalsView } from './useDismissals';

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

/** The reason for a dismissal and its confirmation; a quote a warning cites needs a reason. */
export function DismissForm({ view, dismissKey: key, name, step, busy, onClose }: {
  view: DismissalsView;
  dismissKey: QuoteKey;
  name: string;
  step: CitingStep | null;
  busy: boolean;
  onClose: () => void;
}) {
  const i18n = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async () => {
    if (step && reason.trim() === '') return setMissing(true);
    const ok = await view.dismiss({ ...key, reason, ...(step ? { warning: step.op } : {}) });
    if (ok) onClose();
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
        <Button size="small" disabled={busy} onClick={onClose}>
          {i18n.t('ui.action.cancel')}
        </Button>
      </Buttons>
    </Form>
  );
}
