import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault, RouteMatcher } from '../../src/demo/api';
import { HistoryCache, createMemoryStorage, type LoadProblem } from '../../src/zendesk/history';
import { demoAccount, mockSetup, ticketCount, type MockSetup } from './helpers/mock-setup';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  current?.api.control.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

let current: MockSetup | null = null;

const LIST = 'GET /api/v2/users/:id/tickets/requested';
const COMMENTS = 'GET /api/v2/tickets/:id/comments';
const USER = 'GET /api/v2/users/:id';
const COUNT = 'GET /api/v2/search/count';

// The late payer: 7 tickets, 4 of them archived. A clean cold load asks for the list (1), the
// archived search (1), 7 comment pages, the user (1) and the two baseline counts: 12 requests.
const account = demoAccount();
const USER_ID = account.requesters['late-payer'].userId;
const N = ticketCount(account, USER_ID);
const NEWEST = account.tickets.filter((t) => t.requester_id === USER_ID && !account.archivedTicketIds.includes(t.id)).toSorted((a, b) => b.updated_at.localeCompare(a.updated_at))[0]!.id;
const newestComments: RouteMatcher = (e) => e.path === `/api/v2/tickets/${NEWEST}/comments`;
const CLEAN = 12;

interface Row {
  name: string;
  faults: [RouteMatcher, Fault, number][];
  /** Requests the load makes. */
  requests: number;
  /** What the agent is told. */
  problems: Partial<LoadProblem>[];
  tickets: number;
  /** Tickets whose comments are in the history. */
  commented: number;
  /** After the faults clear, retry() costs this many requests and leaves no problem; null: no retry offered. */
  retry: number | null;
}

// A list that fails before its end cannot say how many tickets it missed: the count is null, not 1.
const problem = (kind: LoadProblem['kind'], count: number | null, cause: LoadProblem['cause'], retryable: boolean) => ({ kind, count, cause, retryable });

