import type { ApiTicket, ApiUser } from '../../types';
import { invalidPagination, invalidValue } from '../errors';
import { paginate, sortItems, type SortSpec } from '../pagination';
import { parseSearchQuery } from '../search-query';
import type { ApiState } from '../state';
import { fail, ok, type Route } from './shared';

const SEARCH_RESULT_LIMIT = 1000;


/** Records matching a search query; archived tickets are searchable, as in Zendesk. */
export function searchRecords(state: ApiState, query: string): (ApiTicket | ApiUser)[] {
  const parsed = parseSearchQuery(query, (id) => state.users.get(id)?.email);
  const nowMs = state.clock().getTime();
  const pool: (ApiTicket | ApiUser)[] =
    parsed.type === 'ticket'
      ? state.account.tickets
      : parsed.type === 'user'
        ? state.account.users
        : parsed.type === 'organization'
          ? []
          : [...state.account.tickets, ...state.account.users];
  return pool.filter((r) => parsed.filters.every((f) => f(r, nowMs)));
}

/** Search, its count and its export. */
export function searchRoutes(state: ApiState): Route[] {
  return [
    {
      method: 'GET',
      template: '/api/v2/search/count',
      handle: (req) => {
        const query = req.url.searchParams.get('query');
        if (!query) return fail(400, invalidValue('query is required'));
        return ok({ count: searchRecords(state, query).length });
      },
    },
    {
      // Export Search Results: one object type (`filter[type]`, never `type:` in the query), cursor
      // pages of up to 1,000, newest created first, `links.prev` always null and no `count`
      // (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#export-search-results).
      method: 'GET',
      template: '/api/v2/search/export',
      handle: (req) => {
        const params = req.url.searchParams;
        const query = params.get('query');
        const type = params.get('filter[type]');
        if (!query) return fail(400, invalidValue('query is required'));
        if (type !== 'user' && type !== 'ticket' && type !== 'organization' && type !== 'group') {
          return fail(400, invalidValue('filter[type] must be one of ticket, organization, user, group'));
        }
        if (/(^|\s)type:/.test(query)) return fail(400, invalidValue('Give the type in filter[type], not in the query'));
        if (!params.has('page[size]')) return fail(400, invalidPagination('The export uses cursor pagination: give page[size]'));
        const found = searchRecords(state, `type:${type} ${query}`);
        const spec: SortSpec<ApiTicket | ApiUser> = { key: (r) => [r.created_at, r.id], descending: true };
        const sorted = sortItems(found, spec);
        const page = paginate(sorted, spec, req.url, 1000);
        if (!page.ok) return fail(page.status, page.body);
        const meta = page.fields.meta as Record<string, unknown>;
        const links = page.fields.links as Record<string, unknown>;
        const results = page.items.map((i) => {
          const r = sorted[i] as ApiTicket | ApiUser;
          return { ...r, result_type: type };
        });
        return ok({ results, facets: null, meta: { ...meta, before_cursor: null }, links: { ...links, prev: null } });
      },
    },
    {
      method: 'GET',
      template: '/api/v2/search',
      handle: (req) => {
        const query = req.url.searchParams.get('query');
        if (!query) return fail(400, invalidValue('query is required'));
        if (req.url.searchParams.has('page[size]')) return fail(400, invalidValue('The Search API supports offset pagination only; use /api/v2/search/export for cursors'));
        const found = searchRecords(state, query);
        const sortBy = req.url.searchParams.get('sort_by');
        const descending = req.url.searchParams.get('sort_order') !== 'asc';
        const spec: SortSpec<ApiTicket | ApiUser> =
          sortBy === 'created_at' || sortBy === 'updated_at'
            ? { key: (r) => [r[sortBy], r.id], descending }
            : { key: (r) => [r.id, r.id], descending: false };
        const sorted = sortItems(found, spec);
        // "The Search API returns up to 1,000 results per query ... If you request a page past the
        // limit (page=11 at 100 results per page), a 422 Insufficient Resource Error is returned."
        // (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/). `count` stays the true total.
        const perPage = Number(req.url.searchParams.get('per_page') ?? 100);
        const pageNumber = Number(req.url.searchParams.get('page') ?? 1);
        if ((pageNumber - 1) * perPage >= SEARCH_RESULT_LIMIT) {
          return fail(422, { error: 'InsufficientResourceError', description: `Search results are limited to ${SEARCH_RESULT_LIMIT} per query` });
        }
        const page = paginate(sorted.slice(0, SEARCH_RESULT_LIMIT), spec, req.url);
        if (!page.ok) return fail(page.status, page.body);
        page.fields.count = sorted.length;
        const results = page.items.map((i) => {
          const r = sorted[i] as ApiTicket | ApiUser; // within the first 1,000, so the same index
          return { ...r, result_type: 'subject' in r ? 'ticket' : 'user' };
        });
        return ok({ results, facets: null, ...page.fields });
      },
    },
  ];
}
