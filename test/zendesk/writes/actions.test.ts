import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, parseWarningFields, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { warningState } from '../../../src/core/warnings/state';
import { readRequester } from '../../../src/zendesk/writes/read';
import { AGENT, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { act, planClear, planConcern, planStrike, useFakeZendesk } from './support/harness';

const NOW = new Date('2026-11-23T10:00:00Z');
const { zd, port } = useFakeZendesk();

describe('raising a concern (any agent)', () => {
  it('adds an internal note with reason, rating and evidence links, records the concern and tags the customer', async () => {
    zd().users.set(REQUESTER_ID, requester());
    const result = await act(zd(), port(), planConcern, AGENT, 'Threatened a bad review twice this month.', NOW);

    expect(result.status).toBe('completed');
    expect(result.failure).toBeNull();
    expect(result.repeat).toBe(false);
    const notes = zd().comments.get(TICKET_ID) ?? [];
    expect(notes).toHaveLength(1);
    const note = notes[0]!;
    expect(note.public).toBe(false);
    expect(note.author_id).toBe(AGENT.id);
    expect(note.body).toContain('Customer Fit: concern raised');
    expect(note.body).toContain('Raised by: Sam Agent (user 601) on 2026-11-23 10:00 UTC');
    expect(note.body).toContain('Threatened a bad review twice this month.');
    expect(note.body).toContain('Fit rating at this moment: 23/100 (poor)');
    expect(note.body).toContain('"I will post about this on Yelp and tell everyone."');
    expect(note.body).toContain('https://acme.zendesk.com/agent/tickets/41');
    expect(result.commentId).toBe(note.id);

    // The request itself said public: false, rather than relying on the ticket's default.
    const write = zd().log.find((r) => r.method === 'PUT' && r.path === `/api/v2/tickets/${TICKET_ID}.json`);
    expect(write?.body).toEqual({ ticket: { comment: { body: note.body, public: false } } });

    const user = zd().users.get(REQUESTER_ID)!;
    expect(user.tags).toContain(CONCERN_TAG);
    const state = warningState(user, SETTINGS, NOW);
    expect(state.level).toBe(0);
    expect(state.openConcerns).toEqual([
      {
        op: expect.any(String),
        by: { id: AGENT.id, name: 'Sam Agent' },
        at: NOW.toISOString(),
        reason: 'Threatened a bad review twice this month.',
        ticketId: TICKET_ID,
        commentId: note.id,
      },
    ]);
    expect(result.state?.openConcerns).toHaveLength(1);
  });

  it('keeps both concerns when two agents raise one', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'First concern', NOW);
    await act(zd(), port(), planConcern, LEAD, 'Second concern', new Date('2026-11-23T11:00:00Z'));
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.openConcerns.map((c) => c.reason)).toEqual(['Second concern', 'First concern']);
  });
});

