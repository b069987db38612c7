import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccount } from '../../../src/demo/account';
import { createMockApi } from '../../../src/demo/api';
import { WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { planConcern, planStrike, preselectEvidence } from '../../../src/core/warnings/plan';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { warningState } from '../../../src/core/warnings/state';
import type { CurrentUserLike } from '../../../src/core/warnings/types';
import { createFetchPort } from '../../../src/zendesk/fetch-port';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { rating } from './support/fixtures';

/** The warning writes against the shared demo account and its mock Zendesk API. */
const NOW = new Date('2026-11-23T10:00:00Z');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const account = createDemoAccount({ now: NOW });
  const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW });
  server.use(...api.handlers);
  const port = createFetchPort('https://demo.zendesk.test');
  const lead = account.users.find((u) => u.id === account.teamLeadId)!;
  const by: CurrentUserLike = { id: lead.id, name: lead.name, role: lead.role, groups: [] };
  const requester = Object.values(account.requesters)[0]!;
  return { account, api, port, by, requester };
}

describe('warning writes on the demo account', () => {
  it('gives a strike and keeps every other tag and field of the demo customer', async () => {
    const { account, api, port, by, requester } = setup();
    const before = structuredClone(account.users.find((u) => u.id === requester.userId)!);
    const user = await readRequester(port, requester.userId);
    const plan = planStrike({
      op: 'op-demo-0000001',
      user,
      ticketId: requester.primaryTicketId,
      by,
      reason: 'Third review threat this quarter',
      evidence: preselectEvidence(rating()),
      rating: rating(),
      settings: DEFAULT_WARNING_SETTINGS,
      now: NOW,
      accountUrl: `https://${account.subdomain}.zendesk.com`,
    });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const result = await runWarningAction(port, plan.action, DEFAULT_WARNING_SETTINGS, { now: () => NOW });
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');

    const after = account.users.find((u) => u.id === requester.userId)!;
    for (const tag of before.tags) expect(after.tags).toContain(tag);
    for (const [key, value] of Object.entries(before.user_fields)) {
      if (!(Object.values(WARNING_FIELDS) as string[]).includes(key)) expect(after.user_fields[key]).toEqual(value);
    }
    expect(after.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
    expect(after.tags).toContain('customer_fit_strike_1');
    expect(warningState(after, DEFAULT_WARNING_SETTINGS, NOW).latest?.reason).toBe('Third review threat this quarter');
    const note = account.comments[String(requester.primaryTicketId)]!.at(-1)!;
    expect(note.public).toBe(false);
    expect(note.id).toBe(result.commentId);
    expect(api.control.count('POST /api/v2/users/:id/tags')).toBe(0);
  });

  it('reports a 409 on the customer record and completes on retry with one note', async () => {
    const { account, api, port, by, requester } = setup();
    const user = await readRequester(port, requester.userId);
    const plan = planConcern({
      op: 'op-demo-0000002',
      user,
      ticketId: requester.primaryTicketId,
      by,
      reason: 'Worried about the tone on the phone',
      evidence: [],
      rating: null,
      settings: DEFAULT_WARNING_SETTINGS,
      now: NOW,
    });
    if (!plan.ok) throw new Error('plan refused');
    api.control.inject('PUT /api/v2/users/:id', { kind: 'status', status: 409 }, { times: 1 });
    const first = await runWarningAction(port, plan.action, DEFAULT_WARNING_SETTINGS, { now: () => NOW });
    expect(first.status).toBe('partial');
    const notesBefore = account.comments[String(requester.primaryTicketId)]!.length;
    const second = await runWarningAction(port, plan.action, DEFAULT_WARNING_SETTINGS, { now: () => NOW });
    expect(second.status, JSON.stringify(second.failure)).toBe('completed');
    expect(account.comments[String(requester.primaryTicketId)]!.length).toBe(notesBefore);
    expect(warningState(account.users.find((u) => u.id === requester.userId)!, DEFAULT_WARNING_SETTINGS, NOW).openConcerns).toHaveLength(1);
  });
});
