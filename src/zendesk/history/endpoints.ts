import { z } from 'zod';
import { cursorLinksSchema, cursorMetaSchema } from '../schemas/pagination';
import { searchCountSchema } from '../schemas/search';
import { userResponseSchema } from '../schemas/responses';

/**
 * The urls the history loader reads, all relative `/api/v2/...` so ZAF sends them to the agent's own
 * account and nowhere else. See docs/data-loading.md for why each one and how often.
 */

export const PAGE_SIZE = 100;

/**
 * List Requested Tickets, newest activity first, with the sideloads that save a request per ticket.
 * `sort=-updated_at` is the cursor-pagination sort of the ticket lists; it also lets a warm re-open
 * stop at the first ticket it already knows.
 */
export function requestedTicketsUrl(userId: number, after: string | null): string {
  const params = new URLSearchParams({ 'page[size]': String(PAGE_SIZE), sort: '-updated_at', include: 'comment_count,metric_sets' });
  if (after) params.set('page[after]', after);
  return `/api/v2/users/${userId}/tickets/requested?${params.toString()}`;
}

/** Show User with the organization sideloaded, so the organization costs no request of its own. */
export function userUrl(userId: number): string {
  return `/api/v2/users/${userId}?include=organizations`;
}

/** Show Organization, only when the sideload did not carry it. */
export function organizationUrl(organizationId: number): string {
  return `/api/v2/organizations/${organizationId}`;
}

/**
 * Search for the requester's archived tickets: Zendesk archives a ticket 120 days after it is closed,
 * and some ticket lists leave archived tickets out while Search returns them. Offset pagination
 * (the Search API has no cursor), newest activity first.
 */
export function archivedTicketsUrl(userId: number, closedBeforeDay: string, page: number): string {
  const params = new URLSearchParams({
    query: `type:ticket requester:${userId} status:closed updated<${closedBeforeDay}`,
    sort_by: 'updated_at',
    sort_order: 'desc',
    per_page: String(PAGE_SIZE),
    page: String(page),
  });
  return `/api/v2/search?${params.toString()}`;
}

/** The Search API returns at most 1,000 results (10 pages of 100). */
export const SEARCH_MAX_PAGES = 10;

/**
 * Export Search Results for the requester's archived tickets last updated before `updatedBeforeDay`:
 * the rest of what {@link archivedTicketsUrl} cannot page past its 1,000 results. The export has no
 * result cap, pages with a cursor, takes the type in `filter[type]` (never in the query) and orders
 * by `created_at` only; Zendesk recommends 100 results a page and counts it against a limit of 100
 * requests a minute per account
 * (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#export-search-results).
 */
export function archivedExportUrl(userId: number, updatedBeforeDay: string, after: string | null): string {
  const params = new URLSearchParams({
    query: `requester:${userId} status:closed updated<${updatedBeforeDay}`,
    'filter[type]': 'ticket',
    'page[size]': String(PAGE_SIZE),
  });
  if (after) params.set('page[after]', after);
  return `/api/v2/search/export?${params.toString()}`;
}

/** List Comments: one page of up to 100 comments, the newest first. */
export function commentsUrl(ticketId: number): string {
  const params = new URLSearchParams({ 'page[size]': String(PAGE_SIZE), sort: '-created_at' });
  return `/api/v2/tickets/${ticketId}/comments?${params.toString()}`;
}

/** Show Ticket, to re-read a ticket that did not parse the first time (it works for archived tickets too). */
export function ticketUrl(ticketId: number): string {
  return `/api/v2/tickets/${ticketId}?include=comment_count`;
}

/** Search count of tickets created in the account after the day `afterDay` (yyyy-MM-dd). */
export function ticketCountUrl(afterDay: string): string {
  return `/api/v2/search/count?${new URLSearchParams({ query: `type:ticket created>${afterDay}` }).toString()}`;
}

/** Search count of the account's end users (the requester side of the demand factor). */
export function endUserCountUrl(): string {
  return `/api/v2/search/count?${new URLSearchParams({ query: 'type:user role:end-user' }).toString()}`;
}

/**
 * The two search counts of the account baseline: tickets created over the last `windowDays`, and
 * end users.
 *
 * @param nowMs - the current time
 * @param windowDays - the baseline window
 * @returns the two relative urls
 * @example baselineCountUrls(Date.parse('2026-11-23T10:00:00Z'), 90).tickets // => '/api/v2/search/count?query=type%3Aticket+created%3E2026-08-24'
 */
export function baselineCountUrls(nowMs: number, windowDays: number): { tickets: string; requesters: string } {
  // `created>D` counts from the day after D.
  const afterDay = new Date(nowMs - (windowDays + 1) * 86_400_000).toISOString().slice(0, 10);
  return { tickets: ticketCountUrl(afterDay), requesters: endUserCountUrl() };
}

/**
 * A page of tickets whose items are parsed one by one afterwards, so one ticket that does not match
 * the schema costs that ticket, not the page.
 */
export const ticketPageEnvelope = z
  .object({
    tickets: z.array(z.unknown()),
    meta: cursorMetaSchema,
    links: cursorLinksSchema.optional(),
    metric_sets: z.array(z.unknown()).optional(),
  })
  .loose();

export const ticketEnvelope = z.object({ ticket: z.unknown() }).loose();

/** A page of search results; items are parsed one by one like the list's. */
export const searchPageEnvelope = z
  .object({ results: z.array(z.unknown()), next_page: z.string().nullable(), count: z.number().int().nonnegative() })
  .loose();

/** A page of the search export: cursor pagination and no `count`; items are parsed one by one. */
export const searchExportPageEnvelope = z
  .object({ results: z.array(z.unknown()), meta: cursorMetaSchema, links: cursorLinksSchema.optional() })
  .loose();

export const commentPageEnvelope = z
  .object({
    comments: z.array(z.unknown()),
    meta: cursorMetaSchema.optional(),
  })
  .loose();

export const userEnvelope = userResponseSchema;

export const countEnvelope = searchCountSchema;
