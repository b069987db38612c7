import { http, HttpResponse, type HttpHandler } from 'msw';
import { TEST_BASE } from './fetch-port';

/**
 * An in-memory Zendesk for the write tests: users with tags and user fields, tickets with comments,
 * the endpoints the warning flag uses, and faults injected per route. It behaves like the documented
 * API: PUT on /users/{id}/tags adds, POST replaces, DELETE removes; PUT /users/{id} merges user_fields;
 * PUT /tickets/{id} with a comment adds it and answers with the audit.
 */

export interface FakeUser {
  id: number;
  name: string;
  role: string;
  created_at: string;
  tags: string[];
  user_fields: Record<string, unknown>;
}

export interface FakeComment {
  id: number;
  author_id: number;
  public: boolean;
  body: string;
  plain_body: string;
  created_at: string;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Apply the request first, then answer with the fault (the answer was lost on the way back). */
  afterApplying?: boolean;
}

export interface FakeZendesk {
  handlers: HttpHandler[];
  users: Map<number, FakeUser>;
  comments: Map<number, FakeComment[]>;
  /** Every request that reached the fake, in order. */
  log: { method: string; path: string; body: unknown }[];
  fail(fault: Fault): void;
  /** The id of the agent the requests are made as (the note's author). */
  actAs(userId: number): void;
  /** Ignore unknown user_fields keys, as Zendesk does when a field does not exist. */
  knownFields: Set<string> | null;
  /** Answer ticket updates without the audit (so the new comment's id must be found by re-reading). */
  omitAudit: boolean;
  /** The server's clock, for comments' created_at. */
  clock: () => Date;
  /** Runs once, and is awaited, before a matching request is applied (another person acting in between). */
  before(method: string, path: RegExp, run: () => Promise<void> | void): void;
}

export function createFakeZendesk(): FakeZendesk {
  const users = new Map<number, FakeUser>();
  const comments = new Map<number, FakeComment[]>();
  const log: FakeZendesk['log'] = [];
  const faults: (Fault & { left: number })[] = [];
  const hooks: { method: string; path: RegExp; run: () => Promise<void> | void }[] = [];
  let actor = 0;
  let nextCommentId = 9000;

  const fake: FakeZendesk = {
    handlers: [],
    users,
    comments,
    log,
    knownFields: null,
    omitAudit: false,
    clock: () => new Date('2026-11-23T10:00:05Z'),
    fail(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    actAs(userId) {
      actor = userId;
    },
    before(method, path, run) {
      hooks.push({ method, path, run });
    },
  };

  function apply(method: string, path: string, query: URLSearchParams, body: unknown): Response {
    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)$/))) {
      const user = users.get(Number(m[1]));
      if (!user) return HttpResponse.json({ error: 'RecordNotFound' }, { status: 404 });
      if (method === 'GET') return HttpResponse.json({ user: structuredClone(user) });
      if (method === 'PUT') {
        const fields = ((body as { user?: { user_fields?: Record<string, unknown> } }).user?.user_fields ?? {}) as Record<string, unknown>;
        for (const [key, value] of Object.entries(fields)) {
          if (fake.knownFields && !fake.knownFields.has(key)) continue;
          user.user_fields[key] = value;
        }
        return HttpResponse.json({ user: structuredClone(user) });
      }
    }
    if ((m = path.match(/^\/api\/v2\/users\/(\d+)\/tags$/))) {
      const user = users.get(Number(m[1]));
      if (!user) return HttpResponse.json({ error: 'RecordNotFound' }, { status: 404 });
      const tags = ((body as { tags?: string[] } | undefined)?.tags ?? []).map((t) => t.toLowerCase());
      if (method === 'PUT') user.tags = [...new Set([...user.tags, ...tags])];
      else if (method === 'POST') user.tags = [...new Set(tags)];
      else if (method === 'DELETE') {
        user.tags = user.tags.filter((t) => !tags.includes(t));
        return new HttpResponse(null, { status: 204 });
      }
      return HttpResponse.json({ tags: [...user.tags] });
    }
    if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)$/)) && method === 'PUT') {
      const ticketId = Number(m[1]);
      const comment = (body as { ticket?: { comment?: { body?: string; public?: boolean } } }).ticket?.comment;
      const list = comments.get(ticketId) ?? [];
      comments.set(ticketId, list);
      if (!comment?.body) return HttpResponse.json({ ticket: { id: ticketId }, audit: { events: [] } });
      const created: FakeComment = {
        id: nextCommentId++,
        author_id: actor,
        // A comment without `public` inherits the ticket's first comment's visibility: public here.
        public: comment.public ?? true,
        body: comment.body,
        plain_body: comment.body,
        created_at: fake.clock().toISOString(),
      };
      list.push(created);
      if (fake.omitAudit) return HttpResponse.json({ ticket: { id: ticketId } });
      return HttpResponse.json({
        ticket: { id: ticketId },
        audit: { id: created.id + 100000, events: [{ id: created.id, type: 'Comment', body: created.body, public: created.public }] },
      });
    }
    if ((m = path.match(/^\/api\/v2\/tickets\/(\d+)\/comments$/)) && method === 'GET') {
      // Cursor pagination, newest first with sort=-created_at, pages of `page[size]`.
      const all = [...(comments.get(Number(m[1])) ?? [])];
      if (query.get('sort') === '-created_at') all.reverse();
      const size = Number(query.get('page[size]') ?? 100);
      const start = Number(query.get('page[after]') ?? 0);
      const items = all.slice(start, start + size);
      const more = start + size < all.length;
      const next = new URL(`${TEST_BASE}${path}`);
      next.search = query.toString();
      next.searchParams.set('page[after]', String(start + size));
      return HttpResponse.json({
        comments: structuredClone(items),
        meta: { has_more: more, after_cursor: more ? String(start + size) : null, before_cursor: null },
        links: { next: more ? next.toString() : null, prev: null },
      });
    }
    return HttpResponse.json({ error: 'InvalidEndpoint', description: `${method} ${path} is not served by the fake` }, { status: 404 });
  }

  fake.handlers = [
    http.all(`${TEST_BASE}/api/v2/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const body: unknown = text === '' ? undefined : JSON.parse(text);
      const method = request.method;
      // Zendesk serves every endpoint with or without the .json suffix.
      const route = url.pathname.replace(/\.json$/, '');
      log.push({ method, path: `${url.pathname}${url.search}`, body });
      const index = hooks.findIndex((h) => h.method === method && h.path.test(url.pathname));
      if (index >= 0) {
        const [hook] = hooks.splice(index, 1);
        await hook!.run();
      }
      const fault = faults.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
      if (fault) {
        fault.left--;
        if (fault.afterApplying) apply(method, route, url.searchParams, body);
        return HttpResponse.json(fault.body ?? { error: 'Fault' }, { status: fault.status, headers: fault.headers ?? {} });
      }
      return apply(method, route, url.searchParams, body);
    }),
  ];
  return fake;
}
