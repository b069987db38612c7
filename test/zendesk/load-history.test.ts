import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HistoryCache, createMemoryStorage, loadHistory, type LoadOptions, type LoadUpdate } from '../../src/zendesk/history';
import { createFetchPort } from '../../src/zendesk/fetch-port';
import type { RequestPort } from '../../src/zendesk/port';
import { createRequester } from '../../src/zendesk/request';
import type { ZafRequestOptions } from '../../src/zendesk/zaf-client';
import { BASE, smallZendesk } from './helpers/small-zendesk';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const REQUESTER = 501;

function load(options: LoadOptions = {}) {
  const port = createFetchPort(BASE);
  const requester = createRequester(port, { policy: { backoffBaseMs: 5, rateLimitFallbackMs: 20, requestsPerMinute: 10_000 } });
  const updates: LoadUpdate[] = [];
  const handle = loadHistory(port, { id: REQUESTER, name: 'Pat' }, { requester, updateIntervalMs: 0, ...options }, (u) => updates.push(u));
  return { handle, updates };
}

describe('loadHistory, cold', () => {
  it('reads every ticket with its opening message, and the threads of the newest 30, within the request budget', async () => {
    const zd = smallZendesk(REQUESTER, 250);
    server.use(...zd.handlers);
    const last = await load().handle.finished;

    expect(zd.log.length).toBeLessThanOrEqual(Math.ceil(250 / 100) + 30 + 4);
    expect(last.done).toBe(true);
    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toHaveLength(250);
    expect(last.history!.tickets.every((t) => t.description === `Help with ${t.id}`)).toBe(true);
    expect(Object.keys(last.history!.comments)).toHaveLength(30);
    expect(last.progress).toEqual({ ticketsRead: 250, ticketsTotal: 250, commentsRead: 30, commentsTotal: 30 });
    expect(last.history!.organization).toEqual({ id: 77, name: 'Acme' });
    expect(last.history!.baseline).toEqual({ tickets: 1200, requesters: 400, windowDays: 90 });
    // Newest activity first, and the threads read are those of the newest tickets.
    const newest = last.history!.tickets[0]!;
    expect(newest.id).toBe(1249);
    expect(last.history!.comments['1249']).toHaveLength(2);
    expect(last.history!.comments['1220']).toHaveLength(2);
    expect(last.history!.comments['1219']).toBeUndefined();
  });

  it('reads the thread of an old ticket whose opening message shows a red flag, within the same cap', async () => {
    // Ticket 1010 is the 240th newest; its customer threatens a one-star review.
    const zd = smallZendesk(REQUESTER, 250, { opening: (i, id) => (i === 10 ? 'Fix this or I will leave a one-star review on Google.' : `Help with ${id}`) });
    server.use(...zd.handlers);
    const last = await load().handle.finished;

    expect(last.history!.comments['1010']).toHaveLength(2);
    expect(Object.keys(last.history!.comments)).toHaveLength(30);
    expect(zd.log.length).toBeLessThanOrEqual(Math.ceil(250 / 100) + 30 + 4);
    // Half the cap goes to the newest whatever happens; the flagged one took a slot of the others.
    expect(last.history!.comments['1235']).toBeDefined();
    expect(last.history!.comments['1221']).toBeDefined();
    expect(last.history!.comments['1220']).toBeUndefined();
  });

  it('leaves out the opening message of a ticket an agent opened: those are not the customer\'s words', async () => {
    const zd = smallZendesk(REQUESTER, 3, { submitter: (i) => (i === 1 ? 9 : REQUESTER), opening: (i, id) => (i === 1 ? 'Calling about your overdue invoice, legal is next.' : `Help with ${id}`) });
    server.use(...zd.handlers);
    const last = await load({ commentCap: 0 }).handle.finished;
    const byId = new Map(last.history!.tickets.map((t) => [t.id, t]));
    expect(byId.get(1001)!.description).toBeUndefined();
    expect(byId.get(1001)!.submitter_id).toBe(9);
    expect(byId.get(1000)!.description).toBe('Help with 1000');
  });

  it('finds archived tickets through Search when the list leaves them out', async () => {
    const zd = smallZendesk(REQUESTER, 150, { archived: 30 });
    server.use(...zd.handlers);
    const last = await load().handle.finished;
    expect(last.history!.tickets).toHaveLength(150);
    expect(last.progress.ticketsTotal).toBe(150);
    // The archived ones are the oldest; Search gives their opening messages too.
    expect(last.history!.tickets.at(-1)!.id).toBe(1000);
    expect(last.history!.tickets.at(-1)!.description).toBe('Help with 1000');
    expect(zd.log.filter((l) => l.startsWith('/api/v2/search?'))).toHaveLength(1);
    expect(zd.log.length).toBeLessThanOrEqual(Math.ceil(150 / 100) + 30 + 4);
  });

  it('asks Search once and stops when the list already holds the archived tickets', async () => {
    const zd = smallZendesk(REQUESTER, 40);
    server.use(...zd.handlers);
    const last = await load().handle.finished;
    expect(last.history!.tickets).toHaveLength(40);
    expect(zd.log.filter((l) => l.startsWith('/api/v2/search?'))).toHaveLength(1);
  });

  it('shows a first history as soon as the user and the first page are in, then refines it', async () => {
    const zd = smallZendesk(REQUESTER, 1000, { latencyMs: 20 });
    server.use(...zd.handlers);
    const { handle, updates } = load();
    await handle.finished;
    const withHistory = updates.filter((u) => u.history);
    expect(withHistory.length).toBeGreaterThan(2);
    const first = withHistory[0]!;
    expect(first.done).toBe(false);
    // The first page, each ticket with its opening message, and no thread waited for.
    expect(first.history!.tickets).toHaveLength(100);
    expect(first.history!.tickets.every((t) => t.description)).toBe(true);
    expect(Object.keys(first.history!.comments)).toHaveLength(0);
    const read = withHistory.map((u) => u.progress.ticketsRead);
    expect(read).toEqual([...read].toSorted((a, b) => a - b));
    expect(Object.isFrozen(first.history)).toBe(true);
  });

  it('keeps only the fields the core reads', async () => {
    const zd = smallZendesk(REQUESTER, 3);
    server.use(...zd.handlers);
    const last = await load().handle.finished;
    const ticket = last.history!.tickets[0]! as unknown as Record<string, unknown>;
    expect(Object.keys(ticket).toSorted()).toEqual(
      ['comment_count', 'created_at', 'description', 'id', 'metric_set', 'requester_id', 'status', 'subject', 'submitter_id', 'tags', 'updated_at', 'via'].filter((k) => k in ticket),
    );
    expect(ticket).not.toHaveProperty('url');
    expect(last.history!.user).not.toHaveProperty('phone');
    // A closed ticket may be archived: its metric set is unknown, not zero.
    const closed = last.history!.tickets.find((t) => t.status === 'closed')!;
    expect(closed.metric_set).toBeNull();
    const open = last.history!.tickets.find((t) => t.status === 'open')!;
    expect(open.metric_set).toEqual({ reopens: 1, replies: 2 });
  });

  it('gives a clear empty state for a ticket without a requester, without a request', async () => {
    const zd = smallZendesk(REQUESTER, 3);
    server.use(...zd.handlers);
    const updates: LoadUpdate[] = [];
    const last = await loadHistory(createFetchPort(BASE), null, {}, (u) => updates.push(u)).finished;
    expect(last).toMatchObject({ empty: 'no-requester', done: true, history: null, problems: [] });
    expect(updates).toHaveLength(1);
    expect(zd.log).toEqual([]);
  });

  it('stops asking once cancelled and sends no further update', async () => {
    const zd = smallZendesk(REQUESTER, 1000, { latencyMs: 20 });
    server.use(...zd.handlers);
    const { handle, updates } = load();
    await new Promise((r) => setTimeout(r, 50));
    handle.cancel();
    await expect(handle.finished).rejects.toMatchObject({ name: 'AbortError' });
    const seen = updates.length;
    const asked = zd.log.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(updates.length).toBe(seen);
    // Requests already on the wire (at most the 5 in flight) still arrive; nothing queued goes out.
    expect(zd.log.length).toBeLessThanOrEqual(asked + 5);
    expect(zd.log.length).toBeLessThan(50);
  });
});

