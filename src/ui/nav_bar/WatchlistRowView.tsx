import { Button } from '@zendeskgarden/react-buttons';
import { Table } from '@zendeskgarden/react-tables';
import { Paragraph, SM } from '@zendeskgarden/react-typography';
import type { WatchlistRow } from '../../core/watchlist';
import type { RowRating } from '../../zendesk/watchlist';
import { useClient } from '../app/client-context';
import { FactorList } from '../fit/FactorList';
import { summarySentence } from '../fit/summary';
import { useI18n } from '../i18n/I18nProvider';
import { ActivityCell, ConcernsCell, LevelCell, RatingCell } from './cells';
import { withoutFormatting } from '../../core/text/invisible';
import type { CheckView } from '../warning/useWarningCheck';

/** How many columns a row has, for the details row that spans them. */
export const COLUMN_COUNT = 7;

interface Props {
  row: WatchlistRow;
  rating: RowRating | undefined;
  check: CheckView | undefined;
  ratingHidden: boolean;
  expanded: boolean;
  onToggle: () => void;
  onRetry: () => void;
  now: Date;
}

/**
 * One flagged customer: the name opens them in Zendesk, "Show why" unfolds the same factors and
 * evidence the sidebar shows, right under the row.
 */
export function WatchlistRowView({ row, rating, check, ratingHidden, expanded, onToggle, onRetry, now }: Props) {
  const client = useClient();
  const i18n = useI18n();
  const detailsId = `cf-watch-details-${row.id}`;
  const rated = rating?.status === 'rated' && rating.rating && !ratingHidden ? rating.rating : null;
  const organization = rating?.status === 'rated' ? (rating.organizationName ?? i18n.t('ui.watchlist.organizationNone')) : null;
  return (
    <>
      <Table.Row data-testid="watch-row" data-user-id={row.id}>
        <Table.Cell>
          <Button
            isLink
            onClick={() => void client.invoke('routeTo', 'user', row.id)}
            title={i18n.t('ui.watchlist.open', { name: row.name })}
            data-testid="open-user"
          >
            {withoutFormatting(row.name)}
          </Button>
          {organization !== null && <SM data-testid="organization">{organization}</SM>}
          {row.problems.length > 0 && <SM>{i18n.t('ui.watchlist.storedProblems')}</SM>}
        </Table.Cell>
        <Table.Cell>
          <LevelCell row={row} check={check} now={now} />
        </Table.Cell>
        <Table.Cell>
          <ConcernsCell row={row} />
        </Table.Cell>
        <Table.Cell>
          <RatingCell rating={rating} hidden={ratingHidden} onRetry={onRetry} />
        </Table.Cell>
        <Table.Cell data-testid="tickets-recent">{rating?.ticketsRecent ?? '–'}</Table.Cell>
        <Table.Cell>
          <ActivityCell row={row} now={now} />
        </Table.Cell>
        <Table.Cell>
          <Button
            size="small"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            disabled={!rated}
            onClick={onToggle}
            data-testid="toggle-details"
          >
            {i18n.t(expanded ? 'ui.watchlist.collapse' : 'ui.watchlist.expand')}
            <span className="cf-visually-hidden"> ({withoutFormatting(row.name)})</span>
          </Button>
        </Table.Cell>
      </Table.Row>
      {expanded && rated && (
        <Table.Row id={detailsId} data-testid="watch-details">
          <Table.Cell colSpan={COLUMN_COUNT}>
            <section aria-label={i18n.t('ui.watchlist.detailsOf', { name: row.name })}>
              <Paragraph data-testid="summary">{summarySentence(rated, i18n)}</Paragraph>
              {rated.factors.length > 0 ? <FactorList factors={rated.factors} now={now} /> : <SM>{i18n.t('ui.watchlist.noFactors')}</SM>}
            </section>
          </Table.Cell>
        </Table.Row>
      )}
    </>
  );
}
