import { Alert, Title } from '@zendeskgarden/react-notifications';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import type { WarningState } from '../../core/warnings';
import { TicketLink } from '../app/TicketLink';
import { formatExact, formatRelative } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';

/**
 * The team's decision about this customer, first in the sidebar on every ticket of theirs:
 * the level, who gave it and when, the reason, and a link to the note. `checked` says how the
 * check against Zendesk's notes came out (the steps it could not verify are shown below the banner).
 */
export function WarningBanner({ state, now, checked }: { state: WarningState; now: Date; checked?: 'verified' | 'unverified' | 'unknown' | null }) {
  const i18n = useI18n();
  const latest = state.latest;
  if (state.level === 0) return null;
  const type = state.expired ? 'info' : state.effectiveLevel === 3 ? 'error' : 'warning';
  const when = state.raisedAt ? new Date(state.raisedAt) : null;
  return (
    <Alert type={type} data-testid="warning-banner" data-level={state.level} data-expired={state.expired} data-check={checked ?? undefined}>
      <Title>
        {state.expired
          ? i18n.t('ui.warning.expiredTitle', { level: i18n.t(`ui.warning.level.${state.level}`) })
          : i18n.t(`ui.warning.level.${state.level}`)}
      </Title>
      {latest && latest.action === 'strike' && (
        <SM>
          {i18n.t('ui.warning.by', { name: latest.by.name })}
          {when && (
            <>
              {', '}
              <time dateTime={state.raisedAt ?? undefined} title={formatExact(when, i18n.locale)}>
                {formatRelative(when, now, i18n.locale)}
              </time>
            </>
          )}
        </SM>
      )}
      {latest?.reason && <Paragraph size="small" data-testid="warning-reason">{latest.reason}</Paragraph>}
      {state.expired && state.expiresAt && (
        <SM>{i18n.t('ui.warning.expiredBody', { date: formatExact(new Date(state.expiresAt), i18n.locale) })}</SM>
      )}
      {state.finalNoticeText && (
        <Paragraph size="small" data-testid="final-notice-text">
          <strong>{i18n.t('ui.warning.agreed')}</strong> {state.finalNoticeText}
        </Paragraph>
      )}
      {latest && (
        <SM>
          <TicketLink ticketId={latest.ticketId}>
            {i18n.t('ui.warning.openNote', { id: String(latest.ticketId) })}
          </TicketLink>
        </SM>
      )}
      {state.problems.map((problem, i) => (
        <SM key={`${problem.code}:${i}`} data-problem={problem.code}>
          {i18n.t(`ui.warning.problem.${problem.code}`)}
        </SM>
      ))}
    </Alert>
  );
}