describe('loadHistory, warm', () => {
  it('re-opens an unchanged requester with at most 2 requests and the same history', async () => {
    const zd = smallZendesk(REQUESTER, 250);
    server.use(...zd.handlers);
    const cache = new HistoryCache({ storage: createMemoryStorage() });
    const cold = await load({ cache }).handle.finished;
    zd.log.length = 0;

    const { handle, updates } = load({ cache });
    const warm = await handle.finished;
    expect(zd.log.length).toBeLessThanOrEqual(2);
    expect(updates[0]!.fromCache).toBe(true);
    expect(updates[0]!.history!.tickets).toHaveLength(250);
    expect(warm.history!.tickets.map((t) => t.id)).toEqual(cold.history!.tickets.map((t) => t.id));
    expect(Object.keys(warm.history!.comments).toSorted()).toEqual(Object.keys(cold.history!.comments).toSorted());
    expect(warm.problems).toEqual([]);
  });

  it('re-reads only the comments of a ticket that changed, and picks up a new ticket', async () => {
    const zd = smallZendesk(REQUESTER, 150);
    server.use(...zd.handlers);
    const cache = new HistoryCache({ storage: createMemoryStorage() });
    await load({ cache }).handle.finished;
    zd.log.length = 0;
    zd.touch(1010, '2026-07-01T00:00:00Z');
    const added = zd.addTicket();

    const warm = await load({ cache }).handle.finished;
    const comments = zd.log.filter((l) => l.includes('/comments'));
    expect(comments.toSorted()).toEqual([`/api/v2/tickets/${added}/comments?page[size]=100&sort=-created_at`, '/api/v2/tickets/1010/comments?page[size]=100&sort=-created_at'].toSorted());
    expect(zd.log.length).toBe(4);
    expect(warm.history!.tickets).toHaveLength(151);
    expect(warm.history!.tickets[0]!.id).toBe(1010);
    expect(warm.progress.ticketsTotal).toBe(151);
  });

  it('does not keep full comment bodies in the cache', async () => {
    const zd = smallZendesk(REQUESTER, 2);
    const storage = createMemoryStorage();
    server.use(...zd.handlers);
    await load({ cache: new HistoryCache({ storage }) }).handle.finished;
    const stored = storage.keys().map((k) => storage.getItem(k)).join('\n');
    // A comment without a signal keeps its metadata and no text; so does an agent's reply, whose
    // words the rating never reads ("Thanks, fixed." would be a sign-off in the customer's mouth).
    expect(stored).not.toContain('Help with 1001');
    expect(stored).toContain('"id":10011');
    expect(stored).toContain('"id":10012');
    expect(stored).not.toContain('Thanks, fixed.');
  });

  it('keeps of an opening message only the passage around what the rating reads', async () => {
    const long = `${'Some background about our account. '.repeat(40)}I will sue you if this is not fixed. ${'More details follow. '.repeat(40)}`;
    const zd = smallZendesk(REQUESTER, 3, { opening: (i, id) => (i === 0 ? long : `Help with ${id}`) });
    const storage = createMemoryStorage();
    server.use(...zd.handlers);
    const cold = await load({ cache: new HistoryCache({ storage }), commentCap: 1 }).handle.finished;
    expect(cold.history!.tickets.find((t) => t.id === 1000)!.description).toBe(long);
    const stored = storage.keys().map((k) => storage.getItem(k)).join('\n');
    expect(stored).toContain('I will sue you');
    expect(stored).not.toContain('Help with 1001');
    const entry = JSON.parse(storage.getItem(storage.keys().find((k) => stored && storage.getItem(k)!.includes('sue'))!)!) as { tickets: { id: number; description?: string }[] };
    const kept = entry.tickets.find((t) => t.id === 1000)!.description!;
    expect(kept.length).toBeLessThan(500);
    expect(entry.tickets.find((t) => t.id === 1001)).not.toHaveProperty('description');
  });
});

