import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccount } from '../../src/demo/account';
import { createMockApi, type MockApiOptions } from '../../src/demo/api/create-mock-api';
import type { DemoAccount } from '../../src/demo/types';
import { requestedTicketsPageSchema, ticketCommentsPageSchema, ticketUpdateResponseSchema, userUpdateResponseSchema, userSearchPageSchema } from '../../src/zendesk/schemas';
import { ticketsOf } from './helpers';

const NOW = new Date('2026-11-23T09:30:00Z');
const BASE = 'https://harborlight.zendesk.com';
const base = createDemoAccount({ now: NOW });
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** A fresh copy of the account behind a mock API, so writes in one test do not leak into another. */
function mock(options: MockApiOptions = {}): { account: DemoAccount; api: ReturnType<typeof createMockApi> } {
  const account = structuredClone(base);
  const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW, ...options });
  server.use(...api.handlers);
  return { account, api };
}

interface Answer {
  status: number;
  /** The parsed body when it is JSON, otherwise {}. */
  json: Record<string, unknown>;
  text: string;
  headers: Headers;
}

async function get(path: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(`${BASE}${path}`, init);
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
  return { status: response.status, json: isJson ? (JSON.parse(text) as Record<string, unknown>) : {}, text, headers: response.headers };
}

function send(method: string, path: string, body: unknown): Promise<Answer> {
  return get(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

async function allRequested(userId: number, query: string): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let url: string | null = `${BASE}/api/v2/users/${userId}/tickets/requested?${query}`;
  let pages = 0;
  while (url) {
    const page = requestedTicketsPageSchema.parse(await (await fetch(url)).json());
    ids.push(...page.tickets.map((t) => t.id));
    pages += 1;
    url = page.meta.has_more ? page.links.next : null;
  }
  return { ids, pages };
}

describe('requested tickets', () => {
  it('pages cover every active ticket exactly once, newest update first', async () => {
    const { account } = mock();
    const { userId } = account.requesters.heavy;
    const { ids, pages } = await allRequested(userId, 'page[size]=100&sort=-updated_at');
    expect(pages).toBe(15);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.toSorted()).toEqual(ticketsOf(account, 'heavy').map((t) => t.id).toSorted());
    const updated = ids.map((id) => account.tickets.find((t) => t.id === id)?.updated_at ?? '');
    expect(updated).toEqual(updated.toSorted().toReversed());
  });

  it('gives the same tickets with sort_by/sort_order, odd page sizes and ascending order', async () => {
    const { account } = mock();
    const { userId } = account.requesters.outage;
    const a = await allRequested(userId, 'page[size]=2&sort_by=created_at&sort_order=asc');
    const b = await allRequested(userId, 'page[size]=5&sort=-updated_at');
    expect(a.pages).toBeGreaterThan(1);
    expect(a.ids.toSorted()).toEqual(b.ids.toSorted());
    expect(a.ids).toEqual(a.ids.toSorted((x, y) => x - y));
  });

  it('lists archived tickets too, as the Tickets reference has it, or leaves them out when told to', async () => {
    const { account } = mock();
    const { userId } = account.requesters['old-anger'];
    const archived = ticketsOf(account, 'old-anger').filter((t) => account.archivedTicketIds.includes(t.id));
    expect(archived.length).toBeGreaterThan(0);
    expect((await allRequested(userId, 'page[size]=100')).ids).toEqual(expect.arrayContaining(archived.map((t) => t.id)));
    server.resetHandlers();
    mock({ requestedListIncludesArchived: false });
    const { ids } = await allRequested(userId, 'page[size]=100');
    expect(ids).toHaveLength(ticketsOf(account, 'old-anger').length - archived.length);
    for (const t of archived) {
      expect(ids).not.toContain(t.id);
      expect((await get(`/api/v2/tickets/${t.id}`)).status).toBe(200);
      expect((await get(`/api/v2/tickets/${t.id}/comments`)).json.comments).toHaveLength(account.comments[String(t.id)]?.length ?? -1);
    }
    const query = `type:ticket requester:${userId} status:closed updated<2026-07-26`;
    const search = await get(`/api/v2/search?query=${encodeURIComponent(query)}&sort_by=updated_at&sort_order=desc`);
    expect((search.json.results as { id: number }[]).map((r) => r.id).toSorted()).toEqual(archived.map((t) => t.id).toSorted());
  });

  it('refuses a cursor sort Zendesk does not offer', async () => {
    mock();
    const answer = await get(`/api/v2/users/${base.requesters.loyal.userId}/tickets/requested?page[size]=10&sort=-created_at`);
    expect(answer).toMatchObject({ status: 400, json: { error: 'InvalidValue' } });
  });

  it('walks back with page[before] to the same first page', async () => {
    mock();
    const { userId } = base.requesters.heavy;
    const first = requestedTicketsPageSchema.parse((await get(`/api/v2/users/${userId}/tickets/requested?page[size]=50`)).json);
    const second = requestedTicketsPageSchema.parse(await (await fetch(first.links.next ?? '')).json());
    const back = requestedTicketsPageSchema.parse(await (await fetch(second.links.prev ?? '')).json());
    expect(back.tickets.map((t) => t.id)).toEqual(first.tickets.map((t) => t.id));
    expect(first.links.prev).toBeNull();
  });

  it('sideloads comment_count and metric_sets as Zendesk documents', async () => {
    const { account } = mock();
    const { userId } = account.requesters.abusive;
    const page = requestedTicketsPageSchema.parse((await get(`/api/v2/users/${userId}/tickets/requested?page[size]=100&include=comment_count,metric_sets`)).json);
    for (const t of page.tickets) expect(t.comment_count).toBe(account.comments[String(t.id)]?.length);
    expect(page.metric_sets?.map((m) => m.ticket_id).toSorted()).toEqual(page.tickets.map((t) => t.id).toSorted());
    expect(page.metric_sets?.some((m) => (m.reopens ?? 0) > 0)).toBe(true);
    const withOrgs = (await get(`/api/v2/users/${userId}/tickets/requested?page[size]=100&include=users,organizations`)).json;
    expect((withOrgs.organizations as { name: string }[]).map((o) => o.name)).toEqual(['VK Auto Detailing']);
    expect((withOrgs.users as { id: number }[]).map((u) => u.id)).toContain(userId);
    const plain = (await get(`/api/v2/users/${userId}/tickets/requested?page[size]=100`)).json;
    expect(plain.metric_sets).toBeUndefined();
    expect((plain.tickets as Record<string, unknown>[])[0]?.comment_count).toBeUndefined();
  });

  it('uses offset pagination without page[size], and refuses a page size over 100', async () => {
    const { account } = mock();
    const { userId } = account.requesters.heavy;
    const offset = await get(`/api/v2/users/${userId}/tickets/requested.json?per_page=100&page=2`);
    expect(offset.json.count).toBe(1500);
    expect(String(offset.json.next_page)).toContain('page=3');
    expect((await get(`/api/v2/users/${userId}/tickets/requested?per_page=100&page=101`)).status).toBe(400);
    const tooBig = await get(`/api/v2/users/${userId}/tickets/requested?page[size]=101`);
    expect(tooBig.status).toBe(400);
    expect(tooBig.json.error).toBe('InvalidPaginationParameter');
  });

  it('answers 404 RecordNotFound for an unknown user', async () => {
    mock();
    const missing = await get('/api/v2/users/999/tickets/requested?page[size]=10');
    expect(missing).toMatchObject({ status: 404, json: { error: 'RecordNotFound', description: 'Not found' } });
  });
});

