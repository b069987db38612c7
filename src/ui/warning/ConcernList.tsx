import styled from 'styled-components';
import { Well } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import type { WarningState } from '../../core/warnings';
import { TicketLink } from '../app/TicketLink';
import { formatExact, formatRelative } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.xs};
`;

/** Open concerns agents raised, for team leads to act on. */
export function ConcernList({ state, now }: { state: WarningState; now: Date }) {
  const i18n = useI18n();
  if (state.openConcerns.length === 0) return null;
  return (
    <Well isRecessed data-testid="concerns">
      <SM isBold tag="h3">{i18n.t('ui.concern.openTitle', { count: state.openConcerns.length + state.droppedConcerns })}</SM>
      <List>
        {state.openConcerns.map((concern) => (
          <li key={concern.op} data-testid="concern">
            <SM>
              {i18n.t('ui.concern.by', { name: concern.by.name })}{' '}
              <time dateTime={concern.at} title={formatExact(new Date(concern.at), i18n.locale)}>
                {formatRelative(new Date(concern.at), now, i18n.locale)}
              </time>
              {' · '}
              <TicketLink ticketId={concern.ticketId}>
                {i18n.t('ui.evidence.openTicket', { id: String(concern.ticketId) })}
              </TicketLink>
            </SM>
            <SM>{concern.reason}</SM>
          </li>
        ))}
      </List>
    </Well>
  );
}
