import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { createMemoryStorage, HistoryCache } from '../../../src/zendesk/history';
import { RowRatings, type RowRef } from '../../../src/zendesk/watchlist';
import { DEMO_NOW, demoAccount, mockSetup } from '../helpers/mock-setup';
import { poll } from '../../e2e/harness/poll';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const WATCH = ['watch-concern', 'watch-strike-1', 'watch-strike-2', 'watch-final-notice'] as const;

function setup(parallel = 2, edit?: (account: ReturnType<typeof demoAccount>) => void) {
  const account = demoAccount();
  edit?.(account);
  const mock = mockSetup(server, { account });
  const cache = new HistoryCache({ storage: createMemoryStorage(), namespace: 'test' });
  let changes = 0;
  const ratings = new RowRatings({ port: mock.port, requester: mock.requester, settings: DEFAULT_SETTINGS, now: DEMO_NOW, cache, parallel, onChange: () => (changes += 1) });
  const refs: RowRef[] = WATCH.map((key) => {
    const user = account.users.find((u) => u.id === account.requesters[key].userId)!;
    return { id: user.id, name: user.name };
  });
  const userRequests = (id: number) => mock.api.control.count((e) => e.path === `/api/v2/users/${id}`);
  return { account, mock, cache, ratings, refs, userRequests, changes: () => changes };
}

describe('RowRatings', () => {
  it('rates the rows on screen a few at a time, with the ticket count of the last 90 days and the organization', async () => {
    const { account, ratings, refs, cache, changes } = setup(2);
    ratings.show(refs);
    expect(refs.map((r) => ratings.get(r.id)?.status)).toEqual(['loading', 'loading', 'queued', 'queued']);
    expect(ratings.pending).toBe(4);
    // Renderers compare by identity: the map is replaced on a change and kept otherwise.
    const before = ratings.all;
    expect(ratings.all).toBe(before);
    expect([...before.values()].map((r) => r.status)).toEqual(['loading', 'loading', 'queued', 'queued']);

    await poll('every row rated', async () => (refs.every((r) => ratings.get(r.id)?.status === 'rated') ? true : undefined), 15_000);
    for (const ref of refs) {
      const row = ratings.get(ref.id)!;
      const user = account.users.find((u) => u.id === ref.id)!;
      const org = account.organizations.find((o) => o.id === user.organization_id)!;
      const recent = account.tickets.filter((t) => t.requester_id === ref.id && Date.parse(t.created_at) >= DEMO_NOW.getTime() - 90 * 86_400_000).length;
      expect(row.rating?.requesterId).toBe(ref.id);
      expect(['good', 'watch', 'poor', 'insufficient']).toContain(row.rating?.band);
      expect(row.ticketsRecent).toBe(recent);
      expect(row.organizationName).toBe(org.name);
      // The sidebar's cache now holds the history, so opening the customer there costs no full re-read.
      expect(cache.read(ref.id)?.requesterId).toBe(ref.id);
    }
    expect(ratings.pending).toBe(0);
    expect(changes()).toBeGreaterThan(4);
    expect(ratings.all).not.toBe(before);
    expect([...ratings.all.values()].every((r) => r.status === 'rated')).toBe(true);
  });

  it('never reads a row that left the screen before its turn, and keeps ratings already computed', async () => {
    const { ratings, refs, userRequests } = setup(1);
    const [a, b, c, d] = refs as [RowRef, RowRef, RowRef, RowRef];
    ratings.show([a, b, c]);
    // The lead moves on to another page while the first row is still being read.
    ratings.show([d]);
    expect(ratings.get(b.id)).toBeUndefined();
    await poll('the new page rated', async () => (ratings.get(d.id)?.status === 'rated' ? true : undefined), 15_000);
    expect(userRequests(b.id)).toBe(0);
    expect(userRequests(c.id)).toBe(0);
    // Back to the first page: the row rated before is not read again.
    ratings.show([d, b]);
    expect(ratings.get(d.id)?.status).toBe('rated');
    await poll('b rated', async () => (ratings.get(b.id)?.status === 'rated' ? true : undefined), 15_000);
    expect(userRequests(d.id)).toBe(1);
  });

  it('says a rating could not be computed, and why, when the customer\'s tickets cannot be read; a retry asks again', async () => {
    const { ratings, refs, mock } = setup(2);
    const target = refs[0]!;
    mock.api.control.inject((e) => e.path.startsWith(`/api/v2/users/${target.id}`), { kind: 'status', status: 403 });
    ratings.show(refs.slice(0, 2));
    await poll('both settled', async () => (refs.slice(0, 2).every((r) => ['rated', 'failed'].includes(ratings.get(r.id)?.status ?? '')) ? true : undefined), 15_000);
    const failed = ratings.get(target.id)!;
    expect(failed.status).toBe('failed');
    expect(failed.rating).toBeNull();
    expect(failed.problems.map((p) => p.cause)).toContain('forbidden');
    expect(ratings.get(refs[1]!.id)?.status).toBe('rated');

    mock.api.control.clearFaults();
    ratings.retry(target);
    await poll('rated after retry', async () => (ratings.get(target.id)?.status === 'rated' ? true : undefined), 15_000);
  });

  it('stops reading when disposed', () => {
    const { ratings, refs, mock } = setup(2);
    ratings.show(refs);
    ratings.dispose();
    const before = mock.api.control.requests.length;
    ratings.show(refs);
    expect(ratings.pending).toBe(0);
    expect(mock.api.control.requests.length).toBe(before);
  });

  it('gives the organization\'s name without invisible formatting, which would show its letters in another order', async () => {
    const { ratings, refs, account } = setup(1, (edited) => {
      const user = edited.users.find((u) => u.id === edited.requesters['watch-concern'].userId)!;
      const org = edited.organizations.find((o) => o.id === user.organization_id)!;
      org.name = `\u202e${org.name}\u202c\u2060`;
    });
    const target = refs[0]!;
    ratings.show([target]);
    await poll('rated', async () => (ratings.get(target.id)?.status === 'rated' ? true : undefined), 15_000);
    const user = account.users.find((u) => u.id === target.id)!;
    const org = account.organizations.find((o) => o.id === user.organization_id)!;
    expect(ratings.get(target.id)!.organizationName).toBe(org.name.replace(/\p{Cf}/gu, ''));
  });
});
