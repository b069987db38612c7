import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { DEFAULT_COMMENT_CAP, HistoryCache, createMemoryStorage } from '../../src/zendesk/history';
import { rate } from '../../src/core/rating';
import { parseSettings } from '../../src/core/settings';
import { coldBudget, DEMO_NOW, demoAccount, mockSetup, ticketCount } from './helpers/mock-setup';

const settings = parseSettings({}).settings;
import { withHeavyRequesterOf } from './helpers/sized-account';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('request budget against the mock Zendesk API', () => {
  it.each(REQUESTER_KEYS)('%s: a cold load stays within ceil(N/100) + min(N, 30) + 4 and a warm re-open makes at most 2', async (key) => {
    const account = demoAccount();
    const setup = mockSetup(server, { account });
    const userId = account.requesters[key].userId;
    const n = ticketCount(account, userId);
    const cache = new HistoryCache({ storage: createMemoryStorage(), clock: setup.clock });

    const cold = await setup.load(userId, { cache }).finished;
    expect(setup.api.control.count()).toBeLessThanOrEqual(coldBudget(n));
    expect(cold.problems).toEqual([]);
    // Archived tickets included: the history holds every ticket the requester ever opened.
    expect(cold.history!.tickets).toHaveLength(n);
    expect(cold.progress.ticketsTotal).toBe(n);
    expect(Object.keys(cold.history!.comments)).toHaveLength(Math.min(n, DEFAULT_COMMENT_CAP));
    // Every ticket speaks through its opening message: the ones whose thread was not read too.
    expect(cold.history!.tickets.filter((t) => t.description)).toHaveLength(n);

    setup.api.control.reset();
    const warm = await setup.load(userId, { cache }).finished;
    expect(setup.api.control.count()).toBeLessThanOrEqual(2);
    expect(warm.problems).toEqual([]);
    expect(warm.history!.tickets.map((t) => t.id).toSorted()).toEqual(cold.history!.tickets.map((t) => t.id).toSorted());
    // The cache keeps passages of comments and opening messages only, and they rate the same.
    const [a, b] = [cold, warm].map((u) => rate(u.history!, settings, DEMO_NOW));
    expect([b!.band, b!.score]).toEqual([a!.band, a!.score]);
    expect(b!.factors.map((f) => [f.id, f.count])).toEqual(a!.factors.map((f) => [f.id, f.count]));
  });

  it('a requester with no tickets is an empty history, not an error, for at most 4 requests', async () => {
    const account = demoAccount();
    // Someone who signed up and has not asked anything yet.
    const template = account.users.find((u) => u.role === 'end-user')!;
    const nobody = { ...template, id: 9_900_001, email: 'quiet@example.com', organization_id: null };
    account.users.push(nobody);
    const setup = mockSetup(server, { account });
    const last = await setup.load(nobody.id).finished;
    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toEqual([]);
    expect(last.progress).toMatchObject({ ticketsRead: 0, ticketsTotal: 0, commentsTotal: 0 });
    expect(setup.api.control.count()).toBeLessThanOrEqual(coldBudget(0));
  });

  it('10,000 tickets: every one read with its opening message, 30 threads, within budget and the rate limit', async () => {
    const account = withHeavyRequesterOf(demoAccount(), 10_000);
    const setup = mockSetup(server, { account, rateLimitPerMinute: 200, speed: 60 });
    const userId = account.requesters.heavy.userId;
    const last = await setup.load(userId).finished;
    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toHaveLength(10_000);
    expect(Object.keys(last.history!.comments)).toHaveLength(DEFAULT_COMMENT_CAP);
    expect(last.history!.tickets.filter((t) => t.description)).toHaveLength(10_000);
    expect(setup.api.control.count()).toBeLessThanOrEqual(coldBudget(10_000));
    expect(setup.api.control.requests.filter((r) => r.status === 429)).toHaveLength(0);
  }, 60_000);
});
