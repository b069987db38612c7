import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { Dots } from '@zendeskgarden/react-loaders';
import { SM, XL, Paragraph } from '@zendeskgarden/react-typography';
import { parseSettings } from '../../core/settings';
import { warningSettingsFromApp } from '../../core/warnings';
import { useAgentSession } from '../app/agent-session';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { useTeamLead } from './useTeamLead';
import { Watchlist } from './Watchlist';

const Page = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.md};
  max-width: 1200px;
`;

/**
 * The nav bar page: the team lead's watchlist. Who is a lead is decided as for the warning flag;
 * everyone else is told, politely, that the page is for team leads.
 */
export function NavBar() {
  const client = useClient();
  const i18n = useI18n();
  const { rawSettings } = useAgentSession();
  const settings = useMemo(() => parseSettings(rawSettings).settings, [rawSettings]);
  const warning = useMemo(() => warningSettingsFromApp(settings), [settings]);
  const [now] = useState(() => new Date());
  const lead = useTeamLead(client, warning);
  return (
    <Page data-testid="nav-bar">
      <header>
        <XL tag="h1" isBold>
          {i18n.t('ui.watchlist.title')}
        </XL>
        <Paragraph>{i18n.t('ui.watchlist.intro')}</Paragraph>
      </header>
      {lead === undefined && (
        <SM data-testid="checking-role" aria-busy="true">
          <Dots size={16} aria-hidden="true" /> {i18n.t('ui.watchlist.checkingRole')}
        </SM>
      )}
      {lead === false && (
        <Alert type="info" data-testid="leads-only">
          <Title>{i18n.t('ui.watchlist.leadsOnly.title')}</Title>
          <SM>{i18n.t('ui.watchlist.leadsOnly.body')}</SM>
        </Alert>
      )}
      {lead === true && <Watchlist settings={settings} warning={warning} now={now} />}
    </Page>
  );
}
