import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { HistoryComment } from '../../core/history';
import type { FitRating } from '../../core/rating/types';
import type { Settings } from '../../core/settings';
import { actionStep, isTeamLead, warningSettingsFromApp, type WarningActionKind } from '../../core/warnings';
import type { RequesterRef } from '../../zendesk/history/requester';
import type { WriteResult } from '../../zendesk/writes';
import { useAgentSession } from '../app/agent-session';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { ExplainRating } from '../fit/ExplainRating';
import { ConcernList } from './ConcernList';
import { DismissedEvidence } from './DismissedEvidence';
import { stepName, type NoteTicket } from './steps';
import { UnverifiedSteps } from './UnverifiedSteps';
import { WarningBanner } from './WarningBanner';
import { useWarning } from './useWarning';
import { useWarningCheck } from './useWarningCheck';
import { failureWords } from './write-words';

// The form loads when a step is chosen: most sidebars never open it.
const ActionForm = lazy(() => import('./ActionForm').then((module) => ({ default: module.ActionForm })));

const Buttons = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  flex-wrap: wrap;
`;

interface Props {
  requester: RequesterRef;
  noteTicket: NoteTicket;
  settings: Settings;
  rating: FitRating | null;
  /** The history's comments, for the warning check; undefined while still being read. */
  notes: Record<string, HistoryComment[]> | null | undefined;
  /** The rating panel, shown between the banner and the actions. */
  children: ReactNode;
}

/**
 * The warning flag in the sidebar: the banner and the open concerns for everyone (a lead sees the
 * concerns first, to act on; an agent just above where they would raise another), and the steps
 * each person may take.
 */
export function WarningSection({ requester, noteTicket, settings, rating, notes, children }: Props) {
  const client = useClient();
  const i18n = useI18n();
  const { accountUrl } = useAgentSession();
  const warning = useMemo(() => warningSettingsFromApp(settings), [settings]);
  const view = useWarning(client, requester.id, warning);
  // The form follows the state: if another lead acts meanwhile, it names the step now due.
  const [open, setOpen] = useState<WarningActionKind | null>(null);
  const [done, setDone] = useState<{ result: WriteResult; ticketId: number; here: boolean } | null>(null);
  const { state, user, me } = view;
  const check = useWarningCheck(client, user, warning, notes);
  const lead = me ? isTeamLead(me, warning) : false;
  const ticket = noteTicket === 'none' ? null : noteTicket;
  const strike = state && lead ? actionStep('strike', state) : null;
  const clear = state && lead ? actionStep('clear', state) : null;
  const step = open && state ? actionStep(open, state) : null;
  const start = (kind: WarningActionKind) => {
    setDone(null);
    setOpen(kind);
  };

  const finish = (result: WriteResult) => {
    setOpen(null);
    setDone(result.status === 'completed' && ticket ? { result, ticketId: ticket.id, here: ticket.here } : null);
    view.show(result.state);
    // The next decision must start from the customer as they are now, not as they were read before.
    view.refresh();
  };

  return (
    <>
      {view.failure && (
        <Alert type="warning" data-testid="warning-unreadable">
          <SM>{failureWords(i18n, view.failure, null)}</SM>
          <Button size="small" onClick={view.refresh}>{i18n.t('ui.retry')}</Button>
        </Alert>
      )}
      {state && (
        <WarningBanner
          state={state}
          now={view.now}
          checked={check.status === 'done' ? (check.check.unverified.length > 0 ? 'unverified' : 'verified') : check.status === 'failed' ? 'unknown' : null}
        />
      )}
      {state && <UnverifiedSteps view={check} />}
      {state && <DismissedEvidence state={state} rating={rating} />}
      {state && lead && <ConcernList state={state} now={view.now} />}
      {children}
      {state && !lead && <ConcernList state={state} now={view.now} />}
      {done && (
        <Alert type="success" data-testid="write-done">
          <SM>
            {done.result.closedBy
              ? i18n.t('ui.write.done.closed', { name: done.result.closedBy.name })
              : !done.result.steps.some((s) => s.step === 'note')
              ? i18n.t('ui.write.done.plain')
              : done.here
                ? i18n.t('ui.write.done.withNote')
                : i18n.t('ui.write.done.noteOn', { id: String(done.ticketId) })}
          </SM>
        </Alert>
      )}
      {noteTicket === 'none' && <SM data-testid="no-note-ticket">{i18n.t('ui.action.noTicket')}</SM>}
      {state && user && me && ticket && step && (
        <Suspense fallback={null}>
          <ActionForm
            step={step}
            user={user}
            me={me}
            ticket={ticket}
            openConcerns={state.openConcerns.length}
            rating={rating}
            settings={warning}
            accountUrl={accountUrl}
            onDone={finish}
            onCancel={() => setOpen(null)}
          />
        </Suspense>
      )}
      {state && user && me && ticket && !step && (
        <Buttons data-testid="warning-actions">
          <Button size="small" onClick={() => start('concern')}>{i18n.t('ui.action.concern.open')}</Button>
          {strike && (
            <Button size="small" isDanger onClick={() => start('strike')} data-testid="open-strike">
              {i18n.t(stepName(strike))}
            </Button>
          )}
          {clear && (
            <Button size="small" onClick={() => start('clear')} data-testid="open-clear">
              {i18n.t(stepName(clear))}
            </Button>
          )}
        </Buttons>
      )}
      {lead && rating && rating.band !== 'insufficient' && <ExplainRating rating={rating} name={requester.name ?? user?.name ?? ''} />}
    </>
  );
}