describe('comments, users, organizations, search', () => {
  it('lists comments oldest first, or newest first with sort=-created_at, in pages', async () => {
    const { account } = mock();
    const ticket = ticketsOf(account, 'abusive').find((t) => (account.comments[String(t.id)]?.length ?? 0) >= 4);
    const all = account.comments[String(ticket?.id)] ?? [];
    expect(all.length).toBeGreaterThanOrEqual(4);
    const asc = ticketCommentsPageSchema.parse((await get(`/api/v2/tickets/${ticket?.id}/comments?page[size]=2`)).json);
    expect(asc.comments.map((c) => c.id)).toEqual(all.slice(0, 2).map((c) => c.id));
    expect(asc.meta.has_more).toBe(true);
    const desc = ticketCommentsPageSchema.parse((await get(`/api/v2/tickets/${ticket?.id}/comments?page[size]=100&sort=-created_at`)).json);
    expect(desc.comments.map((c) => c.id)).toEqual(all.map((c) => c.id).toReversed());
    expect((await get(`/api/v2/tickets/${ticket?.id}/comments?sort_order=desc`)).json.comments).toHaveLength(all.length);
  });

  it('serves a user with the organizations sideload, and the organization itself', async () => {
    const { account } = mock();
    const { userId } = account.requesters.loyal;
    const { json } = await get(`/api/v2/users/${userId}.json?include=organizations`);
    const orgs = json.organizations as { id: number; organization_fields: Record<string, unknown> }[];
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.organization_fields.mrr).toBe(39);
    expect((await get(`/api/v2/organizations/${orgs[0]?.id}`)).json.organization).toEqual(orgs[0]);
    expect((await get(`/api/v2/users/${account.requesters.newcomer.userId}?include=organizations`)).json.organizations).toEqual([]);
    expect(((await get('/api/v2/users/me')).json.user as { id: number }).id).toBe(account.teamLeadId);
  });

  it('counts tickets created since a date and end users, from the account itself', async () => {
    const { account } = mock();
    const since = '2026-08-25';
    const expected = account.tickets.filter((t) => t.created_at >= '2026-08-26T00:00:00Z').length;
    expect((await get(`/api/v2/search/count?query=${encodeURIComponent(`type:ticket created>${since}`)}`)).json.count).toBe(expected);
    const endUsers = account.users.filter((u) => u.role === 'end-user').length;
    expect((await get(`/api/v2/search/count?query=${encodeURIComponent('type:user role:end-user')}`)).json.count).toBe(endUsers);
    expect((await get(`/api/v2/search/count?query=${encodeURIComponent('type:user tags:customer_fit_concern')}`)).json.count).toBe(2);
  });

  it('finds watchlist users by tag, ORing repeated tags, in offset pages', async () => {
    mock();
    const query = encodeURIComponent('type:user tags:customer_fit_concern tags:customer_fit_strike_2 tags:customer_fit_final_notice');
    const first = userSearchPageSchema.parse((await get(`/api/v2/search?query=${query}&per_page=3`)).json);
    expect(first.count).toBe(5);
    expect(first.results).toHaveLength(3);
    const second = userSearchPageSchema.parse(await (await fetch(first.next_page ?? '')).json());
    expect(second.next_page).toBeNull();
    expect([...first.results, ...second.results].map((u) => u.name).toSorted()).toEqual(['Derek Hale', 'Kyle Dawson', 'Mira Solberg', 'Nadia Brandt', 'Patricia Moor']);
  });

  it('search: status<solved, the true count, and 422 past the first 1,000 results', async () => {
    const { account } = mock();
    const { userId } = account.requesters.heavy;
    const unsolved = ticketsOf(account, 'heavy').filter((t) => ['new', 'open', 'pending', 'hold'].includes(t.status)).length;
    expect(unsolved).toBeGreaterThan(0);
    expect(unsolved).toBeLessThan(1500);
    expect((await get(`/api/v2/search/count?query=${encodeURIComponent(`type:ticket requester:${userId} status<solved`)}`)).json.count).toBe(unsolved);
    const query = encodeURIComponent(`type:ticket requester:${userId}`);
    const page10 = await get(`/api/v2/search?query=${query}&per_page=100&page=10`);
    expect(page10.json).toMatchObject({ count: 1500, next_page: null });
    const page11 = await get(`/api/v2/search?query=${query}&per_page=100&page=11`);
    expect(page11.status).toBe(422);
  });

  it('exports search results by cursor, one type at a time, newest first, with no way back', async () => {
    const { account } = mock();
    const query = encodeURIComponent('tags:customer_fit_concern tags:customer_fit_strike_2 tags:customer_fit_final_notice');
    const first = await get(`/api/v2/search/export?query=${query}&filter[type]=user&page[size]=2`);
    expect(first.status).toBe(200);
    const meta = first.json.meta as { has_more: boolean; after_cursor: string };
    expect(meta.has_more).toBe(true);
    expect(first.json).not.toHaveProperty('count');
    expect((first.json.links as { prev: unknown }).prev).toBeNull();
    const second = await get(`/api/v2/search/export?query=${query}&filter[type]=user&page[size]=3&page[after]=${meta.after_cursor}`);
    const all = [...(first.json.results as { id: number; created_at: string }[]), ...(second.json.results as { id: number; created_at: string }[])];
    expect(all.map((u) => u.created_at)).toEqual(all.map((u) => u.created_at).toSorted().toReversed());
    expect(all.map((u) => u.id).toSorted()).toEqual(
      (['watch-concern', 'watch-strike-1', 'watch-strike-2', 'watch-final-notice', 'watch-forged'] as const).map((k) => account.requesters[k].userId).toSorted(),
    );
    expect((second.json.meta as { has_more: boolean }).has_more).toBe(false);
    expect((await get(`/api/v2/search/export?query=${encodeURIComponent('type:user tags:vip')}&filter[type]=user&page[size]=10`)).status).toBe(400);
    expect((await get(`/api/v2/search/export?query=${query}&page[size]=10`)).status).toBe(400);
    expect((await get(`/api/v2/search/export?query=${query}&filter[type]=user&page[size]=1001`)).status).toBe(400);
  });

  it('answers an unknown endpoint with Zendesk\'s InvalidEndpoint', async () => {
    mock();
    expect(await get('/api/v2/macros')).toMatchObject({ status: 404, json: { error: 'InvalidEndpoint' } });
  });
});

