import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONCERN_TAG, LEVEL_TAGS } from '../../../src/core/warnings/fields';
import type { RequestPort } from '../../../src/zendesk/port';
import { createRequester } from '../../../src/zendesk/request';
import { searchFlaggedUsers, type FlaggedSearchUpdate } from '../../../src/zendesk/watchlist';
import type { ZafRequestOptions } from '../../../src/zendesk/zaf-client';
import { demoAccount, mockSetup } from '../helpers/mock-setup';

function user(id: number, tag: string) {
  return { id, name: `Customer ${id}`, created_at: '2025-01-01T00:00:00Z', organization_id: null, tags: [tag], user_fields: {}, result_type: 'user' };
}

/** A Zendesk whose users carry the app's tags, answering Search and the export like the documented API. */
function fakeZendesk(byTag: Record<string, number[]>, options: { fail?: (url: URL) => number | null } = {}) {
  const log: string[] = [];
  const port: RequestPort = {
    request<T>(request: ZafRequestOptions): Promise<T> {
      const url = new URL(request.url, 'https://example.zendesk.com');
      log.push(decodeURIComponent(url.pathname + url.search));
      const status = options.fail?.(url) ?? null;
      if (status !== null) return Promise.reject({ status, statusText: 'Error', responseText: '{}' });
      const query = url.searchParams.get('query') ?? '';
      const tag = /tags:(\S+)/.exec(query)?.[1] ?? '';
      const ids = byTag[tag] ?? [];
      if (url.pathname === '/api/v2/search') {
        const page = Number(url.searchParams.get('page'));
        const per = Number(url.searchParams.get('per_page'));
        // The documented limit: past 1,000 results Search answers 422.
        if (page * per > 1000 && (page - 1) * per >= 1000) return Promise.reject({ status: 422, statusText: 'Unprocessable', responseText: '{}' });
        const results = ids.slice((page - 1) * per, page * per).map((id) => user(id, tag));
        return Promise.resolve({ results, count: ids.length, next_page: page * per < ids.length ? 'next' : null, previous_page: null } as T);
      }
      if (url.pathname === '/api/v2/search/export') {
        expect(url.searchParams.get('filter[type]')).toBe('user');
        expect(query).not.toMatch(/type:/);
        const size = Number(url.searchParams.get('page[size]'));
        const start = Number(url.searchParams.get('page[after]') ?? 0);
        const results = ids.slice(start, start + size).map((id) => user(id, tag));
        const more = start + size < ids.length;
        return Promise.resolve({ results, meta: { has_more: more, after_cursor: more ? String(start + size) : null, before_cursor: null }, links: { next: null, prev: null } } as T);
      }
      return Promise.reject({ status: 404, statusText: 'Not Found', responseText: '{}' });
    },
  };
  const requester = createRequester(port, { policy: { retries: 0, requestsPerMinute: 100_000 } });
  return { requester, log };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('searchFlaggedUsers', () => {
  it('pages through every tag and lists each customer once, also one who carries two tags', async () => {
    const zd = fakeZendesk({
      [CONCERN_TAG]: range(1, 250),
      [LEVEL_TAGS[1]]: [5, 300],
      [LEVEL_TAGS[2]]: [],
      [LEVEL_TAGS[3]]: range(400, 120),
    });
    const updates: FlaggedSearchUpdate[] = [];
    const result = await searchFlaggedUsers(zd.requester, { onUpdate: (u) => updates.push(u) });

    expect(result.done).toBe(true);
    expect(result.problems).toEqual([]);
    const ids = result.users.map((u) => u.id).toSorted((a, b) => a - b);
    expect(ids).toEqual([...range(1, 250), 300, ...range(400, 120)]);
    // 3 pages of the concern tag, 1 each of strike 1 and 2, 2 of the final notice.
    expect(zd.log.filter((l) => l.includes(`tags:${CONCERN_TAG}`)).map((l) => /[?&]page=(\d+)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
    expect(zd.log).toHaveLength(7);
    expect(result).toMatchObject({ pagesRead: 7, pagesExpected: 7 });
    // Progress arrives page by page, never going backwards.
    const found = updates.map((u) => u.users.length);
    expect(found).toEqual(found.toSorted((a, b) => a - b));
    expect(updates.length).toBeGreaterThan(3);
  });

  it('reports a page that fails and keeps every customer found on the other pages', async () => {
    const zd = fakeZendesk(
      { [CONCERN_TAG]: range(1, 250), [LEVEL_TAGS[3]]: [900] },
      { fail: (url) => (url.searchParams.get('query')?.includes(CONCERN_TAG) && url.searchParams.get('page') === '2' ? 500 : null) },
    );
    const result = await searchFlaggedUsers(zd.requester);
    expect(result.done).toBe(true);
    expect(result.problems).toEqual([{ tag: CONCERN_TAG, page: 2, cause: 'server' }]);
    const ids = new Set(result.users.map((u) => u.id));
    expect(ids.size).toBe(151);
    expect(ids.has(100)).toBe(true);
    expect(ids.has(101)).toBe(false);
    expect(ids.has(201)).toBe(true);
    expect(ids.has(900)).toBe(true);
  });

  it('reports a tag whose first page fails without losing the other tags', async () => {
    const zd = fakeZendesk(
      { [CONCERN_TAG]: [1, 2], [LEVEL_TAGS[1]]: [3] },
      { fail: (url) => (url.searchParams.get('query')?.includes(LEVEL_TAGS[1]) ? 403 : null) },
    );
    const result = await searchFlaggedUsers(zd.requester);
    expect(result.users.map((u) => u.id)).toEqual([1, 2]);
    expect(result.problems).toEqual([{ tag: LEVEL_TAGS[1], page: 1, cause: 'forbidden' }]);
  });

  it('says that no page answered when every search failed, so an empty list is not taken for nobody flagged', async () => {
    const zd = fakeZendesk({ [CONCERN_TAG]: [1] }, { fail: () => 500 });
    const result = await searchFlaggedUsers(zd.requester);
    expect(result.users).toEqual([]);
    expect(result.problems).toHaveLength(4);
    expect(result.pagesAnswered).toBe(0);
    const empty = await searchFlaggedUsers(fakeZendesk({}).requester);
    expect(empty).toMatchObject({ users: [], problems: [], pagesAnswered: 4 });
  });

  it('switches to the export endpoint for a tag with more than 1,000 customers, and never asks Search past page 10', async () => {
    const zd = fakeZendesk({ [CONCERN_TAG]: range(1, 1234) });
    const result = await searchFlaggedUsers(zd.requester, { tags: [CONCERN_TAG] });
    expect(result.problems).toEqual([]);
    expect(new Set(result.users.map((u) => u.id)).size).toBe(1234);
    expect(zd.log.filter((l) => l.startsWith('/api/v2/search?'))).toHaveLength(1);
    expect(zd.log.filter((l) => l.startsWith('/api/v2/search/export?'))).toHaveLength(13);
  });

  it('leaves out a result that is not a readable user and counts it', async () => {
    const port: RequestPort = {
      request: <T,>() => Promise.resolve({ results: [{ id: 1, name: 'Ok', created_at: '2025-01-01T00:00:00Z', result_type: 'user' }, { id: 'x' }], count: 2, next_page: null } as T),
    };
    const result = await searchFlaggedUsers(createRequester(port), { tags: [CONCERN_TAG] });
    expect(result.users.map((u) => u.id)).toEqual([1]);
    expect(result.unreadable).toBe(1);
  });
});

describe('searchFlaggedUsers against the mock Zendesk API', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('finds exactly the demo account\'s flagged customers in four searches', async () => {
    const account = demoAccount();
    const setup = mockSetup(server, { account });
    const result = await searchFlaggedUsers(setup.requester);
    const expected = account.users.filter((u) => u.tags.some((t) => t.startsWith('customer_fit_'))).map((u) => u.name).toSorted();
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(result.users.map((u) => u.name).toSorted()).toEqual(expected);
    expect(setup.api.control.count('GET /api/v2/search')).toBe(4);
  });
});
