import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { runWarningAction } from '../../../src/zendesk/writes/run';
import { words } from './support/words';
import { AGENT, existingTags, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { act, plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

const NOW = new Date('2026-11-23T10:00:00Z');
const clock = { now: () => NOW };
const { zd, port } = useFakeZendesk();

/** Every write a strike makes (after a concern, so the concern tag is removed too). */
const WRITES = [
  { name: 'the note', method: 'PUT', path: /^\/api\/v2\/tickets\/\d+\.json$/, step: 'note', words: 'add the internal note to ticket #55' },
  { name: 'the user fields', method: 'PUT', path: /^\/api\/v2\/users\/\d+\.json$/, step: 'fields', words: 'record strike 1 on the customer' },
  { name: 'adding the level tag', method: 'PUT', path: /^\/api\/v2\/users\/\d+\/tags\.json$/, step: 'tags', words: "update the customer's warning tags" },
  { name: 'removing the concern tag', method: 'DELETE', path: /^\/api\/v2\/users\/\d+\/tags\.json$/, step: 'tags', words: "update the customer's warning tags" },
] as const;

const STATUSES = [
  { status: 403, says: 'did not allow you to', retryable: false },
  { status: 409, says: 'someone else changed the same record at that moment (409)', retryable: true },
  { status: 422, says: 'refused to', retryable: false },
  { status: 429, says: 'Zendesk is limiting requests (429)', retryable: true },
] as const;

const CASES = WRITES.flatMap((w) => STATUSES.map((s) => ({ ...w, ...s })));

describe('every write of a strike, refused with 403, 409, 422 or 429', () => {
  it.each(CASES)('$name answered $status: reported exactly, nothing lost, and a retry finishes with one note', async (c) => {
    zd().users.set(REQUESTER_ID, requester());
    await act(zd(), port(), planConcern, AGENT, 'Rude on the phone', NOW);
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Confirmed', NOW);
    zd().fail({ method: c.method, path: c.path, status: c.status, headers: c.status === 429 ? { 'Retry-After': '5' } : {} });

    const first = await runWarningAction(port(), action, SETTINGS, clock);
    expect(first.status).toBe(c.step === 'note' ? 'failed' : 'partial');
    const failed = first.steps.find((s) => s.status === 'failed')!;
    expect(failed.step).toBe(c.step);
    expect(failed.failure?.status).toBe(c.status);
    expect(failed.failure?.retryable).toBe(c.retryable);
    expect(words(first, action)).toContain(c.says);
    expect(words(first, action).toLowerCase()).toContain(c.words.toLowerCase());
    for (const tag of existingTags()) expect(zd().users.get(REQUESTER_ID)!.tags).toContain(tag);

    const second = await runWarningAction(port(), action, SETTINGS, clock);
    expect(second.status, JSON.stringify(second.failure)).toBe('completed');
    const user = zd().users.get(REQUESTER_ID)!;
    expect(user.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
    expect(user.tags).toContain('customer_fit_strike_1');
    expect(user.tags).not.toContain(CONCERN_TAG);
    expect(user.tags.filter((t) => t.startsWith('existing_tag_'))).toHaveLength(40);
    const strikeNotes = zd().comments.get(TICKET_ID)!.filter((n) => n.body.startsWith('Customer Fit: warning, strike 1'));
    expect(strikeNotes).toHaveLength(1);
  });
});
