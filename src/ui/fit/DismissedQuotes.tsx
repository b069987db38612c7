import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { getColor } from '@zendeskgarden/react-theming';
import { quoteId } from '../../core/dismissals';
import type { FitRating } from '../../core/rating/types';
import { withoutFormatting } from '../../core/text/invisible';
import { TicketLink } from '../app/TicketLink';
import { formatExact, formatRelative } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';
import { useDismissContext } from './dismiss-context';
import { Excerpt } from './EvidenceQuote';
import { Quote, QuoteList } from './quote-styles';


// A dismissed quote no longer counts: struck through, its rule quieter than a counted one's.
const Struck = styled(Quote)`
  border-left-color: ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  text-decoration: line-through;
  text-decoration-color: ${(p) => getColor({ theme: p.theme, variable: 'border.emphasis' })};
`;

/**
 * How many quotes the team dismissed, and on request each one: the words, who dismissed it, when
 * and why, and a way to make it count again.
 */
export function DismissedQuotes({ rating, now }: { rating: FitRating; now: Date }) {
  const i18n = useI18n();
  const context = useDismissContext();
  const [open, setOpen] = useState(false);
  if (!context) return null;
  const { view } = context;
  const dismissed = rating.dismissed ?? [];
  return (
    <>
      {view.problem && (
        <Alert type="warning" data-testid="dismissals-problem">
          <SM>{i18n.t(`ui.dismiss.problem.${view.problem}`)}</SM>
        </Alert>
      )}
      {view.failure && (
        <Alert type="error" data-testid="dismiss-failed">
          <SM role="alert">{i18n.t(view.failure.key, view.failure.values)}</SM>
        </Alert>
      )}
      {dismissed.length > 0 && (
        <section aria-label={i18n.t('ui.dismiss.listTitle')} data-testid="dismissed" data-saving={view.saving !== null}>
          <SM>
            <span data-testid="dismissed-count" data-count={dismissed.length}>
              {i18n.t('ui.dismiss.count', { count: dismissed.length })}
            </span>{' '}
            {view.saving !== null && <span data-testid="dismiss-saving">{i18n.t('ui.dismiss.saving')} </span>}
            <Button isLink size="small" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="dismissed-toggle">
              {i18n.t(open ? 'ui.dismiss.hide' : 'ui.dismiss.show')}
            </Button>
          </SM>
          {open && (
            <QuoteList>
              {dismissed.map(({ dismissal, excerpt, highlight, date }) => (
                <li key={quoteId(dismissal)} data-testid="dismissed-quote">
                  <SM isBold>{i18n.t(`ui.factor.${dismissal.signal}.name`)}</SM>
                  <Struck>
                    <Excerpt evidence={{ excerpt, highlight }} />
                  </Struck>
                  <SM>
                    {i18n.t('ui.dismiss.by', { name: withoutFormatting(dismissal.by.name) })}{' '}
                    <time dateTime={dismissal.at} title={formatExact(new Date(dismissal.at), i18n.locale)}>
                      {formatRelative(new Date(dismissal.at), now, i18n.locale)}
                    </time>
                    {dismissal.reason && <>: “{withoutFormatting(dismissal.reason)}”</>}
                  </SM>
                  {dismissal.warning && <SM data-testid="dismissed-warning">{i18n.t('ui.dismiss.ofWarning')}</SM>}
                  <SM>
                    <time dateTime={date}>{formatRelative(new Date(date), now, i18n.locale)}</time>
                    {' · '}
                    <TicketLink ticketId={dismissal.ticketId}>{i18n.t('ui.evidence.openTicket', { id: String(dismissal.ticketId) })}</TicketLink>
                    {view.allowed && (
                      <>
                        {' · '}
                        <Button isLink size="small" disabled={view.saving !== null} onClick={() => void view.restore(dismissal)} data-testid="restore">
                          {i18n.t('ui.dismiss.restore')}
                        </Button>
                      </>
                    )}
                  </SM>
                </li>
              ))}
            </QuoteList>
          )}
        </section>
      )}
    </>
  );
}
