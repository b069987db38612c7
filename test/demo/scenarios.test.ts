import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccount } from '../../src/demo/account';
import { createMockApi } from '../../src/demo/api/create-mock-api';
import { ARCHIVED_BEYOND_SEARCH } from '../../src/demo/api/scenarios';

const NOW = new Date('2026-11-23T09:30:00Z');
const BASE = 'https://harborlight.zendesk.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function json(path: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${BASE}${path}`)).json()) as Record<string, unknown>;
}

describe('the archived-beyond-search preset', () => {
  it('gives the heavy requester more archived tickets than Search pages, leaves them out of the list, and is undone when cleared', async () => {
    const account = createDemoAccount({ now: NOW });
    const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW });
    server.use(...api.handlers);
    const heavy = account.requesters.heavy.userId;
    const own = () => account.tickets.filter((t) => t.requester_id === heavy).length;
    const before = own();
    const query = encodeURIComponent(`type:ticket requester:${heavy} status:closed updated<2026-08-05`);

    api.control.setPreset('archived-beyond-search');
    expect(own()).toBe(before + ARCHIVED_BEYOND_SEARCH);
    const search = await json(`/api/v2/search?query=${query}&per_page=100&page=1`);
    expect(search.count).toBe(ARCHIVED_BEYOND_SEARCH);
    // Search stops at 1,000; the list leaves the archived tickets out.
    expect((await fetch(`${BASE}/api/v2/search?query=${query}&per_page=100&page=11`)).status).toBe(422);
    let listed = 0;
    for (let next: string | null = `/api/v2/users/${heavy}/tickets/requested?page[size]=100`; next; ) {
      const page = await json(next);
      listed += (page.tickets as unknown[]).length;
      const meta = page.meta as { has_more: boolean; after_cursor: string };
      next = meta.has_more ? `/api/v2/users/${heavy}/tickets/requested?page[size]=100&page[after]=${meta.after_cursor}` : null;
    }
    expect(listed).toBe(before);
    const copy = (search.results as { id: number }[])[0]!.id;
    const comments = await json(`/api/v2/tickets/${copy}/comments`);
    expect((comments.comments as unknown[]).length).toBeGreaterThan(0);

    api.control.setPreset(null);
    expect(own()).toBe(before);
    expect((await fetch(`${BASE}/api/v2/tickets/${copy}`)).status).toBe(404);
    expect((await json(`/api/v2/search?query=${query}&per_page=100&page=1`)).count).toBe(0);
  });
});
