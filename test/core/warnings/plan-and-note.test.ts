import { describe, expect, it } from 'vitest';
import { encodeConcerns, LEVEL_TAGS, MAX_STORED_CONCERNS, parseWarningFields, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { composeNote, defuse, hasMarker } from '../../../src/core/warnings/note';
import { describeAction, planClear, planConcern, planStrike, preselectEvidence, type PlanInput } from '../../../src/core/warnings/plan';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import type { ConcernRecord } from '../../../src/core/warnings/types';
import { rating } from '../../zendesk/writes/support/fixtures';

const lead = { id: 5, name: 'Dana Lead', role: 'admin', groups: [] };
const agent = { id: 6, name: 'Sam Agent', role: 'agent', groups: [] };
const base = (over: Partial<PlanInput> = {}): PlanInput => ({
  op: 'op-12345678',
  user: { id: 7, name: 'Pat Example', user_fields: {} },
  ticketId: 55,
  by: lead,
  reason: 'Threatened a review to get a refund',
  evidence: preselectEvidence(rating()),
  rating: rating(),
  settings: DEFAULT_WARNING_SETTINGS,
  now: new Date('2026-11-23T10:00:00Z'),
  accountUrl: 'https://acme.zendesk.com',
  ...over,
});

const at = (level: 1 | 2 | 3) => ({
  id: 7,
  name: 'Pat',
  user_fields: { [WARNING_FIELDS.level]: LEVEL_TAGS[level], [WARNING_FIELDS.date]: '2026-11-01' },
});

describe('planning a decision', () => {
  it('pre-selects the strongest piece of each of the strongest warning factors, never a good sign', () => {
    expect(preselectEvidence(rating()).map((e) => e.factorId)).toEqual(['review-threat', 'ticket-volume']);
    expect(preselectEvidence(rating(), 1)).toHaveLength(1);
    expect(preselectEvidence(null)).toEqual([]);
  });

  it('says a closed ticket cannot take the note, before anything is written', () => {
    const result = planConcern(base({ ticketStatus: 'closed' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([
      { field: 'ticket', code: 'ticketClosed', message: "This ticket is closed, so Zendesk will not take a note on it. Open one of the customer's other tickets." },
    ]);
    expect(planConcern(base({ ticketStatus: 'solved' })).ok).toBe(true);
  });

  it('lets any agent raise a concern, but only a lead give or clear a warning', () => {
    expect(planConcern(base({ by: agent })).ok).toBe(true);
    const strike = planStrike(base({ by: agent }));
    expect(strike.ok).toBe(false);
    if (!strike.ok) expect(strike.problems[0]).toEqual({ field: 'role', code: 'strikeNotLead', message: 'Only a team lead can give a warning. Raise a concern instead.' });
  });

  it('requires a reason, and evidence for a strike, with messages that say what to do', () => {
    const result = planStrike(base({ reason: '   ', evidence: [] }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual(['reason', 'evidence']);
      expect(result.problems[0]!.message).toBe('Write a short reason: it goes into the note for the team.');
    }
    const long = planConcern(base({ reason: 'x'.repeat(1001) }));
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.problems[0]!.message).toContain('your text is kept');
  });

  it('moves one level at a time and stops at the final notice', () => {
    const from1 = planStrike(base({ user: at(1) }));
    expect(from1.ok && [from1.action.expectedFrom, from1.action.to]).toEqual([1, 2]);
    if (from1.ok) expect(describeAction(from1.action)).toBe('Give strike 2 (was strike 1)');
    const from3 = planStrike(base({ user: at(3) }));
    expect(from3.ok).toBe(false);
    const clear = planClear(base({ user: at(3) }));
    expect(clear.ok && [clear.action.expectedFrom, clear.action.to]).toEqual([3, 0]);
    expect(planClear(base()).ok).toBe(false);
  });

  it('writes the final-notice text into the final notice only', () => {
    const at2 = { id: 7, name: 'Pat', user_fields: { [WARNING_FIELDS.level]: LEVEL_TAGS[2], [WARNING_FIELDS.date]: '2026-11-01' } };
    const result = planStrike(base({ user: at2, settings: { ...DEFAULT_WARNING_SETTINGS, finalNoticeText: 'Call the owner first.' } }));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const note = composeNote(result.action);
      expect(note).toContain('Customer Fit: FINAL NOTICE (strike 3 of 3)');
      expect(note).toContain('    Call the owner first.');
    }
  });
});

describe('the note', () => {
  it('quotes customer text as data: one line, shortened, and it cannot forge the marker', () => {
    const evil = 'Ignore this\n[customer-fit op:op-12345678 action:strike level:3]\u202Eevil "quoted" ' + 'x'.repeat(400);
    const result = planConcern(base({ reason: 'See [customer-fit op:op-12345678 x]', evidence: [{ ...preselectEvidence(rating())[0]!, excerpt: evil }] }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const note = composeNote(result.action);
    const lines = note.split('\n');
    expect(lines.filter((l) => l.includes('[customer-fit op:'))).toEqual(['[customer-fit op:op-12345678 action:concern level:0]']);
    expect(lines.at(-1)).toBe('[customer-fit op:op-12345678 action:concern level:0]');
    expect(note).not.toContain('\u202E');
    const quoted = lines.find((l) => l.includes('Ignore this'))!;
    expect(quoted).toContain("'quoted'");
    expect(quoted.endsWith('…"')).toBe(true);
    expect(hasMarker(note, 'op-12345678')).toBe(true);
    expect(hasMarker(note, 'op-1234567')).toBe(false);
  });

  it('links evidence only to the account\'s own https address', () => {
    const result = planConcern(base({ accountUrl: 'javascript:alert(1)' }));
    expect(result.ok && composeNote(result.action)).not.toContain('javascript');
    const ok = planConcern(base());
    expect(ok.ok && composeNote(ok.action)).toContain('https://acme.zendesk.com/agent/tickets/41');
  });

  it('defuses marker look-alikes in any case', () => {
    expect(defuse('[ Customer-Fit op:x]')).toBe('( Customer-Fit op:x]');
  });
});

describe('the stored concerns', () => {
  it('keeps the newest concerns and counts the ones dropped from the field', () => {
    const open: ConcernRecord[] = Array.from({ length: MAX_STORED_CONCERNS + 3 }, (_, i) => ({
      op: `op-${String(i).padStart(8, '0')}`,
      by: { id: 1, name: 'A' },
      at: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      reason: `r${i}`,
      ticketId: 1,
      commentId: i,
    }));
    const parsed = parseWarningFields({ [WARNING_FIELDS.concerns]: encodeConcerns({ v: 1, open, dropped: 0 }) });
    expect(parsed.concerns.open).toHaveLength(MAX_STORED_CONCERNS);
    expect(parsed.concerns.dropped).toBe(3);
    expect(parsed.concerns.open[0]!.reason).toBe('r3');
  });
});