const fail = () => new Response('{"error":"boom"}', { status: 500 });

describe('loadHistory, retry', () => {
  it('joins a second retry asked while the first runs, reading what failed once', async () => {
    const zd = smallZendesk(REQUESTER, 5);
    server.use(...zd.handlers);
    zd.fault(/^\/api\/v2\/tickets\/1004\/comments/, fail, fail, fail);
    const last = await load().handle.finished;
    expect(last.problems).toEqual([{ kind: 'comments-unreadable', count: 1, cause: 'server', retryable: true }]);
    const before = zd.log.length;
    const first = last.retry!();
    const second = last.retry!();
    expect(second).toBe(first);
    const retried = await first.finished;
    expect(zd.log.length - before).toBe(1);
    expect(retried.problems).toEqual([]);
    expect(retried.history!.comments['1004']).toHaveLength(2);
  });

  it('does not offer a retry for a ticket whose id could not be read', async () => {
    const zd = smallZendesk(REQUESTER, 3);
    server.use(...zd.handlers);
    zd.fault(/tickets\/requested/, () =>
      Response.json({
        tickets: [{ id: { broken: true }, status: 'open' }],
        meta: { has_more: false, after_cursor: null, before_cursor: null },
        links: { next: null, prev: null },
      }),
    );
    const last = await load().handle.finished;
    expect(last.problems).toEqual([{ kind: 'tickets-unreadable', count: 1, cause: 'unreadable', retryable: false }]);
    expect(last.retry).toBeNull();
  });
});

