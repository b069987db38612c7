import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, demoAccount, mockSetup, type MockSetup } from './helpers/mock-setup';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  current?.api.control.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

let current: MockSetup | null = null;
const rateLimited = (setup: MockSetup) => setup.api.control.requests.filter((r) => r.status === 429).length;

describe('within a rate limit of 200 requests a minute', () => {
  it('cold loads of the 1,500-ticket requester in a row, more than a minute\'s requests, never meet a 429', async () => {
    const account = demoAccount();
    const setup = mockSetup(server, { account, rateLimitPerMinute: 200, speed: 60 });
    current = setup;
    const heavy = account.requesters.heavy.userId;
    for (let i = 0; i < 5; i++) {
      const last = await setup.load(heavy).finished;
      expect(last.problems).toEqual([]);
      expect(last.history!.tickets).toHaveLength(1500);
    }
    expect(setup.api.control.count()).toBeGreaterThan(200);
    expect(rateLimited(setup)).toBe(0);
  }, 60_000);

  it('when another app has spent the minute, one 429 at most, and the load still completes', async () => {
    const account = demoAccount();
    const setup = mockSetup(server, { account, rateLimitPerMinute: 200, speed: 60 });
    current = setup;
    // Another agent's app spends 190 of this minute's 200 requests.
    await Promise.all(Array.from({ length: 190 }, () => fetch(`${ORIGIN}/api/v2/users/me`)));
    const started = setup.clock.now();
    const last = await setup.load(account.requesters.heavy.userId).finished;

    expect(rateLimited(setup)).toBe(1);
    expect(last.problems).toEqual([]);
    expect(last.history!.tickets).toHaveLength(1500);
    expect(Object.keys(last.history!.comments)).toHaveLength(30);
    // It waited for the next minute as Zendesk asked, rather than giving up or hammering.
    expect(setup.clock.now() - started).toBeGreaterThan(20_000);
  }, 60_000);

  it('gives up cleanly when Zendesk keeps answering 429, and says so', async () => {
    const account = demoAccount();
    const setup = mockSetup(server, { account, speed: 60 });
    current = setup;
    setup.api.control.inject('GET /api/v2/users/:id/tickets/requested', { kind: 'rate-limit', retryAfterSeconds: 5 });
    const last = await setup.load(account.requesters.outage.userId).finished;
    // 1 attempt + 2 retries on the list, then the user record; nothing else is asked for.
    expect(setup.api.control.count('GET /api/v2/users/:id/tickets/requested')).toBe(3);
    expect(last.problems).toEqual([expect.objectContaining({ kind: 'ticket-list-incomplete', cause: 'rate-limited', retryable: true })]);
    expect(last.retry).not.toBeNull();
  }, 30_000);
});
