import { describe, expect, it } from 'vitest';
import { warningState } from '../../../src/core/warnings/state';
import { runWarningAction, withdrawWarningAction } from '../../../src/zendesk/writes/run';
import { AGENT, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

// A decision changed or cancelled after a partial failure is withdrawn: its note stays, marked not
// recorded, and nothing reads it as a live step again.

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();
const USER = /^\/api\/v2\/users\/\d+\.json$/;
const firstLines = () => (zd().comments.get(TICKET_ID) ?? []).map((c) => c.body.split('\n')[0]);

describe('withdrawing a decision that failed part way', () => {
  it('follows its note with one note saying it was not recorded, however often it is withdrawn', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Shouted at the desk', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 422 });
    expect((await runWarningAction(port(), action, SETTINGS, clock)).status).toBe('partial');
    expect(await withdrawWarningAction(port(), action)).toEqual({ status: 'withdrawn', failure: null });
    expect(await withdrawWarningAction(port(), action)).toEqual({ status: 'withdrawn', failure: null });
    expect(firstLines()).toEqual(['Customer Fit: warning, strike 1 of 3', 'Customer Fit: the step above was not recorded']);
    const marked = zd().comments.get(TICKET_ID)![1]!;
    expect(marked.public).toBe(false);
    expect(marked.body).toContain(`Dana Lead changed or cancelled strike 1 (op ${action.op}) before it was recorded`);
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW).level).toBe(0);
  });

  it('does not bring a withdrawn concern back from its note', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude on the phone', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 422 });
    expect((await runWarningAction(port(), action, SETTINGS, clock)).status).toBe('partial');
    const notes = () => ({ [String(TICKET_ID)]: zd().comments.get(TICKET_ID)! });
    // Half done, its note brings it back as open (marked recovered)...
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW, { notes: notes() }).openConcerns).toHaveLength(1);
    // ...until it is withdrawn.
    expect((await withdrawWarningAction(port(), action)).status).toBe('withdrawn');
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW, { notes: notes() }).openConcerns).toEqual([]);
  });

  it('leaves a decision that was recorded after all, and one that wrote nothing', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Shouted at the desk', NOW);
    zd().fail({ method: 'PUT', path: /^\/api\/v2\/tickets\/\d+\.json$/, status: 403 });
    expect((await runWarningAction(port(), action, SETTINGS, clock)).status).toBe('failed');
    expect(await withdrawWarningAction(port(), action)).toEqual({ status: 'nothing-written', failure: null });
    expect(firstLines()).toEqual([]);

    expect((await runWarningAction(port(), action, SETTINGS, clock)).status).toBe('completed');
    expect(await withdrawWarningAction(port(), action)).toEqual({ status: 'recorded', failure: null });
    expect(firstLines()).toEqual(['Customer Fit: warning, strike 1 of 3']);
  });
});
