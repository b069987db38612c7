import { useMemo, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { FitRating } from '../../core/rating/types';
import type { Settings } from '../../core/settings';
import { isTeamLead, warningSettingsFromApp } from '../../core/warnings';
import type { RequesterRef } from '../../zendesk/history/requester';
import type { WriteResult } from '../../zendesk/writes';
import { useAgentSession } from '../app/agent-session';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { ExplainRating } from '../fit/ExplainRating';
import { ActionForm, type ActionKind } from './ActionForm';
import { ConcernList } from './ConcernList';
import { WarningBanner } from './WarningBanner';
import { useWarning } from './useWarning';

const Buttons = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;

interface Props {
  requester: RequesterRef;
  ticketId: number | null;
  settings: Settings;
  rating: FitRating | null;
  now: Date;
  /** The rating panel, shown between the banner and the actions. */
  children: ReactNode;
}

/** The warning flag in the sidebar: the banner for everyone, concerns and strikes for those who may give them. */
export function WarningSection({ requester, ticketId, settings, rating, now, children }: Props) {
  const client = useClient();
  const i18n = useI18n();
  const { accountUrl } = useAgentSession();
  const warning = useMemo(() => warningSettingsFromApp(settings), [settings]);
  const view = useWarning(client, requester.id, warning, now);
  const [open, setOpen] = useState<ActionKind | null>(null);
  const [done, setDone] = useState<WriteResult | null>(null);
  const { state, user, me } = view;
  const lead = me ? isTeamLead(me, warning) : false;

  const finish = (result: WriteResult) => {
    setOpen(null);
    setDone(result.status === 'completed' ? result : null);
    view.show(result.state);
    // The next decision must start from the customer as they are now, not as they were read before.
    view.refresh();
  };

  return (
    <>
      {view.failure && (
        <Alert type="warning" data-testid="warning-unreadable">
          <SM>{view.failure.message}</SM>
          <Button size="small" onClick={view.refresh}>{i18n.t('ui.retry')}</Button>
        </Alert>
      )}
      {state && <WarningBanner state={state} now={now} />}
      {state && lead && <ConcernList state={state} now={now} />}
      {children}
      {done && (
        <Alert type="success" data-testid="write-done">
          <SM>{i18n.t(`ui.write.done.${done.steps.some((s) => s.step === 'note') ? 'withNote' : 'plain'}`)}</SM>
        </Alert>
      )}
      {state && user && me && ticketId !== null && open && (
        <ActionForm
          kind={open}
          user={user}
          me={me}
          ticketId={ticketId}
          rating={rating}
          settings={warning}
          accountUrl={accountUrl}
          now={now}
          onDone={finish}
          onCancel={() => setOpen(null)}
        />
      )}
      {state && user && me && ticketId !== null && !open && (
        <Buttons data-testid="warning-actions">
          <Button size="small" onClick={() => { setDone(null); setOpen('concern'); }}>{i18n.t('ui.action.concern.open')}</Button>
          {lead && state.nextStrike !== null && (
            <Button size="small" isDanger onClick={() => { setDone(null); setOpen('strike'); }} data-testid="open-strike">
              {i18n.t(`ui.action.strike.open${state.nextStrike}`)}
            </Button>
          )}
          {lead && (state.level > 0 || state.openConcerns.length > 0) && (
            <Button size="small" onClick={() => { setDone(null); setOpen('clear'); }}>{i18n.t('ui.action.clear.open')}</Button>
          )}
        </Buttons>
      )}
      {lead && rating && rating.band !== 'insufficient' && <ExplainRating rating={rating} name={requester.name ?? user?.name ?? ''} />}
    </>
  );
}
