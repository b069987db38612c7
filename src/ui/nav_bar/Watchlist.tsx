import { useMemo, useState } from 'react';
import styled from 'styled-components';
import { SM } from '@zendeskgarden/react-typography';
import type { Settings } from '../../core/settings';
import { applyQuery, DEFAULT_QUERY, pageOf, toWatchlistRow, type FlaggedUser, type SortKey, type WatchlistQuery, type WatchlistRow } from '../../core/watchlist';
import type { WarningSettings } from '../../core/warnings';
import { useAgentSession } from '../app/agent-session';
import { useClient } from '../app/client-context';
import { useI18n } from '../i18n/I18nProvider';
import { Pager } from './Pager';
import { SearchStatus } from './SearchStatus';
import { useFlaggedUsers } from './useFlaggedUsers';
import { useRowChecks } from './useRowChecks';
import { useRowRatings, useShowRows } from './useRowRatings';
import { WatchlistFilters } from './WatchlistFilters';
import { WatchlistTable } from './WatchlistTable';

/** Rows on a page: few enough to rate at once without crowding the account's request budget. */
export const PAGE_SIZE = 10;

const NO_ROWS: readonly WatchlistRow[] = [];
const NO_USERS: readonly FlaggedUser[] = [];

const Stack = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.md};
`;

/** The watchlist for a team lead: every flagged customer, sorted and filtered, rated page by page. */
export function Watchlist({ settings, warning, now }: { settings: Settings; warning: WarningSettings; now: Date }) {
  const client = useClient();
  const i18n = useI18n();
  const { currentUser, accountName } = useAgentSession();
  const search = useFlaggedUsers(client);
  const [query, setQuery] = useState<WatchlistQuery>(DEFAULT_QUERY);
  const [pageNumber, setPageNumber] = useState(1);
  const [expanded, setExpanded] = useState<number | null>(null);
  const ratingHidden = settings.hide_rating_from_roles.includes(currentUser.role.toLowerCase());

  const users = search.update?.users;
  const rows = useMemo(() => (users ?? []).map((user) => toWatchlistRow(user, warning, now)), [users, warning, now]);
  const { ratings, results } = useRowRatings(client, settings, now, { namespace: accountName, agentId: currentUser.id }, !ratingHidden);
  // Sorting and filtering by fit use the bands known so far, so they are redone with every rating;
  // rows not rated yet stay last.
  const shown = useMemo(() => {
    const bandOf = (id: number) => {
      const rating = results.get(id);
      return rating?.status === 'rated' && rating.rating ? rating.rating.band : null;
    };
    return applyQuery(rows, bandOf, query, now);
  }, [rows, query, now, results]);
  const page = pageOf(shown, pageNumber, PAGE_SIZE);
  // Rating waits for the search to finish: until then the order can still change, and a customer
  // pushed off the page by a later search page would have been read for nothing.
  useShowRows(ratings, search.update?.done ? page.items : NO_ROWS);
  const pageUsers = useMemo(() => {
    if (!search.update?.done || !users) return NO_USERS;
    const byId = new Map(users.map((user) => [user.id, user]));
    return page.items.map((row) => byId.get(row.id)).filter((user): user is FlaggedUser => user !== undefined);
  }, [search.update?.done, users, page.items]);
  const checks = useRowChecks(client, warning, pageUsers);

  const ratedOnPage = page.items.filter((row) => {
    const status = results.get(row.id)?.status;
    return status === 'rated' || status === 'failed';
  }).length;

  const changeQuery = (next: WatchlistQuery) => {
    setQuery(next);
    setPageNumber(1);
  };
  const sortBy = (key: SortKey) =>
    changeQuery({ ...query, sort: key, direction: query.sort === key ? (query.direction === 'desc' ? 'asc' : 'desc') : key === 'name' ? 'asc' : 'desc' });

  return (
    <Stack>
      <SearchStatus update={search.update} failed={search.failed} onAgain={search.again} />
      {rows.length > 0 && (
        <>
          <WatchlistFilters query={query} onChange={changeQuery} />
          <SM data-testid="match-count">{i18n.t('ui.watchlist.filters.shown', { count: shown.length })}</SM>
          {!ratingHidden && search.update?.done && page.items.length > 0 && (
            <SM data-testid="rating-progress" aria-live="polite">
              {ratedOnPage < page.items.length
                ? i18n.t('ui.watchlist.progress.rating', { done: ratedOnPage, total: page.items.length })
                : i18n.t('ui.watchlist.progress.rated')}
            </SM>
          )}
          {page.items.length > 0 ? (
            <WatchlistTable
              rows={page.items}
              ratingOf={(id) => results.get(id)}
              checkOf={(id) => checks.get(id)}
              ratingHidden={ratingHidden}
              query={query}
              onSort={sortBy}
              expanded={expanded}
              onToggle={(id) => setExpanded((open) => (open === id ? null : id))}
              onRetry={(row) => ratings?.retry({ id: row.id, name: row.name })}
              now={now}
            />
          ) : (
            <SM data-testid="no-match">{i18n.t('ui.watchlist.empty')}</SM>
          )}
          {page.pages > 1 && <Pager page={page} onPage={setPageNumber} />}
        </>
      )}
    </Stack>
  );
}
