import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { ADVANCED_SETTING, parseSettings, SETTING_DEFINITIONS } from '../../core/settings';
import type { RequesterRef } from '../../zendesk/history/requester';
import { useAgentSession } from '../app/agent-session';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { noteTicket } from '../warning/steps';
import { WarningSection } from '../warning/WarningSection';
import { FitPanel } from './FitPanel';
import { requesterHeading } from './requester-heading';
import { useFitRating } from './useFitRating';
import { createReader } from '../../core/rating';
import { useSignalModel } from '../app/model-context';
import { citingSteps } from '../../core/dismissals';
import { DismissContext } from './dismiss-context';
import { useDismissals } from './useDismissals';

const Stack = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.md};
`;

interface Props {
  requester: RequesterRef | null | undefined;
  ticketId: number | null;
  fromProfile?: boolean;
}

/**
 * Everything the sidebar shows about one customer: the warning banner first, then the rating with
 * its evidence, then the warning-flag actions. Both sidebar locations render this; on the profile
 * (`fromProfile`) there is no ticket on screen, so a step's note goes on the customer's latest one.
 */
export function CustomerFit({ requester, ticketId, fromProfile = false }: Props) {
  const client = useClient();
  const i18n = useI18n();
  const { currentUser, rawSettings, accountName } = useAgentSession();
  const { settings, problems } = useMemo(() => parseSettings(rawSettings), [rawSettings]);
  // The rating is computed for one moment, the opening of the sidebar, so its snapshots agree; the
  // warning flag reads the clock itself, at each read and when a step is confirmed.
  const [now] = useState(() => new Date());
  const hidden = settings.hide_rating_from_roles.includes(currentUser.role.toLowerCase());
  const model = useSignalModel();
  // One reader per loaded model: it remembers what it read across the history's snapshots.
  const reader = useMemo(() => (model.status === 'loading' ? null : createReader(model.status === 'ready' ? model.model : null)), [model]);
  const dismissals = useDismissals(client, hidden ? null : (requester?.id ?? null), settings);
  const view = useFitRating(client, hidden ? undefined : requester, settings, now, { namespace: accountName, agentId: currentUser.id }, reader, dismissals.dismissals);
  const comments = view.update?.history?.comments;
  const citing = useMemo(() => (comments ? citingSteps(comments) : []), [comments]);
  const dismissContext = useMemo(() => ({ view: dismissals, citing }), [dismissals, citing]);

  const heading = requester?.name ? (
    <SM isBold data-testid="requester">
      {requesterHeading(
        requester.name,
        { failed: view.failed, ratedTickets: view.rating?.stats.tickets ?? null, coverage: view.update?.coverage ?? null, done: view.update?.done ?? false },
        i18n,
      )}
    </SM>
  ) : null;
  // The warning check looks for earlier strikes' notes among the comments the history read; it waits
  // for the history to finish, and goes without when there is none to wait for.
  const notes = hidden || view.failed ? null : view.update?.done ? (view.update.history?.comments ?? null) : undefined;
  const panel = hidden ? (
    <SM data-testid="rating-hidden">{i18n.t('ui.hidden')}</SM>
  ) : (
    <DismissContext.Provider value={dismissContext}>
      <FitPanel view={view} now={now} />
    </DismissContext.Provider>
  );
  return (
    <Stack>
      {heading}
      {model.status === 'failed' && !hidden && (
        <Alert type="warning" data-testid="detection-incomplete">
          <Title>{i18n.t('ui.detection.incompleteTitle')}</Title>
          <SM>{i18n.t('ui.detection.incomplete')}</SM>
        </Alert>
      )}
      {problems.length > 0 && currentUser.role === 'admin' && (
        // Only an admin can mend the settings; an agent would see keys they cannot act on.
        <Alert type="info" data-testid="settings-problems">
          <Title>{i18n.t('ui.settings.problemsTitle')}</Title>
          {problems.map((problem) => (
            <SM key={problem.setting}>
              {settingLabel(problem.setting, i18n.locale)}: {problem.message}
            </SM>
          ))}
        </Alert>
      )}
      {requester ? (
        <WarningSection requester={requester} noteTicket={noteTicket(ticketId, fromProfile, view.update)} settings={settings} rating={view.rating} notes={notes}>
          {panel}
        </WarningSection>
      ) : (
        panel
      )}
    </Stack>
  );
}

/** The name an admin knows a setting by: its label on the install form, in the agent's language. */
function settingLabel(key: string, locale: string): string {
  const definition = key === ADVANCED_SETTING.name ? ADVANCED_SETTING : (SETTING_DEFINITIONS as Record<string, { text: { label: string; labelDe: string } } | undefined>)[key];
  if (!definition) return key;
  return locale.startsWith('de') ? definition.text.labelDe : definition.text.label;
}