describe('writes persist while the mock runs', () => {
  it('PUT tags adds, POST sets, DELETE removes (204)', async () => {
    const { account } = mock();
    const { userId } = account.requesters['late-payer'];
    expect((await get(`/api/v2/users/${userId}/tags`)).json.tags).toEqual(['billing_watch']);
    expect((await send('PUT', `/api/v2/users/${userId}/tags`, { tags: ['customer_fit_concern'] })).json.tags).toEqual(['billing_watch', 'customer_fit_concern']);
    const set = await send('POST', `/api/v2/users/${userId}/tags`, { tags: ['vip'] });
    expect(set).toMatchObject({ status: 201, json: { tags: ['vip'] } });
    await send('PUT', `/api/v2/users/${userId}/tags`, { tags: ['customer_fit_strike_1', 'Needs Review'] });
    const removed = await send('DELETE', `/api/v2/users/${userId}/tags`, { tags: ['vip'] });
    expect(removed.status).toBe(204);
    expect((await get(`/api/v2/users/${userId}/tags`)).json.tags).toEqual(['customer_fit_strike_1', 'needs_review']);
  });

  it('PUT user merges only the user_fields sent, swaps the level tag, and ignores fields that do not exist', async () => {
    const { account } = mock();
    const { userId } = account.requesters['watch-strike-1'];
    const answer = await send('PUT', `/api/v2/users/${userId}`, { user: { user_fields: { customer_fit_warning_level: 'customer_fit_strike_2', no_such_field: 'x' } } });
    const user = userUpdateResponseSchema.parse(answer.json).user;
    expect(user.user_fields).toMatchObject({ payment_overdue_days: 12, customer_fit_warning_level: 'customer_fit_strike_2' });
    expect(user.user_fields).not.toHaveProperty('no_such_field');
    expect(user.tags).toEqual(['customer_fit_concern', 'customer_fit_strike_2']);
    const again = (await get(`/api/v2/users/${userId}`)).json.user as { user_fields: Record<string, unknown> };
    expect(again.user_fields.customer_fit_warning_level).toBe('customer_fit_strike_2');
  });

  it('without the app\'s fields installed, writes to them are dropped', async () => {
    const { account } = mock({ appFieldsInstalled: false });
    const { userId } = account.requesters.loyal;
    const answer = await send('PUT', `/api/v2/users/${userId}`, { user: { user_fields: { customer_fit_warning_level: 'customer_fit_strike_1' } } });
    expect((answer.json.user as { user_fields: Record<string, unknown> }).user_fields).not.toHaveProperty('customer_fit_warning_level');
  });

  it('PUT ticket adds a comment (an internal note here) and answers with the ticket and its audit', async () => {
    const { account } = mock();
    const { primaryTicketId } = account.requesters.abusive;
    const before = account.comments[String(primaryTicketId)]?.length ?? 0;
    const answer = await send('PUT', `/api/v2/tickets/${primaryTicketId}`, {
      ticket: { comment: { html_body: '<p>Strike 1: <b>abuse</b> of staff.</p>', public: false, author_id: account.teamLeadId } },
    });
    expect(answer.status).toBe(200);
    const parsed = ticketUpdateResponseSchema.parse(answer.json);
    const event = parsed.audit.events.find((e) => e.type === 'Comment');
    const comments = ticketCommentsPageSchema.parse((await get(`/api/v2/tickets/${primaryTicketId}/comments?page[size]=100`)).json).comments;
    expect(comments).toHaveLength(before + 1);
    expect(comments.at(-1)).toMatchObject({ id: event?.id, public: false, author_id: account.teamLeadId, body: 'Strike 1: abuse of staff.' });
    expect(answer.json.ticket).toMatchObject({ updated_at: '2026-11-23T09:30:00Z' });
  });

  it('refuses to update a closed ticket with 422, and a blank comment', async () => {
    const { account } = mock();
    const closed = account.tickets.find((t) => t.status === 'closed');
    const refused = await send('PUT', `/api/v2/tickets/${closed?.id}`, { ticket: { comment: { body: 'Note', public: false } } });
    expect(refused).toMatchObject({ status: 422, json: { error: 'RecordInvalid' } });
    const blank = await send('PUT', `/api/v2/tickets/${account.requesters.loyal.primaryTicketId}`, { ticket: { comment: { body: '  ' } } });
    expect(blank.status).toBe(422);
  });
});

