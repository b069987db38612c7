import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { warningState } from '../../../src/core/warnings/state';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { words } from './support/words';
import { AGENT, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();

describe('a write that fails part way', () => {
  it('reports exactly what was done, and the retry completes it without a second note', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    zd().fail({ method: 'PUT', path: /^\/api\/v2\/users\/\d+\.json$/, status: 429, headers: { 'Retry-After': '30' } });

    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('partial');
    expect(first.steps.map((s) => [s.step, s.status])).toEqual([
      ['check', 'done'],
      ['note', 'done'],
      ['fields', 'failed'],
      ['tags', 'not-run'],
    ]);
    expect(first.steps[2]!.failure).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterSeconds: 30, retryable: true });
    expect(first.canRetry).toBe(true);
    expect(words(first, action)).toContain(`Done so far: the internal note is on ticket #${TICKET_ID}`);
    expect(words(first, action)).toContain('Try again in 30 s');
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBeNull();
    expect(first.state?.effectiveLevel).toBe(0);

    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(second.steps.map((s) => [s.step, s.status])).toEqual([
      ['check', 'done'],
      ['note', 'already-done'],
      ['fields', 'done'],
      ['tags', 'done'],
    ]);
    expect(zd().users.get(REQUESTER_ID)!.tags).toContain('customer_fit_strike_1');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
    expect(second.commentId).toBe(first.commentId);
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW).latest?.commentId).toBe(first.commentId);
  });

  it('finishes a concern whose tag failed, writing only the tag on retry', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Abusive on the phone', NOW);
    zd().fail({ method: 'PUT', path: /\/tags\.json$/, status: 503 });

    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('partial');
    expect(first.steps.map((s) => s.status)).toEqual(['done', 'done', 'failed']);
    expect(words(first, action)).toContain('the concern is recorded on the customer');
    expect(words(first, action)).toContain("Could not update the customer's warning tags: Zendesk answered with an error (503).");

    const writesBefore = zd().log.filter((r) => r.method !== 'GET').length;
    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(second.steps.map((s) => s.status)).toEqual(['already-done', 'already-done', 'done']);
    const writes = zd().log.filter((r) => r.method !== 'GET').slice(writesBefore);
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /api/v2/users/${REQUESTER_ID}/tags.json`]);
    expect(zd().users.get(REQUESTER_ID)!.tags).toContain(CONCERN_TAG);
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
  });

  it('does not write a second note when the first note landed but its answer was lost', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    zd().fail({ method: 'PUT', path: /^\/api\/v2\/tickets\/\d+\.json$/, status: 502, afterApplying: true });

    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('failed');
    expect(first.steps[1]).toMatchObject({ step: 'note', status: 'failed' });
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);

    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(second.steps[1]).toMatchObject({ step: 'note', status: 'already-done' });
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
  });

  it('says it was already recorded when a completed action is run again', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    await runWarningAction(port(), action, SETTINGS, clock);
    const again = await runWarningAction(port(), action, SETTINGS, clock);
    expect(again.status).toBe('completed');
    expect(again.repeat).toBe(true);
    expect(zd().log.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /api/v2/tickets/${TICKET_ID}.json`,
      `PUT /api/v2/users/${REQUESTER_ID}.json`,
      `PUT /api/v2/users/${REQUESTER_ID}/tags.json`,
    ]);
  });

  it('finds its note on a busy ticket, pages back, when retried after others have replied', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    zd().fail({ method: 'PUT', path: /^\/api\/v2\/users\/\d+(\.json)?$/, status: 503 });
    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe('partial');
    const list = zd().comments.get(TICKET_ID)!;
    for (let i = 0; i < 150; i++) {
      list.push({ id: 20_000 + i, author_id: 42, public: true, body: `reply ${i}`, plain_body: `reply ${i}`, created_at: NOW.toISOString() });
    }
    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status, JSON.stringify(second.failure)).toBe('completed');
    expect(second.commentId).toBe(first.commentId);
    expect(list.filter((c) => c.body.startsWith('Customer Fit:'))).toHaveLength(1);
    expect(zd().log.filter((r) => r.path.includes('/comments') && r.path.includes('page%5Bafter%5D')).length).toBeGreaterThan(0);
  });
});
