import { composeComment } from '../compose';
import { isoSeconds } from '../time';
import type { ApiComment, ApiTicket, ApiUser } from '../types';
import { invalidEndpoint, invalidPagination, invalidValue, notFound, recordInvalid, type ZendeskErrorBody } from './errors';
import { paginate, sortItems, type SortKey, type SortSpec } from './pagination';
import { parseSearchQuery } from './search-query';
import type { ApiState } from './state';

export interface RouteRequest {
  method: string;
  url: URL;
  params: Record<string, string>;
  /** The parsed JSON body, or undefined when there is none. */
  body: unknown;
}

export interface Reply {
  status: number;
  /** JSON body; absent for 204. */
  json?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** e.g. `/api/v2/users/:id/tickets/requested`; also the name used in the request log and fault matchers. */
  template: string;
  handle: (req: RouteRequest) => Reply;
}

const SEARCH_RESULT_LIMIT = 1000;

const ok = (json: unknown, status = 200): Reply => ({ status, json });
const fail = (status: number, body: ZendeskErrorBody): Reply => ({ status, json: body });

function idParam(req: RouteRequest, name = 'id'): number | null {
  const raw = req.params[name] ?? '';
  return /^\d+$/.test(raw) ? Number(raw) : null;
}

function includes(req: RouteRequest): Set<string> {
  return new Set((req.url.searchParams.get('include') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Users have no numeric `status`, so this tells a lookup's error reply from the user it found. */
function isReply(value: ApiUser | Reply): value is Reply {
  return typeof (value as { status?: unknown }).status === 'number';
}

function tagsFromBody(body: unknown): string[] | null {
  if (!isRecord(body) || !Array.isArray(body.tags) || !body.tags.every((t) => typeof t === 'string')) return null;
  // Zendesk stores tags lower-case, with spaces turned into underscores.
  return body.tags.map((t: string) => t.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean);
}

/**
 * The ticket lists' sort (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets):
 * with cursor pagination `sort` is one of `id`, `updated_at`, `status` (prefix `-` for descending);
 * with offset pagination `sort_by` (here: `id`, `created_at`, `updated_at`, `status`, `subject`)
 * and `sort_order`. The default is by id, ascending. Null for a sort the mock does not know.
 */
function ticketSort(req: RouteRequest): SortSpec<ApiTicket> | null {
  const params = req.url.searchParams;
  const keys: Record<string, (t: ApiTicket) => SortKey> = {
    id: (t) => [t.id, t.id],
    created_at: (t) => [t.created_at, t.id],
    updated_at: (t) => [t.updated_at, t.id],
    status: (t) => [t.status, t.id],
    subject: (t) => [t.subject.toLowerCase(), t.id],
  };
  const sort = params.get('sort');
  if (sort !== null) {
    const field = sort.replace(/^-/, '');
    const key = ['id', 'updated_at', 'status'].includes(field) ? keys[field] : undefined;
    return key ? { key, descending: sort.startsWith('-') } : null;
  }
  const key = keys[params.get('sort_by') ?? 'id'];
  return key ? { key, descending: params.get('sort_order') === 'desc' } : null;
}

/** A ticket as the lists serve it, with `comment_count` when sideloaded. */
function servedTicket(state: ApiState, ticket: ApiTicket, withCount: boolean): ApiTicket & { comment_count?: number } {
  return withCount ? { ...ticket, comment_count: state.account.comments[String(ticket.id)]?.length ?? 0 } : ticket;
}

function withOrganizations(state: ApiState, user: ApiUser, req: RouteRequest): Reply {
  const answer: Record<string, unknown> = { user };
  if (includes(req).has('organizations')) {
    const org = user.organization_id === null ? undefined : state.organizations.get(user.organization_id);
    answer.organizations = org ? [org] : [];
  }
  return ok(answer);
}

function plainFromHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

function applyUserFields(state: ApiState, user: ApiUser, fields: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!state.userFieldKeys.has(key)) continue; // Zendesk drops keys of fields that do not exist
    const options = state.dropdownUserFields.get(key);
    if (options) {
      if (value !== null && value !== '' && !options.includes(String(value))) continue;
      // A drop-down's option value is also a user tag: Zendesk swaps the tag with the value.
      user.tags = user.tags.filter((t) => !options.includes(t));
      if (value !== null && value !== '') user.tags.push(String(value));
    }
    user.user_fields[key] = value === undefined ? null : (value as string | number | boolean | null);
  }
}

/** The endpoints the app uses, in Zendesk's shapes. Order matters: `/users/me` before `/users/:id`. */
export function createRoutes(state: ApiState): Route[] {
  const now = (): string => isoSeconds(state.clock().getTime());
  const userOr404 = (req: RouteRequest): ApiUser | Reply => {
    const id = idParam(req);
    const user = id === null ? undefined : state.users.get(id);
    return user ?? fail(404, notFound());
  };

  return [
    {
      method: 'GET',
      template: '/api/v2/users/me',
      handle: (req) => {
        const me = state.users.get(state.account.currentUserId);
        return me ? withOrganizations(state, me, req) : fail(404, notFound());
      },
    },
    {
      method: 'GET',
      template: '/api/v2/users/:id',
      handle: (req) => {
        const user = userOr404(req);
        return isReply(user) ? user : withOrganizations(state, user, req);
      },
    },
    {
      method: 'PUT',
      template: '/api/v2/users/:id',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        if (!isRecord(req.body) || !isRecord(req.body.user)) return fail(400, invalidValue('The request body must be {"user": {...}}'));
        const patch = req.body.user;
        if (patch.user_fields !== undefined) {
          if (!isRecord(patch.user_fields)) return fail(422, recordInvalid('user_fields', 'user_fields must be an object'));
          applyUserFields(state, user, patch.user_fields);
        }
        if (patch.tags !== undefined) {
          const tags = tagsFromBody({ tags: patch.tags });
          if (!tags) return fail(422, recordInvalid('tags', 'tags must be a list of strings'));
          user.tags = [...new Set(tags)];
        }
        for (const key of ['name', 'notes', 'details'] as const) {
          if (typeof patch[key] === 'string') user[key] = patch[key];
        }
        user.updated_at = now();
        return ok({ user });
      },
    },
    {
      method: 'GET',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        return isReply(user) ? user : ok({ tags: user.tags });
      },
    },
    {
      // Add Tags: merges the given tags into the user's tags.
      method: 'PUT',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const tags = tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = [...new Set([...user.tags, ...tags])];
        user.updated_at = now();
        return ok({ tags: user.tags });
      },
    },
    {
      // Set Tags: replaces the user's tags.
      method: 'POST',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const tags = tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = [...new Set(tags)];
        user.updated_at = now();
        return ok({ tags: user.tags }, 201);
      },
    },
    {
      // Remove Tags: answers 204 with no body.
      method: 'DELETE',
      template: '/api/v2/users/:id/tags',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const fromQuery = req.url.searchParams.get('tags');
        const tags = fromQuery !== null ? tagsFromBody({ tags: fromQuery.split(',') }) : tagsFromBody(req.body);
        if (!tags) return fail(400, invalidValue('tags must be a list of strings'));
        user.tags = user.tags.filter((t) => !tags.includes(t));
        user.updated_at = now();
        return { status: 204 };
      },
    },
    {
      method: 'GET',
      template: '/api/v2/users/:id/tickets/requested',
      handle: (req) => {
        const user = userOr404(req);
        if (isReply(user)) return user;
        const spec = ticketSort(req);
        if (!spec) return fail(400, invalidValue('sort must be one of id, updated_at, status (or -id, -updated_at, -status)'));
        const own = state.account.tickets.filter(
          (t) => t.requester_id === user.id && (state.requestedListIncludesArchived || !state.archived.has(t.id)),
        );
        const sorted = sortItems(own, spec);
        const page = paginate(sorted, spec, req.url);
        if (!page.ok) return fail(page.status, page.body);
        // Sideloads as "Side-loading related records" describes them for tickets
        // (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/):
        // `comment_count` is a property added to each ticket, the others are top-level arrays.
        const inc = includes(req);
        const tickets = page.items.map((i) => servedTicket(state, sorted[i] as ApiTicket, inc.has('comment_count')));
        const answer: Record<string, unknown> = { tickets, ...page.fields };
        if (inc.has('metric_sets')) {
          answer.metric_sets = tickets.flatMap((t) => state.account.metricSets[String(t.id)] ?? []);
        }
        if (inc.has('users')) {
          const ids = new Set(tickets.flatMap((t) => [t.requester_id, t.assignee_id]));
          answer.users = [...ids].flatMap((id) => state.users.get(id) ?? []);
        }
        if (inc.has('organizations')) {
          const ids = new Set(tickets.flatMap((t) => (t.organization_id === undefined ? [] : [t.organization_id])));
          answer.organizations = [...ids].flatMap((id) => state.organizations.get(id) ?? []);
        }
        return ok(answer);
      },
    },
    {
      method: 'GET',
      template: '/api/v2/organizations/:id',
      handle: (req) => {
        const id = idParam(req);
        const org = id === null ? undefined : state.organizations.get(id);
        return org ? ok({ organization: org }) : fail(404, notFound());
      },
    },
    {
      method: 'GET',
      template: '/api/v2/tickets/:id',
      handle: (req) => {
        const id = idParam(req);
        const ticket = id === null ? undefined : state.tickets.get(id);
        return ticket ? ok({ ticket: servedTicket(state, ticket, includes(req).has('comment_count')) }) : fail(404, notFound());
      },
    },
    {
      method: 'GET',
      template: '/api/v2/tickets/:id/metrics',
      handle: (req) => {
        const id = idParam(req);
        const metric = id === null ? undefined : state.account.metricSets[String(id)];
        return metric ? ok({ ticket_metric: metric }) : fail(404, notFound());
      },
    },
    {
      method: 'GET',
      template: '/api/v2/tickets/:id/comments',
      handle: (req) => {
        const id = idParam(req);
        if (id === null || !state.tickets.has(id)) return fail(404, notFound());
        const params = req.url.searchParams;
        const sort = params.get('sort');
        const descending = sort ? sort === '-created_at' : params.get('sort_order') === 'desc';
        if (sort && sort !== 'created_at' && sort !== '-created_at') return fail(400, invalidValue('sort must be created_at or -created_at'));
        const spec: SortSpec<ApiComment> = { key: (c) => [c.created_at, c.id], descending };
        const sorted = sortItems(state.account.comments[String(id)] ?? [], spec);
        const page = paginate(sorted, spec, req.url);
        if (!page.ok) return fail(page.status, page.body);
        return ok({ comments: page.items.map((i) => sorted[i]), ...page.fields });
      },
    },
    {
      // Update Ticket: here only what the app does, adding a comment (and optionally tags or status).
      method: 'PUT',
      template: '/api/v2/tickets/:id',
      handle: (req) => {
        const id = idParam(req);
        const ticket = id === null ? undefined : state.tickets.get(id);
        if (!ticket) return fail(404, notFound());
        if (!isRecord(req.body) || !isRecord(req.body.ticket)) return fail(400, invalidValue('The request body must be {"ticket": {...}}'));
        if (ticket.status === 'closed') return fail(422, recordInvalid('status', 'Status: closed prevents ticket update'));
        const patch = req.body.ticket;
        const at = now();
        const events: Record<string, unknown>[] = [];
        const auditId = state.nextAuditId;
        state.nextAuditId += 11;
        const authorFallback = state.account.currentUserId;
        if (patch.comment !== undefined) {
          const c = patch.comment;
          if (!isRecord(c)) return fail(422, recordInvalid('comment', 'comment must be an object'));
          const html = typeof c.html_body === 'string' ? c.html_body : null;
          const text = typeof c.body === 'string' ? c.body : null;
          if ((html ?? text ?? '').trim() === '') return fail(422, recordInvalid('comment', 'Comment body cannot be blank'));
          const authorId = typeof c.author_id === 'number' ? c.author_id : authorFallback;
          if (!state.users.has(authorId)) return fail(422, recordInvalid('comment', 'Author is not a valid user'));
          const texts =
            html !== null
              ? { body: plainFromHtml(html), plain_body: plainFromHtml(html), html_body: html.startsWith('<div class="zd-comment"') ? html : `<div class="zd-comment" dir="auto">${html}</div>` }
              : composeComment({ text: text ?? '' });
          const isPublic = c.public === undefined ? true : c.public === true;
          const comment: ApiComment = {
            id: state.nextCommentId,
            type: 'Comment',
            author_id: authorId,
            body: texts.body,
            html_body: texts.html_body,
            plain_body: texts.plain_body,
            public: isPublic,
            attachments: [],
            audit_id: auditId,
            via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
            created_at: at,
            metadata: { system: { client: 'Customer Fit', ip_address: '198.51.100.200' }, custom: {} },
          };
          state.nextCommentId += 11;
          (state.account.comments[String(ticket.id)] ??= []).push(comment);
          events.push({ id: comment.id, type: 'Comment', author_id: authorId, body: comment.body, html_body: comment.html_body, plain_body: comment.plain_body, public: isPublic, attachments: [], audit_id: auditId });
          const metric = state.account.metricSets[String(ticket.id)];
          if (metric && isPublic && state.account.agentIds.includes(authorId)) metric.replies += 1;
          if (metric) metric.latest_comment_added_at = at;
        }
        const statuses = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
        if (patch.status !== undefined) {
          const next = statuses.find((s) => s === patch.status);
          if (!next) return fail(422, recordInvalid('status', `Status: ${String(patch.status)} is not valid`));
          events.push({ id: auditId + 1, type: 'Change', field_name: 'status', value: next });
          ticket.status = next;
        }
        const addTags = tagsFromBody({ tags: patch.additional_tags ?? [] }) ?? [];
        const removeTags = tagsFromBody({ tags: patch.remove_tags ?? [] }) ?? [];
        const setTags = patch.tags === undefined ? null : tagsFromBody({ tags: patch.tags });
        if (setTags || addTags.length > 0 || removeTags.length > 0) {
          const base = setTags ?? ticket.tags;
          ticket.tags = [...new Set([...base, ...addTags])].filter((t) => !removeTags.includes(t));
          events.push({ id: auditId + 2, type: 'Change', field_name: 'tags', value: ticket.tags.join(' ') });
        }
        ticket.updated_at = at;
        return ok({
          ticket,
          audit: {
            id: auditId,
            ticket_id: ticket.id,
            created_at: at,
            author_id: authorFallback,
            metadata: { system: { client: 'Customer Fit' }, custom: {} },
            via: { channel: 'api', source: { from: {}, to: {}, rel: null } },
            events,
          },
        });
      },
    },
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

/** The answer for a path under /api/v2 that no route serves. */
export function unknownEndpoint(): Reply {
  return fail(404, invalidEndpoint());
}

