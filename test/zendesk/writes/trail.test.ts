import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAccount } from '../../../src/demo/account';
import { createMockApi } from '../../../src/demo/api';
import { DEMO_IDS } from '../../../src/demo/company';
import { encodeRecord, LEVEL_TAGS, parseWarningFields, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { planStrike, preselectEvidence } from '../../../src/core/warnings/plan';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { verifyWarning } from '../../../src/core/warnings/verify';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { readWarningTrail } from '../../../src/zendesk/writes/trail';
import { createRecordingPort } from './support/fetch-port';
import { rating } from './support/fixtures';

/** The record on a customer checked against the notes Zendesk keeps, through the demo's mock API. */
const NOW = new Date('2026-11-23T10:00:00Z');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function setup() {
  const account = createDemoAccount({ now: NOW });
  const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW });
  server.use(...api.handlers);
  const port = createRecordingPort();
  const nameOf = (id: number) => account.users.find((u) => u.id === id)?.name;
  return { account, port, nameOf };
}

async function checkOf(port: ReturnType<typeof createRecordingPort>, userId: number, settings = DEFAULT_WARNING_SETTINGS) {
  const user = await readRequester(port, userId);
  return verifyWarning(user, await readWarningTrail(port, user, settings), settings);
}

describe('checking the warning record against Zendesk\'s notes', () => {
  it('shows a strike recorded "by" the team lead from an agent\'s account as unverified, naming the agent', async () => {
    const { account, port, nameOf } = setup();
    const { userId } = account.requesters['watch-forged'];
    const stored = account.users.find((u) => u.id === userId)!;
    // What the field claims: strike 2, given by the team lead.
    expect(parseWarningFields(stored.user_fields).record?.by.name).toBe('Ana Ferreira');

    const check = await checkOf(port, userId);
    expect(check.latest).toMatchObject({ level: 2, status: 'unverified', reason: 'not-a-lead', claimedBy: { name: 'Ana Ferreira' }, writtenBy: { name: 'Tom Okafor' } });
    expect(nameOf(check.latest!.writtenBy!.id)).toBe('Tom Okafor');
    expect(account.users.find((u) => u.id === check.latest!.writtenBy!.id)?.role).toBe('agent');
    // Strike 1, on another ticket, is only checked when its note is among the notes read.
    expect(check.levels.map((l) => l.status)).toEqual(['unchecked', 'unverified']);
  });

  it('verifies strike 1 too when the history\'s notes are passed in', async () => {
    const { account, port } = setup();
    const { userId } = account.requesters['watch-forged'];
    const user = await readRequester(port, userId);
    const tickets = account.tickets.filter((t) => t.requester_id === userId).map((t) => String(t.id));
    const notes = Object.fromEntries(tickets.map((id) => [id, account.comments[id] ?? []]));
    const check = verifyWarning(user, await readWarningTrail(port, user, DEFAULT_WARNING_SETTINGS, { notes }), DEFAULT_WARNING_SETTINGS);
    expect(check.levels.map((l) => [l.level, l.status, l.writtenBy?.name])).toEqual([
      [1, 'verified', 'Ana Ferreira'],
      [2, 'unverified', 'Tom Okafor'],
    ]);
  });

  it('verifies the demo\'s genuine warnings, reading one ticket\'s comments and each author once', async () => {
    const { account, port } = setup();
    for (const key of ['watch-strike-1', 'watch-strike-2', 'watch-final-notice'] as const) {
      const check = await checkOf(port, account.requesters[key].userId);
      expect(check.latest?.status, key).toBe('verified');
      expect(check.unverified, key).toEqual([]);
    }
    const before = port.requested.length;
    await checkOf(port, account.requesters['watch-final-notice'].userId);
    const reads = port.requested.slice(before).map((r) => r.url.split('?')[0]);
    expect(reads.filter((u) => u?.includes('/comments'))).toHaveLength(1);
    expect(reads.filter((u) => /^\/api\/v2\/users\/\d+\.json$/.test(u ?? ''))).toHaveLength(2); // the customer and Ana
  });

  it('shows a record typed into the field by hand, whose note does not exist, as unverified', async () => {
    const { account, port } = setup();
    const { userId, primaryTicketId } = account.requesters.loyal;
    const user = account.users.find((u) => u.id === userId)!;
    user.user_fields[WARNING_FIELDS.level] = LEVEL_TAGS[1];
    user.user_fields[WARNING_FIELDS.record] = encodeRecord({
      v: 1,
      op: 'hand-typed-0001',
      action: 'strike',
      level: 1,
      from: 0,
      by: { id: account.teamLeadId, name: 'Ana Ferreira' },
      at: '2026-11-20T09:00:00.000Z',
      reason: 'Typed in by hand',
      ticketId: primaryTicketId,
      commentId: 27_000_000_999_999,
      acknowledged: [],
    });
    const check = await checkOf(port, userId);
    expect(check.latest).toMatchObject({ status: 'unverified', reason: 'note-missing', writtenBy: null, ticketId: primaryTicketId });
  });

  it('verifies a strike the team lead gives through the app', async () => {
    const { account, port } = setup();
    const { userId, primaryTicketId } = account.requesters.abusive;
    const lead = account.users.find((u) => u.id === account.teamLeadId)!;
    const plan = planStrike({
      op: 'op-verify-0001',
      user: await readRequester(port, userId),
      ticketId: primaryTicketId,
      by: { id: lead.id, name: lead.name, role: lead.role, groups: [] },
      reason: 'Swore at Priya',
      evidence: preselectEvidence(rating()),
      rating: rating(),
      settings: DEFAULT_WARNING_SETTINGS,
      now: NOW,
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    expect((await runWarningAction(port, plan.action, DEFAULT_WARNING_SETTINGS, { now: () => NOW })).status).toBe('completed');
    const check = await checkOf(port, userId);
    expect(check.latest).toMatchObject({ level: 1, status: 'verified', writtenBy: { id: lead.id } });
  });

  it('reads group memberships when leads are a group, and judges the authors by them', async () => {
    const { account, port } = setup();
    const settings = { ...DEFAULT_WARNING_SETTINGS, leadRoles: [], leadGroupIds: [DEMO_IDS.leadsGroup] };
    const genuine = await checkOf(port, account.requesters['watch-strike-2'].userId, settings);
    expect(genuine.latest?.status).toBe('verified');
    expect(port.requested.some((r) => r.url.includes('/group_memberships'))).toBe(true);
    const forged = await checkOf(port, account.requesters['watch-forged'].userId, settings);
    expect(forged.latest).toMatchObject({ status: 'unverified', reason: 'not-a-lead', writtenBy: { name: 'Tom Okafor' } });
  });
});