describe('strikes (team leads)', () => {
  it('goes strike 1, strike 2, final notice, each with a note and the level on the customer', async () => {
    zd().users.set(REQUESTER_ID, requester());
    const expected = ['customer_fit_strike_1', 'customer_fit_strike_2', 'customer_fit_final_notice'];
    for (let i = 0; i < 3; i++) {
      const at = new Date(NOW.getTime() + i * 86_400_000);
      const result = await act(zd(), port(), planStrike, LEAD, `Reason number ${i + 1}`, at);
      expect(result.status, JSON.stringify(result.failure)).toBe('completed');
      const user = zd().users.get(REQUESTER_ID)!;
      expect(user.user_fields[WARNING_FIELDS.level]).toBe(expected[i]);
      // The level's tag, for views and triggers; no other level's tag.
      expect(user.tags.filter((t) => expected.includes(t))).toEqual([expected[i]]);
      expect(user.user_fields[WARNING_FIELDS.date]).toBe(at.toISOString().slice(0, 10));
      const state = warningState(user, SETTINGS, at);
      expect(state.effectiveLevel).toBe(i + 1);
      expect(state.latest).toMatchObject({
        by: { id: LEAD.id, name: 'Dana Lead' },
        at: at.toISOString(),
        reason: `Reason number ${i + 1}`,
        ticketId: TICKET_ID,
        commentId: result.commentId,
      });
    }
    const notes = zd().comments.get(TICKET_ID)!;
    expect(notes.map((n) => n.body.split('\n')[0])).toEqual([
      'Customer Fit: warning, strike 1 of 3',
      'Customer Fit: warning, strike 2 of 3',
      'Customer Fit: FINAL NOTICE (strike 3 of 3)',
    ]);
    expect(notes.every((n) => !n.public)).toBe(true);
    expect(notes[2]!.body).toContain('What the team agreed for a final notice:');
    expect(notes[2]!.body).toContain('refer the customer to another provider');
    const state = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW);
    expect(state.finalNoticeText).toBe(SETTINGS.finalNoticeText);
    expect(state.nextStrike).toBeNull();
  });

  it('closes the open concerns with the strike and removes only the concern tag', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'Shouted at Sam', NOW);
    const result = await act(zd(), port(), planStrike, LEAD, 'Confirmed after listening to the call', NOW);
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');
    const user = zd().users.get(REQUESTER_ID)!;
    expect(user.tags).not.toContain(CONCERN_TAG);
    const state = warningState(user, SETTINGS, NOW);
    expect(state.openConcerns).toEqual([]);
    expect(state.latest?.acknowledged).toHaveLength(1);
    expect(zd().comments.get(TICKET_ID)![1]!.body).toContain('Open concerns this closes: 1');
  });

  it('shows an expired warning as expired and starts again at strike 1', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planStrike, LEAD, 'First', NOW);
    await act(zd(), port(), planStrike, LEAD, 'Second', NOW);
    const later = new Date(NOW.getTime() + 181 * 86_400_000);
    const before = warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, later);
    expect(before).toMatchObject({ level: 2, effectiveLevel: 0, expired: true, nextStrike: 1 });
    const result = await act(zd(), port(), planStrike, LEAD, 'New trouble half a year later', later);
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
    expect(zd().comments.get(TICKET_ID)!.at(-1)!.body).toContain('Warning level: no warning -> strike 1');
  });

  it('clears a warning with a reason and the same paper trail', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planStrike, LEAD, 'First', NOW);
    const result = await act(zd(), port(), planClear, LEAD, 'Paid all invoices and apologised', NOW);
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');
    const user = zd().users.get(REQUESTER_ID)!;
    expect(user.user_fields[WARNING_FIELDS.level]).toBeNull();
    expect(user.user_fields[WARNING_FIELDS.date]).toBeNull();
    expect(user.tags.filter((t) => t.startsWith('customer_fit_'))).toEqual([]);
    const state = warningState(user, SETTINGS, NOW);
    expect(state).toMatchObject({ level: 0, effectiveLevel: 0, nextStrike: 1 });
    expect(state.latest).toMatchObject({ action: 'clear', from: 1, level: 0, reason: 'Paid all invoices and apologised' });
    const note = zd().comments.get(TICKET_ID)!.at(-1)!;
    expect(note.body).toContain('Customer Fit: warning cleared');
    expect(note.body).toContain('Warning level: strike 1 -> no warning');
    expect(note.public).toBe(false);
  });

  it('reads back what it wrote through the same read the sidebar uses', async () => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planStrike, LEAD, 'First', NOW);
    const user = await readRequester(port(), REQUESTER_ID);
    expect(warningState(user, SETTINGS, NOW).latest?.reason).toBe('First');
  });

  it('closes open concerns without a warning when a lead decides no strike is due', async () => {
    zd().users.set(REQUESTER_ID, requester());
    const concern = await act(zd(), port(), planConcern, AGENT, 'Seemed upset', NOW);
    const result = await act(zd(), port(), planClear, LEAD, 'Listened to the call: a fair complaint, we were late', NOW);
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');
    const user = zd().users.get(REQUESTER_ID)!;
    expect(user.tags).not.toContain(CONCERN_TAG);
    // The clear closes the concern by its record and leaves the concerns field as it was.
    expect(parseWarningFields(user.user_fields).record?.closed).toEqual([concern.op]);
    expect(user.user_fields[WARNING_FIELDS.concerns]).toContain(concern.op);
    const state = warningState(user, SETTINGS, NOW);
    expect(state).toMatchObject({ level: 0, openConcerns: [] });
    expect(state.latest).toMatchObject({ action: 'clear', from: 0, level: 0 });
    const note = zd().comments.get(TICKET_ID)!.at(-1)!;
    expect(note.body.split('\n')[0]).toBe('Customer Fit: concerns closed');
    expect(note.body).toContain('Open concerns this closes: 1');
  });

  it('finds the new note\'s id by re-reading the ticket when the answer does not name it', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().omitAudit = true;
    const result = await act(zd(), port(), planStrike, LEAD, 'First', NOW);
    expect(result.status, JSON.stringify(result.failure)).toBe('completed');
    const note = zd().comments.get(TICKET_ID)![0]!;
    expect(result.commentId).toBe(note.id);
    expect(warningState(zd().users.get(REQUESTER_ID)!, SETTINGS, NOW).latest?.commentId).toBe(note.id);
  });
});
