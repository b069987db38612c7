import { Table } from '@zendeskgarden/react-tables';
import type { SortKey, WatchlistQuery, WatchlistRow } from '../../core/watchlist';
import type { RowRating } from '../../zendesk/watchlist';
import { useI18n } from '../i18n/I18nProvider';
import type { CheckView } from '../warning/useWarningCheck';
import { WatchlistRowView } from './WatchlistRowView';

interface Props {
  rows: readonly WatchlistRow[];
  ratingOf: (id: number) => RowRating | undefined;
  checkOf: (id: number) => CheckView | undefined;
  ratingHidden: boolean;
  query: WatchlistQuery;
  onSort: (key: SortKey) => void;
  expanded: number | null;
  onToggle: (id: number) => void;
  onRetry: (row: WatchlistRow) => void;
  now: Date;
}

/** The page of the watchlist on screen, with sortable column headers. */
export function WatchlistTable({ rows, ratingOf, checkOf, ratingHidden, query, onSort, expanded, onToggle, onRetry, now }: Props) {
  const i18n = useI18n();
  const sorted = (key: SortKey) => (query.sort === key ? query.direction : undefined);
  const header = (key: SortKey, label: string) => (
    <Table.SortableCell sort={sorted(key)} onClick={() => onSort(key)} data-testid={`sort-${key}`}>
      {label}
    </Table.SortableCell>
  );
  return (
    <Table data-testid="watchlist" aria-label={i18n.t('ui.watchlist.title')}>
      <Table.Head>
        <Table.HeaderRow>
          {header('name', i18n.t('ui.watchlist.column.customer'))}
          {header('level', i18n.t('ui.watchlist.column.level'))}
          <Table.HeaderCell>{i18n.t('ui.watchlist.column.concerns')}</Table.HeaderCell>
          {header('band', i18n.t('ui.watchlist.column.rating'))}
          <Table.HeaderCell>{i18n.t('ui.watchlist.column.tickets')}</Table.HeaderCell>
          {header('activity', i18n.t('ui.watchlist.column.activity'))}
          <Table.HeaderCell>{i18n.t('ui.watchlist.column.details')}</Table.HeaderCell>
        </Table.HeaderRow>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <WatchlistRowView
            key={row.id}
            row={row}
            rating={ratingOf(row.id)}
            check={checkOf(row.id)}
            ratingHidden={ratingHidden}
            expanded={expanded === row.id}
            onToggle={() => onToggle(row.id)}
            onRetry={() => onRetry(row)}
            now={now}
          />
        ))}
      </Table.Body>
    </Table>
  );
}
