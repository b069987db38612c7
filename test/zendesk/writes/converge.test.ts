import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, encodeConcerns, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { planStrike, preselectEvidence } from '../../../src/core/warnings/plan';
import { warningState } from '../../../src/core/warnings/state';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { AGENT, LEAD, OTHER_LEAD, rating, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { act, plan, planClear, planConcern, useFakeZendesk } from './support/harness';

// Two people writing to one customer at once: whatever the order their writes land in, the tags
// end up saying what the record says, and a concern a lead closed stays closed.

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();
const USER = /^\/api\/v2\/users\/\d+\.json$/;
const REMOVE_TAGS = /^\/api\/v2\/users\/\d+\/tags\.json$/;
const customer = () => zd().users.get(REQUESTER_ID)!;
const notes = () => ({ [String(TICKET_ID)]: zd().comments.get(TICKET_ID) ?? [] });
const openConcerns = () => warningState(customer(), SETTINGS, NOW, { notes: notes() }).openConcerns.map((c) => c.reason);

describe('a concern raised while a lead is writing', () => {
  it.each([
    { step: 'a strike', planner: planStrike },
    { step: 'a clear', planner: planClear },
  ])('keeps its tag when it lands while $step removes the concern tag', async ({ planner }) => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'First worry', NOW);
    if (planner === planClear) await act(zd(), port(), planStrike, OTHER_LEAD, 'Earlier strike', NOW);
    zd().actAs(LEAD.id);
    const step = await plan(port(), planner, LEAD, 'Dealt with the first worry', NOW);
    // The agent's whole concern lands just before the lead's removal of the concern tag.
    zd().before('DELETE', REMOVE_TAGS, async () => {
      zd().actAs(AGENT.id);
      const concern = await plan(port(), planConcern, AGENT, 'A new worry', NOW);
      expect((await runWarningAction(port(), concern, SETTINGS, clock)).status).toBe('completed');
      zd().actAs(LEAD.id);
    });
    expect((await runWarningAction(port(), step, SETTINGS, clock)).status).toBe('completed');

    expect(openConcerns()).toEqual(['A new worry']);
    expect(customer().tags).toContain(CONCERN_TAG);
    const level = customer().user_fields[WARNING_FIELDS.level];
    expect(customer().tags.filter((t) => /^customer_fit_(strike|final)/.test(t))).toEqual(level ? [level] : []);
  });
});

describe('a concern a lead closed before it was recorded', () => {
  it('stays closed when the agent presses Finish recording afterwards', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const concern = await plan(port(), planConcern, AGENT, 'Half-recorded worry', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 422 });
    expect((await runWarningAction(port(), concern, SETTINGS, clock)).status).toBe('partial');

    // The lead sees it (brought back from its note) and gives a strike, which closes it.
    zd().actAs(LEAD.id);
    const strike = planStrike({
      op: 'op-closes-half-done', user: await readRequester(port(), REQUESTER_ID), ticketId: TICKET_ID, by: LEAD, reason: 'Seen it',
      evidence: preselectEvidence(rating()), rating: rating(), settings: SETTINGS, now: new Date(NOW.getTime() + 60_000), notes: notes(),
    });
    expect(strike.ok && strike.action.acknowledges).toEqual([concern.op]);
    if (!strike.ok) return;
    expect((await runWarningAction(port(), strike.action, SETTINGS, clock)).status).toBe('completed');

    zd().actAs(AGENT.id);
    const finished = await runWarningAction(port(), concern, SETTINGS, clock);
    expect(finished.status).toBe('completed');
    expect(finished.closedBy).toEqual({ name: LEAD.name, at: strike.action.at });
    expect(openConcerns()).toEqual([]);
    expect(customer().tags).not.toContain(CONCERN_TAG);
    expect(zd().comments.get(TICKET_ID)!.filter((c) => c.body.includes(`[customer-fit op:${concern.op} `))).toHaveLength(1);
  });

  it('stays closed when a write that read the customer before the strike puts it back', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'Closed by the strike', NOW);
    const closedOp = warningState(customer(), SETTINGS, NOW).openConcerns[0]!.op;
    const stale = JSON.parse(customer().user_fields[WARNING_FIELDS.concerns] as string) as { open: never[] };
    await act(zd(), port(), planStrike, LEAD, 'Strike closes it', NOW);
    zd().actAs(AGENT.id);
    const late = await plan(port(), planConcern, AGENT, 'Late worry', NOW);
    // While the late concern tags the customer, a third write lands: a concern merged into the field
    // as it was before the strike, which puts the closed concern back next to the late one.
    zd().before('PUT', /^\/api\/v2\/users\/\d+\/tags\.json$/, () => {
      const now = JSON.parse(customer().user_fields[WARNING_FIELDS.concerns] as string) as { open: never[] };
      customer().user_fields[WARNING_FIELDS.concerns] = encodeConcerns({ v: 1, dropped: 0, open: [...stale.open, ...now.open] });
    });
    expect((await runWarningAction(port(), late, SETTINGS, clock)).status).toBe('completed');
    const open = warningState(customer(), SETTINGS, NOW, { notes: notes() }).openConcerns.map((c) => c.op);
    expect(open).not.toContain(closedOp);
    expect(openConcerns()).toEqual(['Late worry']);
    expect(customer().tags).toContain(CONCERN_TAG);
  });
});

describe('a concern written between a strike\'s read and its write', () => {
  it('is still open afterwards, read back from its note if the strike\'s write dropped it', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'Closed by the strike', NOW);
    zd().actAs(LEAD.id);
    const strike = await plan(port(), planStrike, LEAD, 'Strike closes the first worry', NOW);
    // The agent's note went on the ticket a minute before the lead confirmed; the concern's record
    // write was slow and lands between the strike's last read and its write.
    zd().clock = () => new Date(NOW.getTime() - 60_000);
    zd().actAs(AGENT.id);
    const concern = await plan(port(), planConcern, AGENT, 'Slow worry', NOW);
    zd().fail({ method: 'PUT', path: USER, status: 503 });
    expect((await runWarningAction(port(), concern, SETTINGS, clock)).status).toBe('partial');
    let reads = 0;
    zd().before('PUT', USER, async () => {
      reads += 1;
      zd().actAs(AGENT.id);
      expect((await runWarningAction(port(), concern, SETTINGS, clock)).status).toBe('completed');
      zd().actAs(LEAD.id);
    });
    zd().actAs(LEAD.id);
    expect((await runWarningAction(port(), strike, SETTINGS, clock)).status).toBe('completed');
    expect(reads).toBe(1);
    expect(openConcerns()).toEqual(['Slow worry']);
  });
});
