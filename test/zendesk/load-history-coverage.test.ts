import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVED_BEYOND_SEARCH } from '../../src/demo/api/scenarios';
import type { RouteMatcher } from '../../src/demo/api';
import { HistoryCache, createMemoryStorage, type LoadProblem } from '../../src/zendesk/history';
import { coldBudget, demoAccount, mockSetup, ticketCount, type MockSetup } from './helpers/mock-setup';

// What the history says of how much it read: a list cut short, a re-open from the cache, and more
// archived tickets than Search pages. Each against the mock Zendesk API and its preview presets.

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  current?.api.control.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

let current: MockSetup | null = null;
const account = demoAccount();
const HEAVY = account.requesters.heavy.userId;
const N = ticketCount(account, HEAVY);
const EXPORT: RouteMatcher = 'GET /api/v2/search/export';
const SEARCH: RouteMatcher = 'GET /api/v2/search';

function setup(): MockSetup {
  current = mockSetup(server, { account: structuredClone(account) });
  return current;
}

const problem = (kind: LoadProblem['kind'], count: number | null, cause: LoadProblem['cause'], retryable: boolean) => ({ kind, count, cause, retryable });

describe('a ticket list cut short', () => {
  it('after its first page: the total is unknown, said as such, and the rating is provisional', async () => {
    const s = setup();
    s.api.control.setPreset('list-fails-after-first-page');
    const last = await s.load(HEAVY).finished;

    expect(last.history!.tickets).toHaveLength(100);
    // Not "1 ticket could not be listed": how many more there are is not known.
    expect(last.problems).toEqual([problem('ticket-list-incomplete', null, 'server', true)]);
    expect(last.progress.ticketsTotal).toBeNull();
    expect(last.coverage).toEqual({ read: 100, total: null, provisional: true });

    // Once Zendesk answers again, the retry reads on from where the list stopped.
    s.api.control.clearFaults();
    const retried = await last.retry!().finished;
    expect(retried.problems).toEqual([]);
    expect(retried.coverage).toEqual({ read: N, total: N, provisional: false });
  });

  it('a complete history is not provisional', async () => {
    const last = await setup().load(HEAVY).finished;
    expect(last.coverage).toEqual({ read: N, total: N, provisional: false });
  });
});

describe('a re-open from the cache', () => {
  it('keeps and shows the tickets that could not be read, and a retry reads them', async () => {
    const s = setup();
    s.api.control.setPreset('unreadable-after-first-page');
    const cache = new HistoryCache({ storage: createMemoryStorage(), clock: s.clock });
    const cold = await s.load(HEAVY, { cache }).finished;
    // One ticket on each of the 14 pages after the first did not parse.
    const unreadable = [problem('tickets-unreadable', 14, 'unreadable', true)];
    expect(cold.problems).toEqual(unreadable);
    expect(cold.progress).toMatchObject({ ticketsRead: N - 14, ticketsTotal: N });

    // Re-opened later, when Zendesk answers well again: the warm check reads the first page only.
    s.api.control.reset();
    const { finished, updates } = s.load(HEAVY, { cache });
    const warm = await finished;
    expect(s.api.control.count()).toBe(2);
    expect(updates[0]!.fromCache).toBe(true);
    expect(updates[0]!.problems).toEqual(unreadable);
    expect(warm.problems).toEqual(unreadable);
    expect(warm.progress).toMatchObject({ ticketsRead: N - 14, ticketsTotal: N });

    const retried = await warm.retry!().finished;
    expect(s.api.control.count()).toBe(2 + 14);
    expect(retried.problems).toEqual([]);
    expect(retried.history!.tickets).toHaveLength(N);
  });

  it('keeps a ticket whose messages could not be read', async () => {
    const s = setup();
    const newest = account.tickets.filter((t) => t.requester_id === HEAVY).toSorted((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id)[0]!.id;
    s.api.control.inject((e) => e.path === `/api/v2/tickets/${newest}/comments`, { kind: 'status', status: 403 });
    const cache = new HistoryCache({ storage: createMemoryStorage(), clock: s.clock });
    const cold = await s.load(HEAVY, { cache }).finished;
    const forbidden = [problem('comments-unreadable', 1, 'forbidden', false)];
    expect(cold.problems).toEqual(forbidden);

    s.api.control.reset();
    const warm = await s.load(HEAVY, { cache }).finished;
    expect(warm.problems).toEqual(forbidden);
    expect(warm.history!.comments[String(newest)]).toBeUndefined();
  });

  it('reads a thread it could not read before once its ticket has changed', async () => {
    const changing = structuredClone(account);
    current = mockSetup(server, { account: changing });
    const s = current;
    const ticket = changing.tickets.filter((t) => t.requester_id === HEAVY).toSorted((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id)[3]!;
    s.api.control.inject((e) => e.path === `/api/v2/tickets/${ticket.id}/comments`, { kind: 'status', status: 500 }, { times: 3 });
    const cache = new HistoryCache({ storage: createMemoryStorage(), clock: s.clock });
    const cold = await s.load(HEAVY, { cache }).finished;
    expect(cold.problems).toEqual([problem('comments-unreadable', 1, 'server', true)]);

    // The customer wrote again: the ticket's activity is newer than the failed read.
    ticket.updated_at = new Date(Date.parse(ticket.updated_at) + 3_600_000).toISOString().replace('.000Z', 'Z');
    s.api.control.reset();
    const warm = await s.load(HEAVY, { cache }).finished;
    expect(warm.problems).toEqual([]);
    expect(warm.history!.comments[String(ticket.id)]!.length).toBeGreaterThan(0);
    expect(s.api.control.count('GET /api/v2/tickets/:id/comments')).toBe(1);
  });
});

describe('more archived tickets than Search pages', () => {
  it('reads the rest through the export, within the request budget', async () => {
    const s = setup();
    s.api.control.setPreset('archived-beyond-search');
    const total = N + ARCHIVED_BEYOND_SEARCH;
    const last = await s.load(HEAVY).finished;

    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toHaveLength(total);
    expect(new Set(last.history!.tickets.map((t) => t.id)).size).toBe(total);
    expect(last.coverage).toEqual({ read: total, total, provisional: false });
    // Search's ten pages, then the export for what lies beyond them: the last 100, and the tickets
    // of the day Search stopped on, read again and merged by id.
    expect(s.api.control.count(SEARCH)).toBe(10);
    expect(s.api.control.count(EXPORT)).toBe(2);
    expect(s.api.control.count()).toBeLessThanOrEqual(coldBudget(total));
  });

  it('names the archived tickets it could not read when the export is refused', async () => {
    const s = setup();
    s.api.control.setPreset('archived-beyond-search');
    s.api.control.inject(EXPORT, { kind: 'status', status: 403 });
    const total = N + ARCHIVED_BEYOND_SEARCH;
    const last = await s.load(HEAVY).finished;

    expect(last.history!.tickets).toHaveLength(N + 1000);
    expect(last.problems).toEqual([problem('ticket-list-incomplete', ARCHIVED_BEYOND_SEARCH - 1000, 'forbidden', false)]);
    expect(last.progress.ticketsTotal).toBe(total);
    expect(last.coverage).toEqual({ read: N + 1000, total, provisional: false });
  });
});