const rows: Row[] = [
  { name: 'no fault', faults: [], requests: CLEAN, problems: [], tickets: N, commented: N, retry: null },
  { name: '429 with Retry-After on the list', faults: [[LIST, { kind: 'rate-limit', retryAfterSeconds: 1 }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  { name: '429 without Retry-After on the user', faults: [[USER, { kind: 'rate-limit', retryAfterSeconds: null }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  { name: '500 on a comment page, once', faults: [[newestComments, { kind: 'status', status: 500 }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  { name: '502 on the user, once', faults: [[USER, { kind: 'status', status: 502 }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  { name: '503 on a baseline count, once', faults: [[COUNT, { kind: 'status', status: 503 }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  {
    name: '500 on a comment page, every attempt',
    faults: [[newestComments, { kind: 'status', status: 500 }, 3]],
    requests: CLEAN + 2,
    problems: [problem('comments-unreadable', 1, 'server', true)],
    tickets: N,
    commented: N - 1,
    retry: 1,
  },
  { name: 'a timeout on a comment page, once', faults: [[newestComments, { kind: 'timeout' }, 1]], requests: CLEAN + 1, problems: [], tickets: N, commented: N, retry: null },
  {
    name: 'malformed JSON on the list',
    faults: [[LIST, { kind: 'malformed-json' }, 1]],
    requests: 2,
    problems: [problem('ticket-list-incomplete', null, 'unreadable', true)],
    tickets: 0,
    commented: 0,
    retry: CLEAN - 1,
  },
  {
    name: 'an HTML page with 200 instead of the list',
    faults: [[LIST, { kind: 'html-body', status: 200 }, 1]],
    requests: 2,
    problems: [problem('ticket-list-incomplete', null, 'unreadable', true)],
    tickets: 0,
    commented: 0,
    retry: CLEAN - 1,
  },
  {
    name: 'an HTML 502 page on every list request',
    faults: [[LIST, { kind: 'html-body', status: 502 }, 3]],
    requests: 4,
    problems: [problem('ticket-list-incomplete', null, 'server', true)],
    tickets: 0,
    commented: 0,
    retry: CLEAN - 1,
  },
  {
    name: 'a schema mismatch in one ticket of the list',
    faults: [[LIST, { kind: 'schema-mismatch' }, 1]],
    requests: CLEAN - 1,
    problems: [problem('tickets-unreadable', 1, 'unreadable', true)],
    tickets: N - 1,
    commented: N - 1,
    retry: 2,
  },
  {
    name: 'a schema mismatch in one comment',
    faults: [[newestComments, { kind: 'schema-mismatch' }, 1]],
    requests: CLEAN,
    problems: [problem('comments-unreadable', 1, 'unreadable', true)],
    tickets: N,
    commented: N,
    retry: 1,
  },
  {
    name: 'a ticket deleted while being read',
    faults: [[newestComments, { kind: 'status', status: 404 }, 1]],
    requests: CLEAN,
    problems: [problem('tickets-deleted', 1, 'not-found', false)],
    tickets: N - 1,
    commented: N - 1,
    retry: null,
  },
  {
    name: '403 on every comment page',
    faults: [[COMMENTS, { kind: 'status', status: 403 }, 100]],
    requests: CLEAN,
    problems: [problem('comments-unreadable', N, 'forbidden', false)],
    tickets: N,
    commented: 0,
    retry: null,
  },
  {
    name: 'the user record deleted (404)',
    faults: [[USER, { kind: 'status', status: 404 }, 1]],
    requests: CLEAN,
    problems: [problem('user-unreadable', 1, 'not-found', false)],
    tickets: N,
    commented: N,
    retry: null,
  },
  {
    name: 'the user record answered with an HTML 503 page, every attempt',
    faults: [[USER, { kind: 'html-body', status: 503 }, 3]],
    requests: CLEAN + 2,
    problems: [problem('user-unreadable', 1, 'server', true)],
    tickets: N,
    commented: N,
    retry: 1,
  },
  { name: 'a 1 MB comment', faults: [[newestComments, { kind: 'huge-comment' }, 1]], requests: CLEAN, problems: [], tickets: N, commented: N, retry: null },
];

describe('faults injected into the mock Zendesk API', () => {
  it.each(rows)('$name', async (row) => {
    const setup = mockSetup(server, { account: structuredClone(account) });
    current = setup;
    for (const [matcher, fault, times] of row.faults) setup.api.control.inject(matcher, fault, { times });
    const storage = createMemoryStorage();
    const ref = { id: USER_ID, name: account.users.find((u) => u.id === USER_ID)!.name };
    const last = await setup.load(ref, { cache: new HistoryCache({ storage, clock: setup.clock }) }).finished;

    expect(setup.api.control.count()).toBe(row.requests);
    expect(last.done).toBe(true);
    expect(last.problems).toEqual(row.problems.map((p) => expect.objectContaining(p)));
    // Nothing else broke: the requester (from ZAF's name when the record could not be read) and every readable ticket are there.
    expect(last.history!.user).toMatchObject({ id: USER_ID, name: ref.name });
    expect(last.history!.tickets).toHaveLength(row.tickets);
    expect(Object.keys(last.history!.comments).filter((id) => last.history!.comments[id]!.length > 0)).toHaveLength(row.commented);
    expect(last.history!.baseline ?? null).toEqual(row.tickets ? expect.objectContaining({ windowDays: 90 }) : null);

    if (row.problems.some((p) => p.kind === 'user-unreadable')) {
      // The stand-in's tenure is the oldest ticket's age: a lower bound, not a guess.
      const oldest = last.history!.tickets.map((t) => t.created_at).toSorted()[0];
      expect(last.history!.user.created_at).toBe(oldest);
    }

    if (row.name === 'a 1 MB comment') {
      const longest = Math.max(...Object.values(last.history!.comments).flat().map((c) => (c.body ?? '').length));
      expect(longest).toBeGreaterThan(1_000_000);
      const stored = storage.keys().reduce((sum, k) => sum + (storage.getItem(k)?.length ?? 0), 0);
      expect(stored).toBeLessThan(100_000);
    }

    if (row.retry === null) {
      expect(last.retry).toBeNull();
      return;
    }
    setup.api.control.clearFaults();
    const before = setup.api.control.count();
    const retried = await last.retry!().finished;
    expect(setup.api.control.count() - before).toBe(row.retry);
    expect(retried.problems).toEqual([]);
    expect(retried.history!.tickets).toHaveLength(N);
    expect(Object.keys(retried.history!.comments)).toHaveLength(N);
  });
});

describe('a ticket list that answers slowly', () => {
  it('still gives a rating when it answers in 20 s, and says meanwhile what the first rating waits for', async () => {
    // The mock sleeps in real time; the loader's clock runs 20 times faster: 1 s real is 20 s.
    const setup = mockSetup(server, { account: structuredClone(account), speed: 20 });
    current = setup;
    setup.api.control.inject(LIST, { kind: 'timeout', delayMs: 1_000 });
    const { finished, updates } = setup.load({ id: USER_ID });
    const last = await finished;

    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toHaveLength(N);
    const waits = updates.filter((u) => u.history === null).map((u) => u.waiting);
    expect(waits).toContainEqual(expect.objectContaining({ for: 'tickets', attempt: 1, attempts: 3, timeoutMs: 15_000, previous: null }));
    expect(waits).toContainEqual(
      expect.objectContaining({ for: 'tickets', attempt: 2, attempts: 3, timeoutMs: 30_000, previous: { cause: 'timeout', afterMs: 15_000 } }),
    );
    // Once rated, nothing is shown as awaited.
    expect(updates.filter((u) => u.history !== null).every((u) => u.waiting === null)).toBe(true);
  });
});
