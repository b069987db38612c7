import { describe, expect, it } from 'vitest';
import { WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { warningState } from '../../../src/core/warnings/state';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { preselectEvidence } from '../../../src/core/warnings/plan';
import { readRequester } from '../../../src/zendesk/writes/read';
import { words } from './support/words';
import { AGENT, LEAD, OTHER_LEAD, rating, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();

describe('nothing doubled', () => {
  it('records one strike for a double click (the same decision sent twice)', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    await runWarningAction(port(), action, SETTINGS, clock);
    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status).toBe('completed');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
  });

  it('refuses to jump a level when the same lead decides twice from the same view', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const first = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    const second = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    expect((await runWarningAction(port(), first, SETTINGS, clock)).status).toBe('completed');
    const result = await runWarningAction(port(), second, SETTINGS, clock);
    expect(result.status).toBe('refused');
    expect(result.conflict).toEqual({ level: 1, by: 'Dana Lead', at: NOW.toISOString() });
    expect(words(result, second)).toContain('Not recorded: Dana Lead recorded strike 1');
    expect(words(result, second)).toContain('Nothing was written.');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
  });

  it('records one strike when two leads act at once; the other is told and its note is marked not recorded', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const mine = await plan(port(), planStrike, LEAD, 'Mine', NOW);
    const theirs = await plan(port(), planStrike, OTHER_LEAD, 'Theirs', NOW);
    // Both looked at strike 0; Kim's whole strike lands while Dana's note is on its way.
    let theirResult: Awaited<ReturnType<typeof runWarningAction>> | null = null;
    zd().before('PUT', /^\/api\/v2\/tickets\/\d+\.json$/, async () => {
      zd().actAs(OTHER_LEAD.id);
      theirResult = await runWarningAction(port(), theirs, SETTINGS, clock);
      zd().actAs(LEAD.id);
    });
    const mineResult = await runWarningAction(port(), mine, SETTINGS, clock);

    expect(theirResult!.status).toBe('completed');
    expect(mineResult.status).toBe('refused');
    expect(mineResult.conflict?.by).toBe('Kim Lead');
    expect(words(mineResult, mine)).toContain('followed by a note that it was not recorded');
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.effectiveLevel).toBe(1);
    expect(state.latest?.by.name).toBe('Kim Lead');
    const bodies = zd().comments.get(TICKET_ID)!.map((c) => c.body.split('\n')[0]);
    expect(bodies.filter((b) => b === 'Customer Fit: warning, strike 1 of 3')).toHaveLength(2);
    expect(bodies).toContain('Customer Fit: the step above was not recorded');
  });

  it('records one concern for a double click', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planConcern, LEAD, 'Worried', NOW);
    await Promise.all([runWarningAction(port(), action, SETTINGS, clock), runWarningAction(port(), action, SETTINGS, clock)]);
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.openConcerns).toHaveLength(1);
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
  });

  it('records one strike when the second click comes while the first is still writing', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    const [a, b] = await Promise.all([
      runWarningAction(port(), action, SETTINGS, clock),
      runWarningAction(port(), action, SETTINGS, clock),
    ]);
    expect([a.status, b.status]).toEqual(['completed', 'completed']);
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
    expect(zd().log.filter((r) => r.method === 'PUT' && /users\/\d+\.json$/.test(r.path))).toHaveLength(1);
  });

  it('adds the not-recorded note once, however often the refused decision is retried', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const mine = await plan(port(), planStrike, LEAD, 'Mine', NOW);
    const theirs = await plan(port(), planStrike, OTHER_LEAD, 'Theirs', NOW);
    zd().before('PUT', /^\/api\/v2\/tickets\/\d+\.json$/, async () => {
      zd().actAs(OTHER_LEAD.id);
      await runWarningAction(port(), theirs, SETTINGS, clock);
      zd().actAs(LEAD.id);
    });
    expect((await runWarningAction(port(), mine, SETTINGS, clock)).status).toBe('refused');
    const again = await runWarningAction(port(), mine, SETTINGS, clock);
    expect(again.status).toBe('refused');
    expect(again.steps.find((s) => s.step === 'superseded-note')?.status).toBe('already-done');
    const firstLines = zd().comments.get(TICKET_ID)!.map((c) => c.body.split('\n')[0]);
    expect(firstLines.filter((l) => l === 'Customer Fit: the step above was not recorded')).toHaveLength(1);
    expect(firstLines).toHaveLength(3);
  });

  it('notices, on its last look, another lead whose strike landed just after its own', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const mine = await plan(port(), planStrike, LEAD, 'Mine', NOW);
    const theirs = await plan(port(), planStrike, OTHER_LEAD, 'Theirs', NOW);
    // Kim's checks read "no warning" just before Dana's level landed, so Kim writes over it while
    // Dana is tagging. Emptying the level and the record lets Kim's checks see what they would have
    // seen then, so Kim's record does not name Dana's step among those it follows.
    zd().before('PUT', /^\/api\/v2\/users\/\d+\/tags(\.json)?$/, async () => {
      zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level] = null;
      zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.record] = null;
      zd().actAs(OTHER_LEAD.id);
      await runWarningAction(port(), theirs, SETTINGS, clock);
      zd().actAs(LEAD.id);
    });
    const result = await runWarningAction(port(), mine, SETTINGS, clock);
    expect(result.status).toBe('refused');
    expect(result.conflict?.by).toBe('Kim Lead');
    expect(result.steps.find((s) => s.step === 'fields')?.status).toBe('failed');
    expect(result.steps.find((s) => s.step === 'superseded-note')?.status).toBe('done');
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.latest?.by.name).toBe('Kim Lead');
    expect(state.effectiveLevel).toBe(1);
  });

  it('counts its step as recorded when another lead read it and followed it while it was tagging', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const mine = await plan(port(), planStrike, LEAD, 'Mine', NOW);
    let theirs: Awaited<ReturnType<typeof plan>> | null = null;
    zd().before('PUT', /^\/api\/v2\/users\/\d+\/tags(\.json)?$/, async () => {
      if (theirs) return;
      // Kim opens the customer after Dana's strike 1 is on record, and gives strike 2.
      zd().actAs(OTHER_LEAD.id);
      theirs = await plan(port(), planStrike, OTHER_LEAD, 'Theirs', NOW);
      await runWarningAction(port(), theirs, SETTINGS, clock);
      zd().actAs(LEAD.id);
    });
    const result = await runWarningAction(port(), mine, SETTINGS, clock);
    expect(result.status).toBe('completed');
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.latest).toMatchObject({ by: { name: 'Kim Lead' }, level: 2, follows: [mine.op] });
    expect(zd().comments.get(TICKET_ID)!.map((c) => c.body.split('\n')[0])).not.toContain('Customer Fit: the step above was not recorded');
  });

  it('never loses a concern raised at the same instant as another: its note brings it back', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const mine = await plan(port(), planConcern, AGENT, 'Shouted at me', NOW);
    const theirs = await plan(port(), planConcern, LEAD, 'Threatened a review', new Date(NOW.getTime() + 1000));
    // The lead's concern lands between Sam's read of the concerns and Sam's write, which overwrites it.
    zd().before('PUT', /^\/api\/v2\/users\/\d+\.json$/, async () => {
      zd().actAs(LEAD.id);
      expect((await runWarningAction(port(), theirs, SETTINGS, clock)).status).toBe('completed');
      zd().actAs(AGENT.id);
    });
    expect((await runWarningAction(port(), mine, SETTINGS, clock)).status).toBe('completed');

    const user = zd().users.get(REQUESTER_ID)!;
    expect(warningState(user, SETTINGS, NOW).openConcerns.map((c) => c.reason)).toEqual(['Shouted at me']);
    const notes = { [String(TICKET_ID)]: zd().comments.get(TICKET_ID)! };
    const state = warningState(user, SETTINGS, NOW, { notes });
    expect(state.openConcerns.map((c) => [c.reason, c.by.name, c.recovered ?? false])).toEqual([
      ['Threatened a review', 'Dana Lead', true],
      ['Shouted at me', 'Sam Agent', false],
    ]);

    // A strike closes both, the recovered one included.
    zd().actAs(LEAD.id);
    const fresh = await readRequester(port(), REQUESTER_ID);
    const strike = planStrike({
      op: 'op-close-both-1', user: fresh, ticketId: TICKET_ID, by: LEAD, reason: 'Both confirmed', evidence: preselectEvidence(rating()),
      rating: rating(), settings: SETTINGS, now: new Date(NOW.getTime() + 60_000), notes,
    });
    expect(strike.ok && strike.action.acknowledges).toHaveLength(2);
    if (!strike.ok) return;
    expect((await runWarningAction(port(), strike.action, SETTINGS, clock)).status).toBe('completed');
    const after = { [String(TICKET_ID)]: zd().comments.get(TICKET_ID)! };
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW, { notes: after }).openConcerns).toEqual([]);
  });
});