describe('control: log, latency, rate limit and faults', () => {
  it('logs each request with its route, query and status, and counts them', async () => {
    const { api, account } = mock();
    await get(`/api/v2/users/${account.requesters.loyal.userId}?include=organizations`);
    await get('/api/v2/users/1');
    expect(api.control.requests.map((r) => [r.method, r.route, r.status])).toEqual([
      ['GET', '/api/v2/users/:id', 200],
      ['GET', '/api/v2/users/:id', 404],
    ]);
    expect(api.control.requests[0]?.query).toEqual({ include: 'organizations' });
    expect(api.control.count('GET /api/v2/users/:id')).toBe(2);
    expect(api.control.counts()).toEqual({ 'GET /api/v2/users/:id': 2 });
    api.control.reset();
    expect(api.control.count()).toBe(0);
  });

  it('waits a realistic 40-120 ms by default', async () => {
    const { api } = mock({ latencyMs: 'realistic' });
    const started = performance.now();
    await get('/api/v2/users/me');
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(api.control.latencyMs).toBe('realistic');
  });

  it('answers 429 in plain text with Retry-After past the per-minute limit, and serves again next minute', async () => {
    let now = new Date('2026-11-23T09:30:45Z');
    const { api } = mock({ rateLimitPerMinute: 3, clock: () => now });
    for (let i = 0; i < 3; i += 1) expect((await get('/api/v2/users/me')).headers.get('x-rate-limit-remaining')).toBe(String(2 - i));
    const limited = await fetch(`${BASE}/api/v2/users/me`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('15');
    expect(limited.headers.get('content-type')).toBe('text/plain');
    expect(await limited.text()).toBe('Number of allowed API requests per minute exceeded');
    now = new Date('2026-11-23T09:31:00Z');
    const next = await get('/api/v2/users/me');
    expect(next.status).toBe(200);
    expect([next.headers.get('x-rate-limit'), next.headers.get('ratelimit-remaining'), next.headers.get('ratelimit-reset')]).toEqual(['3', '2', '60']);
    expect(api.control.requests.map((r) => r.status)).toEqual([200, 200, 200, 429, 200]);
  });

  it('limits the ticket list separately, with the zendesk-ratelimit-tickets-index header', async () => {
    const { account } = mock({ rateLimitPerMinute: 700, ticketListRateLimitPerMinute: 2 });
    const url = `/api/v2/users/${account.requesters.loyal.userId}/tickets/requested?page[size]=10`;
    expect((await get(url)).headers.get('zendesk-ratelimit-tickets-index')).toBe('total=2; remaining=1; resets=60');
    await get(url);
    expect((await get(url)).status).toBe(429);
    expect((await get('/api/v2/users/me')).status).toBe(200);
  });

  it.each([403, 404, 409, 422, 500, 502, 503] as const)('injects status %i with a Zendesk error body, the given number of times', async (status) => {
    const { api } = mock();
    api.control.inject('GET /api/v2/users/me', { kind: 'status', status }, { times: 2 });
    expect((await get('/api/v2/users/me')).status).toBe(status);
    const second = await get('/api/v2/users/me');
    expect(second.status).toBe(status);
    expect(typeof second.json.error).toBe('string');
    expect((await get('/api/v2/users/me')).status).toBe(200);
    expect(api.control.requests.map((r) => r.fault)).toEqual(['status', 'status', null]);
  });

  it('injects 429 with and without Retry-After', async () => {
    const { api } = mock();
    api.control.inject(null, { kind: 'rate-limit', retryAfterSeconds: 7 }, { times: 1 });
    api.control.inject(null, { kind: 'rate-limit', retryAfterSeconds: null }, { times: 1 });
    const withHeader = await get('/api/v2/users/me');
    expect([withHeader.status, withHeader.headers.get('retry-after')]).toEqual([429, '7']);
    const without = await get('/api/v2/users/me');
    expect([without.status, without.headers.get('retry-after')]).toEqual([429, null]);
  });

  it('only faults the matching route', async () => {
    const { api, account } = mock();
    api.control.inject(/\/comments$/, { kind: 'status', status: 500 });
    expect((await get('/api/v2/users/me')).status).toBe(200);
    expect((await get(`/api/v2/tickets/${account.requesters.loyal.primaryTicketId}/comments`)).status).toBe(500);
  });

  it('times out: never answers until the caller gives up, or answers late', async () => {
    const { api } = mock();
    api.control.inject('GET /api/v2/users/me', { kind: 'timeout' }, { times: 1 });
    await expect(fetch(`${BASE}/api/v2/users/me`, { signal: AbortSignal.timeout(150) })).rejects.toThrow();
    api.control.inject('GET /api/v2/users/me', { kind: 'timeout', delayMs: 120 }, { times: 1 });
    const started = performance.now();
    expect((await get('/api/v2/users/me')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('reset releases a request left hanging, as a network error', async () => {
    const { api } = mock();
    api.control.inject(null, { kind: 'timeout' });
    const pending = fetch(`${BASE}/api/v2/users/me`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    api.control.reset();
    await expect(pending).rejects.toThrow();
  });

  it('serves malformed JSON and HTML error pages', async () => {
    const { api } = mock();
    api.control.inject(null, { kind: 'malformed-json' }, { times: 1 });
    const broken = await fetch(`${BASE}/api/v2/users/me`);
    expect(broken.status).toBe(200);
    await expect(broken.json()).rejects.toThrow();
    api.control.inject(null, { kind: 'html-body', status: 200 }, { times: 1 });
    api.control.inject(null, { kind: 'html-body', status: 502 }, { times: 1 });
    const html200 = await fetch(`${BASE}/api/v2/users/me`);
    expect([html200.status, html200.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    const html502 = await fetch(`${BASE}/api/v2/users/me`);
    expect(html502.status).toBe(502);
    expect(await html502.text()).toContain('<html>');
  });

  it('breaks the schema of one ticket, which the app\'s schema then rejects', async () => {
    const { api, account } = mock();
    api.control.inject('GET /api/v2/users/:id/tickets/requested', { kind: 'schema-mismatch' }, { times: 1 });
    const { json } = await get(`/api/v2/users/${account.requesters.loyal.userId}/tickets/requested?page[size]=5`);
    expect(typeof (json.tickets as { id: unknown }[])[0]?.id).toBe('string');
    expect(requestedTicketsPageSchema.safeParse(json).success).toBe(false);
    expect((json.tickets as { id: unknown }[])[1]?.id).toEqual(expect.any(Number));
  });

  it('grows one comment to about a megabyte', async () => {
    const { api, account } = mock();
    api.control.inject('GET /api/v2/tickets/:id/comments', { kind: 'huge-comment' }, { times: 1 });
    const { json } = await get(`/api/v2/tickets/${account.requesters.loyal.primaryTicketId}/comments?page[size]=100`);
    const page = ticketCommentsPageSchema.parse(json);
    expect(page.comments[0]?.body?.length).toBeGreaterThan(1_000_000);
  });

  it('switches on named presets for the preview, and clears them', async () => {
    const { api } = mock();
    api.control.setPreset('server-error');
    expect((await get('/api/v2/users/me')).status).toBe(500);
    api.control.setPreset(null);
    expect((await get('/api/v2/users/me')).status).toBe(200);
    expect(() => api.control.setPreset('no-such-fault')).toThrow(/Unknown fault/);
  });
});
