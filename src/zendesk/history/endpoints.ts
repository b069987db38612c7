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

/** Show User Related Information: `requested_tickets` is the total for "read 40 of 120 tickets". */
export function userRelatedUrl(userId: number): string {
  return `/api/v2/users/${userId}/related`;
}

/** List Comments: one page of up to 100 comments, the newest first. */
export function commentsUrl(ticketId: number): string {
  const params = new URLSearchParams({ 'page[size]': String(PAGE_SIZE), sort: '-created_at' });
  return `/api/v2/tickets/${ticketId}/comments?${params.toString()}`;
}

/** Show Multiple Tickets, to re-read tickets that did not parse the first time. */
export function showManyTicketsUrl(ids: readonly number[]): string {
  const params = new URLSearchParams({ ids: ids.join(','), include: 'comment_count,metric_sets' });
  return `/api/v2/tickets/show_many?${params.toString()}`;
}

/** Search count of tickets created in the account since `sinceDay` (yyyy-MM-dd). */
export function ticketCountUrl(sinceDay: string): string {
  return `/api/v2/search/count?${new URLSearchParams({ query: `type:ticket created>=${sinceDay}` }).toString()}`;
}

/** Search count of the account's end users (the requester side of the demand factor). */
export function endUserCountUrl(): string {
  return `/api/v2/search/count?${new URLSearchParams({ query: 'type:user role:end-user' }).toString()}`;
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

/** Show Multiple Tickets answers without pagination. */
export const ticketListEnvelope = z.object({ tickets: z.array(z.unknown()), metric_sets: z.array(z.unknown()).optional() }).loose();

export const commentPageEnvelope = z
  .object({
    comments: z.array(z.unknown()),
    meta: cursorMetaSchema.optional(),
  })
  .loose();

export const userEnvelope = userResponseSchema;

export const relatedEnvelope = z.object({ user_related: z.object({ requested_tickets: z.number().int().nonnegative() }).loose() }).loose();

export const countEnvelope = searchCountSchema;