describe('loadHistory, updates', () => {
  it('sends the first rating at once, then at most one update per interval', async () => {
    const zd = smallZendesk(REQUESTER, 400, { latencyMs: 10 });
    server.use(...zd.handlers);
    const times: number[] = [];
    const started = performance.now();
    const port = createFetchPort(BASE);
    const requester = createRequester(port, { policy: { requestsPerMinute: 10_000 } });
    // Updates before the first rating say what it waits for, each at once; the interval governs the ones after it.
    const last = await loadHistory(port, REQUESTER, { requester, updateIntervalMs: 200 }, (u) => u.history && times.push(performance.now() - started)).finished;
    const took = performance.now() - started;
    expect(last.done).toBe(true);
    // Between the first rating and the last update, updates keep to the interval. The median, not
    // every gap, is asserted: on a loaded machine one late timer shortens the gap after it.
    const gaps = times.slice(1, -1).map((t, i) => t - times[i]!).slice(1).toSorted((a, b) => a - b);
    if (gaps.length > 0) expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(190);
    expect(times.length).toBeLessThanOrEqual(Math.ceil(took / 200) + 3);
  });
});

describe('loadHistory, where requests go', () => {
  it('asks only relative /api/v2 urls, with GET, through the port', async () => {
    const zd = smallZendesk(REQUESTER, 120, { archived: 5 });
    server.use(...zd.handlers);
    const inner = createFetchPort(BASE);
    const asked: ZafRequestOptions[] = [];
    const port: RequestPort = {
      request: <T,>(options: ZafRequestOptions) => {
        asked.push(options);
        return inner.request<T>(options);
      },
    };
    const requester = createRequester(port, { policy: { requestsPerMinute: 10_000 } });
    await loadHistory(port, REQUESTER, { requester }, () => {}).finished;
    expect(asked.length).toBeGreaterThan(30);
    for (const options of asked) {
      expect(options.url).toMatch(/^\/api\/v2\/[a-z_/0-9]+(\?|$)/);
      expect(options.type).toBe('GET');
      expect(options.data).toBeUndefined();
    }
  });
});
