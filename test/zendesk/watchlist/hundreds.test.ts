import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { CONCERN_TAG, LEVEL_TAGS } from '../../../src/core/warnings/fields';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { applyQuery, DEFAULT_QUERY, pageOf, toWatchlistRow } from '../../../src/core/watchlist';
import type { DemoAccount } from '../../../src/demo/types';
import { createMemoryStorage, HistoryCache } from '../../../src/zendesk/history';
import { RowRatings, searchFlaggedUsers } from '../../../src/zendesk/watchlist';
import { poll } from '../../e2e/harness/poll';
import { coldBudget, DEMO_NOW, demoAccount, mockSetup, ticketCount } from '../helpers/mock-setup';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/**
 * The demo account with `count` more flagged customers: the background end users given the app's
 * tags, then new customers modelled on them (without tickets) until there are `count`.
 */
function withFlagged(account: DemoAccount, count: number): DemoAccount {
  const flagged = new Set(account.users.filter((u) => u.tags.some((t) => t.startsWith('customer_fit_'))).map((u) => u.id));
  const background = account.users.filter((u) => u.role === 'end-user' && !flagged.has(u.id));
  const template = background[0]!;
  const chosen = [...background];
  for (let i = 0; chosen.length < count; i += 1) {
    const user = { ...template, id: 9_800_000 + i, name: `Flagged customer ${i}`, email: `flagged${i}@example.com`, tags: [], user_fields: {} };
    account.users.push(user);
    chosen.push(user);
  }
  const tags = [CONCERN_TAG, LEVEL_TAGS[1], LEVEL_TAGS[2], LEVEL_TAGS[3]];
  chosen.slice(0, count).forEach((user, i) => {
    user.tags = [...user.tags, tags[i % 7 === 0 ? 1 + (i % 3) : 0]!];
  });
  return account;
}

describe('the watchlist with hundreds of flagged customers', () => {
  it('finds them all in a few search pages and reads only the rows on screen, within the rate limit', async () => {
    const account = withFlagged(demoAccount(), 500);
    const setup = mockSetup(server, { account, rateLimitPerMinute: 200, speed: 60 });
    const found = await searchFlaggedUsers(setup.requester);
    const expected = account.users.filter((u) => u.tags.some((t) => t.startsWith('customer_fit_')));
    expect(found.problems).toEqual([]);
    expect(found.users).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThanOrEqual(504);
    const searches = setup.api.control.count('GET /api/v2/search');
    // At most one page per 100 customers of a tag, plus the first page of each tag.
    expect(searches).toBeLessThanOrEqual(Math.ceil(expected.length / 100) + 4);

    const rows = found.users.map((user) => toWatchlistRow(user, DEFAULT_WARNING_SETTINGS, DEMO_NOW));
    const sorted = applyQuery(rows, () => null, DEFAULT_QUERY, DEMO_NOW);
    const first = pageOf(sorted, 1, 10);
    const ratings = new RowRatings({
      port: setup.port,
      requester: setup.requester,
      settings: DEFAULT_SETTINGS,
      now: DEMO_NOW,
      cache: new HistoryCache({ storage: createMemoryStorage(), namespace: 'hundreds' }),
      onChange: () => {},
    });
    const before = setup.api.control.count();
    ratings.show(first.items);
    await poll('the first page rated', async () => (first.items.every((r) => ['rated', 'failed'].includes(ratings.get(r.id)?.status ?? '')) ? true : undefined), 30_000);
    expect(first.items.map((r) => ratings.get(r.id)?.status)).toEqual(first.items.map(() => 'rated'));

    // Only the ten customers on screen were read, each within the sidebar's own cold budget.
    const onScreen = new Set(first.items.map((r) => r.id));
    const readUsers = new Set(
      setup.api.control.requests.slice(before).flatMap((r) => {
        const match = /^\/api\/v2\/users\/(\d+)/.exec(r.path);
        return match ? [Number(match[1])] : [];
      }),
    );
    expect([...readUsers].every((id) => onScreen.has(id))).toBe(true);
    const budget = first.items.reduce((sum, r) => sum + coldBudget(ticketCount(account, r.id)), 0);
    expect(setup.api.control.count() - before).toBeLessThanOrEqual(budget);
    expect(setup.api.control.requests.filter((r) => r.status === 429)).toHaveLength(0);
    ratings.dispose();
  }, 60_000);
});
