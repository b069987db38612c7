import { delay, http, HttpResponse, type HttpHandler } from 'msw';

/**
 * A small stand-in for Zendesk's ticket reads, for the loader's own tests: one requester with `count`
 * tickets (newest activity first), two comments each, a request log, and per-url faults.
 */
export interface SmallZendesk {
  handlers: HttpHandler[];
  log: string[];
  /** Answers the next requests whose path+query matches with these responses, in order. */
  fault(match: RegExp, ...responses: (() => Response)[]): void;
  touch(ticketId: number, at: string): void;
  addTicket(): number;
}

export const BASE = 'https://example.zendesk.com';

export interface SmallZendeskOptions {
  orgId?: number | null;
  latencyMs?: number;
  archived?: number;
  /** The opening message of ticket `i` (0 the oldest), written by its submitter; default "Help with <id>". */
  opening?: (i: number, id: number) => string;
  /** Who opened ticket `i`; default the requester. */
  submitter?: (i: number) => number;
}

export function smallZendesk(requesterId: number, count: number, options: SmallZendeskOptions = {}): SmallZendesk {
  const latency = options.latencyMs ?? 0;
  const orgId = options.orgId === undefined ? 77 : options.orgId;
  const start = Date.parse('2026-01-01T00:00:00Z');
  const tickets = Array.from({ length: count }, (_, i) => ({
    id: 1000 + i,
    subject: `Ticket ${i}`,
    // As in Zendesk, the description is the first comment, written by the submitter.
    description: options.opening?.(i, 1000 + i) ?? `Help with ${1000 + i}`,
    submitter_id: options.submitter?.(i) ?? requesterId,
    status: i % 3 ? 'open' : 'closed',
    created_at: new Date(start + i * 3_600_000).toISOString().replace('.000', ''),
    updated_at: new Date(start + i * 3_600_000 + 60_000).toISOString().replace('.000', ''),
    requester_id: requesterId,
    via: { channel: 'email' },
    tags: [],
  }));
  const log: string[] = [];
  const faults: { match: RegExp; responses: (() => Response)[] }[] = [];
  // The oldest `archived` tickets are archived: closed, left out of the list, found by Search.
  const archived = new Set(tickets.slice(0, options.archived ?? 0).map((t) => t.id));
  for (const t of tickets) if (archived.has(t.id)) t.status = 'closed';
  const sorted = () => [...tickets].toSorted((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.id - a.id);

  const faulted = (url: URL): Response | null => {
    const key = url.pathname + url.search;
    for (const f of faults) {
      if (f.match.test(key) && f.responses.length) return f.responses.shift()!();
    }
    return null;
  };
  const logged = (request: Request) => {
    const url = new URL(request.url);
    log.push(decodeURIComponent(url.pathname + url.search));
    return url;
  };

  const handlers = [
    http.get(`${BASE}/api/v2/users/:id/tickets/requested`, async ({ request }) => {
      if (latency) await delay(latency);
      const url = logged(request);
      const fault = faulted(url);
      if (fault) return fault;
      const size = Number(url.searchParams.get('page[size]') ?? 100);
      const after = url.searchParams.get('page[after]');
      const all = sorted().filter((t) => !archived.has(t.id));
      const from = after ? Number(after) : 0;
      const page = all.slice(from, from + size);
      const more = from + size < all.length;
      return HttpResponse.json({
        tickets: page,
        metric_sets: page.filter((t) => t.status !== 'closed').map((t) => ({ id: t.id + 5, ticket_id: t.id, reopens: 1, replies: 2 })),
        meta: { has_more: more, after_cursor: more ? String(from + size) : null, before_cursor: null },
        links: { next: null, prev: null },
      });
    }),
    http.get(`${BASE}/api/v2/users/:id`, async ({ request, params }) => {
      if (latency) await delay(latency);
      const fault = faulted(logged(request));
      if (fault) return fault;
      return HttpResponse.json({
        user: { id: Number(params.id), name: 'Pat Requester', email: 'pat@example.com', created_at: '2025-01-01T00:00:00Z', organization_id: orgId, phone: '555' },
        organizations: orgId === null ? [] : [{ id: orgId, name: 'Acme' }],
      });
    }),
    http.get(`${BASE}/api/v2/organizations/:id`, async ({ request, params }) => {
      if (latency) await delay(latency);
      const fault = faulted(logged(request));
      return fault ?? HttpResponse.json({ organization: { id: Number(params.id), name: 'Acme' } });
    }),
    http.get(`${BASE}/api/v2/tickets/:id`, async ({ request, params }) => {
      if (latency) await delay(latency);
      const fault = faulted(logged(request));
      if (fault) return fault;
      const ticket = tickets.find((t) => t.id === Number(params.id));
      return ticket ? HttpResponse.json({ ticket }) : HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 });
    }),
    http.get(`${BASE}/api/v2/search`, async ({ request }) => {
      if (latency) await delay(latency);
      const url = logged(request);
      const fault = faulted(url);
      if (fault) return fault;
      const page = Number(url.searchParams.get('page') ?? 1);
      const found = sorted().filter((t) => archived.has(t.id));
      const results = found.slice((page - 1) * 100, page * 100).map((t) => ({ ...t, result_type: 'ticket' }));
      return HttpResponse.json({ results, count: found.length, next_page: page * 100 < found.length ? `${BASE}/api/v2/search?page=${page + 1}` : null, previous_page: null, facets: null });
    }),
    http.get(`${BASE}/api/v2/tickets/:id/comments`, async ({ request, params }) => {
      if (latency) await delay(latency);
      const fault = faulted(logged(request));
      if (fault) return fault;
      const id = Number(params.id);
      const ticket = tickets.find((t) => t.id === id);
      if (!ticket) return HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 });
      return HttpResponse.json({
        comments: [
          { id: id * 10 + 1, author_id: ticket.submitter_id, public: true, created_at: ticket.created_at, body: ticket.description, plain_body: ticket.description },
          { id: id * 10 + 2, author_id: 1, public: true, created_at: ticket.updated_at, body: 'Thanks, fixed.', plain_body: 'Thanks, fixed.' },
        ],
        meta: { has_more: false, after_cursor: null, before_cursor: null },
        links: { next: null, prev: null },
      });
    }),
    http.get(`${BASE}/api/v2/search/count`, async ({ request }) => {
      if (latency) await delay(latency);
      const url = logged(request);
      const fault = faulted(url);
      if (fault) return fault;
      return HttpResponse.json({ count: (url.searchParams.get('query') ?? '').includes('type:user') ? 400 : 1200 });
    }),
  ];

  return {
    handlers,
    log,
    fault(match, ...responses) {
      faults.push({ match, responses });
    },
    touch(ticketId, at) {
      const ticket = tickets.find((t) => t.id === ticketId);
      if (ticket) ticket.updated_at = at;
    },
    addTicket() {
      const id = 1000 + tickets.length;
      tickets.push({ ...tickets[0]!, id, created_at: '2026-06-01T00:00:00Z', updated_at: '2026-06-01T00:00:00Z' });
      return id;
    },
  };
}
