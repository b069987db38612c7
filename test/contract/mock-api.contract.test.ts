/**
 * Everything the mock Zendesk API serves, for every demo requester, must validate against Zendesk's
 * own OpenAPI schemas (the carried copy, test/contract/zendesk-support-api.json), fetched through the msw handlers
 * with real fetch.
 *
 * The spec copy lacks some endpoints the app uses; their payloads reuse the spec's objects:
 * - `GET /api/v2/users/{user_id}/tickets/requested` (Zendesk's Tickets reference, "List Tickets"):
 *   a TicketsResponse, plus the `metric_sets`, `users` and `organizations` sideloads (TicketMetricObject,
 *   UserObject, OrganizationObject items) and cursor `meta`/`links`.
 * - `GET/PUT/POST/DELETE /api/v2/users/{user_id}/tags` (Tags reference): the same TagsByObjectIdResponse
 *   as `/api/v2/tickets/{ticket_id}/tags`, which the copy does describe.
 * - `GET /api/v2/tickets/{ticket_id}/metrics`: a TicketMetricsByTicketMetricIdResponse-like `ticket_metric`.
 * - `GET /api/v2/users/{user_id}/group_memberships` (Group Memberships reference, "List Memberships"):
 *   the copy describes it as `/api/v2/group_memberships` filtered by user; the same GroupMembershipsResponse.
 * - The cursor envelope: the copy's `Pagination` schema types `links.next`/`meta.after_cursor` as plain
 *   strings, but its fully specified cursor envelope (CustomObjectRecordsResponse) and the
 *   SearchExportResponse example allow null at the end of a list, so that envelope is used here.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccount } from '../../src/demo/account';
import { createMockApi } from '../../src/demo/api/create-mock-api';
import { breakSchema } from '../../src/demo/api/faults';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { specErrors } from './spec';

const NOW = new Date('2026-11-23T09:30:00Z');
const BASE = 'https://harborlight.zendesk.com';
const account = createDemoAccount({ now: NOW });
const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW });
const server = setupServer(...api.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function getJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

async function send(method: string, url: string, body: unknown): Promise<Response> {
  return fetch(`${BASE}${url}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

const CURSOR_META = 'CustomObjectRecordsResponse/properties/meta';
const CURSOR_LINKS = 'CustomObjectRecordsResponse/properties/links';

function listOf(body: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = body[key];
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

describe('the spec validators', () => {
  it('reject a wrong-typed ticket, so a passing sweep means something', () => {
    const ticket = account.tickets[0];
    expect(specErrors('TicketResponse', { ticket })).toEqual([]);
    expect(specErrors('TicketResponse', breakSchema({ ticket }))).not.toEqual([]);
  });
});

describe('the mock API answers in Zendesk\'s published shapes', () => {
  it.each(REQUESTER_KEYS.map((k) => [k]))('for the %s requester', async (key) => {
    const { userId } = account.requesters[key];
    const errors: string[] = [];
    const check = (pointer: string, value: unknown): void => {
      errors.push(...specErrors(pointer, value));
    };

    const userBody = await getJson(`${BASE}/api/v2/users/${userId}.json?include=organizations`);
    check('UserResponse', { user: userBody.user });
    // Agents read users with the full (admin) representation, so hold them to that schema too.
    check('UserForAdmin', userBody.user);
    for (const org of listOf(userBody, 'organizations')) {
      check('OrganizationObject', org);
      check('OrganizationResponse', await getJson(`${BASE}/api/v2/organizations/${String(org.id)}`));
    }
    check('TagsByObjectIdResponse', await getJson(`${BASE}/api/v2/users/${userId}/tags`));

    let url: string | null = `${BASE}/api/v2/users/${userId}/tickets/requested?page[size]=100&sort=-updated_at&include=comment_count,metric_sets,users,organizations`;
    const ticketIds: number[] = [];
    const listed = new Map<number, Record<string, unknown>>();
    while (url) {
      const page = await getJson(url);
      check('TicketsResponse', { tickets: page.tickets });
      check(CURSOR_META, page.meta);
      check(CURSOR_LINKS, page.links);
      for (const metric of listOf(page, 'metric_sets')) check('TicketMetricObject', metric);
      for (const user of listOf(page, 'users')) check('UserForAdmin', user);
      for (const org of listOf(page, 'organizations')) check('OrganizationObject', org);
      ticketIds.push(...listOf(page, 'tickets').map((t) => Number(t.id)));
      for (const t of listOf(page, 'tickets')) listed.set(Number(t.id), t);
      const meta = page.meta as { has_more: boolean };
      url = meta.has_more ? ((page.links as { next: string }).next ?? null) : null;
    }
    expect(ticketIds.length).toBeGreaterThan(0);

    // Heavy has 1,500 tickets of the same few templates: every 25th is enough to cover its shapes.
    const sample = key === 'heavy' ? ticketIds.filter((_, i) => i % 25 === 0) : ticketIds;
    for (const id of sample) {
      check('TicketResponse', await getJson(`${BASE}/api/v2/tickets/${id}`));
      const metric = await getJson(`${BASE}/api/v2/tickets/${id}/metrics`);
      check('TicketMetricObject', metric.ticket_metric);
      let commentsUrl: string | null = `${BASE}/api/v2/tickets/${id}/comments?page[size]=100`;
      let first = true;
      while (commentsUrl) {
        const page = await getJson(commentsUrl);
        if (first) {
          // The listed ticket's description is its first comment, written by its submitter.
          const opening = listOf(page, 'comments')[0]!;
          const ticket = listed.get(id)!;
          if (ticket.description !== opening.body || ticket.submitter_id !== opening.author_id) errors.push(`ticket ${id}: description or submitter_id differ from the first comment`);
          first = false;
        }
        check('TicketCommentsResponse', { comments: page.comments });
        check(CURSOR_META, page.meta);
        check(CURSOR_LINKS, page.links);
        commentsUrl = (page.meta as { has_more: boolean }).has_more ? (page.links as { next: string }).next : null;
      }
    }
    expect(errors).toEqual([]);
  });

  it('for the account-wide searches, the current agent and the archived tickets', async () => {
    const errors: string[] = [];
    const since = '2026-08-25';
    for (const query of [`type:ticket created>${since}`, 'type:user role:end-user', 'type:user tags:customer_fit_concern']) {
      errors.push(...specErrors('SearchCountResponse', await getJson(`${BASE}/api/v2/search/count?query=${encodeURIComponent(query)}`)));
    }
    const search = await getJson(`${BASE}/api/v2/search?query=${encodeURIComponent('type:user tags:customer_fit_concern tags:customer_fit_strike_1 tags:customer_fit_strike_2 tags:customer_fit_final_notice')}&per_page=2`);
    errors.push(...specErrors('SearchResponse', search));
    for (const result of listOf(search, 'results')) errors.push(...specErrors('UserForAdmin', result));
    const exported = await getJson(`${BASE}/api/v2/search/export?query=${encodeURIComponent('tags:customer_fit_concern')}&filter[type]=user&page[size]=100`);
    errors.push(...specErrors('SearchExportResponse', exported));
    for (const result of listOf(exported, 'results')) errors.push(...specErrors('UserForAdmin', result));
    const oldAnger = account.requesters['old-anger'].userId;
    const archivedSearch = await getJson(
      `${BASE}/api/v2/search?query=${encodeURIComponent(`type:ticket requester:${oldAnger} status:closed updated<2026-07-26`)}&sort_by=updated_at&sort_order=desc&per_page=100`,
    );
    expect(listOf(archivedSearch, 'results').length).toBeGreaterThan(0);
    errors.push(...specErrors('SearchResponse', archivedSearch));
    for (const result of listOf(archivedSearch, 'results')) errors.push(...specErrors('TicketObject', result));
    // The export the loader reads archived tickets with, past Search's 1,000.
    const archivedExport = await getJson(
      `${BASE}/api/v2/search/export?query=${encodeURIComponent(`requester:${oldAnger} status:closed updated<2026-07-26`)}&filter[type]=ticket&page[size]=100`,
    );
    expect(listOf(archivedExport, 'results').length).toBeGreaterThan(0);
    errors.push(...specErrors('SearchExportResponse', archivedExport));
    for (const result of listOf(archivedExport, 'results')) errors.push(...specErrors('TicketObject', result));
    const me = await getJson(`${BASE}/api/v2/users/me`);
    errors.push(...specErrors('CurrentUserResponse', me), ...specErrors('UserForAdmin', me.user));
    for (const id of account.archivedTicketIds.slice(0, 20)) {
      errors.push(...specErrors('TicketResponse', await getJson(`${BASE}/api/v2/tickets/${id}`)));
      errors.push(...specErrors('TicketCommentsResponse', await getJson(`${BASE}/api/v2/tickets/${id}/comments`)));
    }
    for (const rating of account.satisfactionRatings) errors.push(...specErrors('SatisfactionRatingObject', rating));
    expect(errors).toEqual([]);
  });

  it('for the reads that check a warning against its notes: the note author and their groups', async () => {
    const errors: string[] = [];
    for (const id of [account.teamLeadId, ...account.agentIds]) {
      errors.push(...specErrors('UserResponse', await getJson(`${BASE}/api/v2/users/${id}`)));
      const memberships = await getJson(`${BASE}/api/v2/users/${id}/group_memberships`);
      expect(listOf(memberships, 'group_memberships').length).toBeGreaterThan(0);
      errors.push(...specErrors('GroupMembershipsResponse', memberships));
    }
    expect(errors).toEqual([]);
  });

  it('for the writes the app makes', async () => {
    const { userId, primaryTicketId } = account.requesters['watch-concern'];
    const errors: string[] = [];

    let response = await send('PUT', `/api/v2/users/${userId}/tags`, { tags: ['customer_fit_strike_1'] });
    expect(response.status).toBe(200);
    errors.push(...specErrors('TagsByObjectIdResponse', await response.json()));
    response = await send('POST', `/api/v2/users/${userId}/tags`, { tags: ['customer_fit_concern'] });
    expect(response.status).toBe(201);
    errors.push(...specErrors('TagsByObjectIdResponse', await response.json()));
    response = await send('PUT', `/api/v2/users/${userId}`, { user: { user_fields: { customer_fit_warning_level: 'customer_fit_strike_1' } } });
    expect(response.status).toBe(200);
    errors.push(...specErrors('UserResponse', await response.json()));
    response = await send('PUT', `/api/v2/tickets/${primaryTicketId}`, {
      ticket: { comment: { html_body: '<p>Strike 1 recorded: <b>repeated redo demands</b>.</p>', public: false, author_id: account.teamLeadId } },
    });
    expect(response.status).toBe(200);
    errors.push(...specErrors('TicketUpdateResponse', await response.json()));
    expect(errors).toEqual([]);
  });
});
