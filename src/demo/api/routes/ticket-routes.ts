import { composeComment } from '../../compose';
import { isoSeconds } from '../../time';
import type { ApiComment, ApiTicket } from '../../types';
import { invalidValue, notFound, recordInvalid } from '../errors';
import { paginate, sortItems, type SortKey, type SortSpec } from '../pagination';
import type { ApiState } from '../state';
import { fail, idParam, includes, isRecord, ok, tagsFromBody, type Route, type RouteRequest } from './shared';


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

/** A user's requested tickets, tickets, their metrics and comments, ticket updates, organizations. */
export function ticketRoutes(state: ApiState): Route[] {
  const now = (): string => isoSeconds(state.clock().getTime());

  return [
    {
      method: 'GET',
      template: '/api/v2/users/:id/tickets/requested',
      handle: (req) => {
        const userId = idParam(req);
        const user = userId === null ? undefined : state.users.get(userId);
        if (!user) return fail(404, notFound());
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
  ];
}
