import { z } from 'zod';
import { cursorLinksSchema, cursorMetaSchema } from '../schemas/pagination';

/**
 * The urls the watchlist reads to find flagged customers, relative `/api/v2/...` like every other
 * request of the app. Search API (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/):
 * "up to 1,000 results per query, with a maximum of 100 results per page", and "a 422 Insufficient
 * Resource Error" past that; `count` is the real number of results even above 1,000. For more, the
 * Export Search Results endpoint pages with a cursor, takes the type in `filter[type]` (not in the
 * query) and returns results "ordered only by the created_at attribute".
 */

/** Results per page, the most either endpoint is asked for. */
export const SEARCH_PAGE_SIZE = 100;

/** The Search API's last page at {@link SEARCH_PAGE_SIZE} a page (1,000 results). */
export const SEARCH_LAST_PAGE = 10;

/**
 * One page of users carrying `tag`, oldest account first, so the pages do not shift under a user
 * who is updated while the watchlist reads them.
 */
export function flaggedSearchUrl(tag: string, page: number): string {
  const params = new URLSearchParams({
    query: `type:user tags:${tag}`,
    sort_by: 'created_at',
    sort_order: 'asc',
    per_page: String(SEARCH_PAGE_SIZE),
    page: String(page),
  });
  return `/api/v2/search?${params.toString()}`;
}

/** One page of the export of users carrying `tag`; `after` is the previous page's cursor. */
export function flaggedExportUrl(tag: string, after: string | null): string {
  const params = new URLSearchParams({ query: `tags:${tag}`, 'filter[type]': 'user', 'page[size]': String(SEARCH_PAGE_SIZE) });
  if (after) params.set('page[after]', after);
  return `/api/v2/search/export?${params.toString()}`;
}

/** A page of Search results; the users are parsed one by one so one odd record costs only itself. */
export const searchPageEnvelope = z
  .object({ results: z.array(z.unknown()), next_page: z.string().nullable().optional(), count: z.number().int().nonnegative() })
  .loose();

/** A page of the export: cursor pagination, no count. */
export const exportPageEnvelope = z
  .object({ results: z.array(z.unknown()), meta: cursorMetaSchema, links: cursorLinksSchema.optional() })
  .loose();
