import { describe, expect, test } from 'vitest';
import {
  DISMISSALS_FIELD,
  MAX_DISMISSALS,
  MAX_FIELD_CHARS,
  correctionRows,
  encodeDismissals,
  holds,
  mergeDismissals,
  parseDismissals,
  type Dismissal,
  type StoredDismissals,
} from '../../../src/core/dismissals';
import { createReader, rate } from '../../../src/core/rating';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { NOW, history, quietTickets } from '../rating/builders';

const settings = { ...DEFAULT_SETTINGS, min_tickets: 1 };
const ABUSE = 'You are a bunch of useless idiots and I am done with you.';

function abusive() {
  return history([{ daysAgo: 10, messages: [ABUSE] }, { daysAgo: 40, messages: ['Thanks so much for the quick fix!'] }, ...quietTickets(4, 60, 30)]);
}

function dismissalOf(h: ReturnType<typeof abusive>, at = '2026-11-23T10:00:00.000Z', by = { id: 7, name: 'Sam' }): Dismissal {
  const rating = rate(h, settings, NOW);
  const abuse = rating.factors.find((f) => f.id === 'abuse')!;
  const e = abuse.evidence[0]!;
  return { ticketId: e.ticketId, commentId: e.commentId, signal: 'abuse', quote: e.quote!, by, at, reason: 'a joke between us' };
}

const only = (d: Dismissal[]): StoredDismissals => ({ v: 1, dismissed: d, restored: [], dropped: 0 });

describe('a dismissed quote in the rating', () => {
  test('stops counting: the factor goes, the score rises, and the rating lists the quote with who and why', () => {
    const h = abusive();
    const before = rate(h, settings, NOW);
    expect(before.factors.some((f) => f.id === 'abuse')).toBe(true);
    const dismissal = dismissalOf(h);
    const after = rate(h, settings, NOW, createReader(), [dismissal]);
    expect(after.factors.some((f) => f.id === 'abuse')).toBe(false);
    expect(after.score!).toBeGreaterThan(before.score!);
    expect(after.dismissed).toHaveLength(1);
    expect(after.dismissed![0]!.dismissal.reason).toBe('a joke between us');
    expect(after.dismissed![0]!.excerpt).toContain('useless idiots');
  });

  test('a dismissal whose words were edited away is dropped with no error, and counts nothing', () => {
    const h = abusive();
    const dismissal = dismissalOf(h);
    const comment = h.comments[String(dismissal.ticketId)]!.find((c) => c.id === dismissal.commentId)!;
    comment.body = 'You are a bunch of clueless idiots and I am done with you.';
    const after = rate(h, settings, NOW, createReader(), [dismissal]);
    expect(after.factors.some((f) => f.id === 'abuse')).toBe(true);
    expect(after.dismissed).toEqual([]);
  });

  test('a dismissal of a deleted comment is dropped with no error', () => {
    const h = abusive();
    const dismissal = dismissalOf(h);
    h.comments[String(dismissal.ticketId)] = [];
    expect(() => rate(h, settings, NOW, createReader(), [dismissal])).not.toThrow();
    expect(rate(h, settings, NOW, createReader(), [dismissal]).dismissed).toEqual([]);
  });

  test('dismissing one signal leaves the other signals of the same message counting', () => {
    const h = history([{ daysAgo: 10, messages: [`${ABUSE} I will leave a one-star review on Google.`] }, ...quietTickets(4, 60, 30)]);
    const rating = rate(h, settings, NOW);
    const e = rating.factors.find((f) => f.id === 'abuse')!.evidence[0]!;
    const after = rate(h, settings, NOW, createReader(), [{ ticketId: e.ticketId, commentId: e.commentId, signal: 'abuse', quote: e.quote!, by: { id: 1, name: 'A' }, at: NOW.toISOString(), reason: '' }]);
    expect(after.factors.map((f) => f.id)).toContain('review-threat');
    expect(after.factors.map((f) => f.id)).not.toContain('abuse');
  });
});

describe('the dismissals field', () => {
  test('round-trips through its compact JSON, with a version and short keys', () => {
    const d = dismissalOf(abusive());
    const text = encodeDismissals(only([d]))!;
    expect(text.startsWith('{"v":1,"d":[{"t":')).toBe(true);
    const parsed = parseDismissals({ [DISMISSALS_FIELD]: text });
    expect(parsed.problems).toEqual([]);
    expect(parsed.stored.dismissed).toEqual([d]);
  });

  test('a malformed field gives a clear message, is marked unreadable, and the rating still shows', () => {
    const parsed = parseDismissals({ [DISMISSALS_FIELD]: 'abuse dismissed by Sam' });
    expect(parsed.unreadable).toBe(true);
    expect(parsed.problems[0]).toMatch(/could not be read, so every quote counts/);
    expect(rate(abusive(), settings, NOW, createReader(), parsed.stored.dismissed).score).not.toBeNull();
  });

  test('one bad entry is left out and named; the others are read', () => {
    const d = dismissalOf(abusive());
    const text = JSON.stringify({ v: 1, d: [{ t: 'x' }, JSON.parse(encodeDismissals(only([d]))!).d[0]], x: [], n: 0 });
    const parsed = parseDismissals({ [DISMISSALS_FIELD]: text });
    expect(parsed.stored.dismissed).toHaveLength(1);
    expect(parsed.problems).toEqual(['One dismissed quote could not be read; that quote counts again.']);
  });

  test('keeps the newest dismissals and counts the older ones', () => {
    const many = Array.from({ length: MAX_DISMISSALS + 5 }, (_, i) => ({ ...dismissalOf(abusive()), ticketId: i + 1, at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
    const parsed = parseDismissals({ [DISMISSALS_FIELD]: encodeDismissals(only(many)) });
    expect(parsed.stored.dismissed).toHaveLength(MAX_DISMISSALS);
    expect(parsed.stored.dropped).toBe(5);
    expect(parsed.stored.dismissed[0]!.ticketId).toBe(6);
  });

  test('stays within its size bound whatever the reasons', () => {
    const many = Array.from({ length: MAX_DISMISSALS }, (_, i) => ({ ...dismissalOf(abusive()), ticketId: i + 1, reason: 'x'.repeat(500), by: { id: 1, name: 'n'.repeat(300) } }));
    expect(encodeDismissals(only(many))!.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
  });

  test('merging two agents’ copies keeps both dismissals, and a later restore wins over the dismissal', () => {
    const base = dismissalOf(abusive());
    const a = { ...base, ticketId: 1, by: { id: 1, name: 'A' } };
    const b = { ...base, ticketId: 2, by: { id: 2, name: 'B' } };
    const merged = mergeDismissals(only([a]), only([b]));
    expect(merged.dismissed.map((d) => d.ticketId).toSorted()).toEqual([1, 2]);
    expect(mergeDismissals(merged, merged)).toEqual(merged);
    const restore = { ...a, at: '2026-11-23T11:00:00.000Z' };
    const after = mergeDismissals(merged, { v: 1, dismissed: [], restored: [restore], dropped: 0 });
    expect(after.dismissed.map((d) => d.ticketId)).toEqual([2]);
    expect(holds(after, restore, 'restored')).toBe(true);
    // A stale copy that still has the dismissal cannot bring it back.
    expect(mergeDismissals(only([a, b]), after).dismissed.map((d) => d.ticketId)).toEqual([2]);
  });
});

describe('dismissals as training rows', () => {
  test('a message whose only hit of a signal was dismissed is a row labelled 0 for that signal alone', () => {
    const h = abusive();
    const rows = correctionRows(h, [dismissalOf(h)], createReader(), 'balanced');
    expect(rows).toEqual([{ text: ABUSE, labels: { abuse: 0 }, note: 'team correction, not abuse: a joke between us' }]);
  });
});

describe('a quote a warning cites', () => {
  test('is found from the strike note the warning flag writes, by its ticket and comment', async () => {
    const { composeNote } = await import('../../../src/core/warnings/note');
    const { citingSteps, citedBy } = await import('../../../src/core/dismissals');
    const body = composeNote({
      op: 'op-strike-000001',
      kind: 'strike',
      userId: 501,
      userName: 'Vince',
      ticketId: 77,
      by: { id: 9, name: 'Dana' },
      at: '2026-11-20T10:00:00.000Z',
      reason: 'Insulted Priya twice',
      evidence: [{ factorId: 'abuse', name: 'Abuses the team', ticketId: 12, commentId: 345, date: '2026-11-01T09:00:00.000Z', excerpt: 'You useless lot (ticket #99, comment 1, 2026-01-01): ' }],
      rating: null,
      expectedFrom: 0,
      to: 1,
      acknowledges: [],
      finalNoticeText: null,
      accountUrl: null,
    });
    const note = { id: 900, author_id: 9, public: false, created_at: '2026-11-20T10:00:00Z', plain_body: body };
    const steps = citingSteps({ '77': [note] });
    expect(steps.map((s) => [s.op, s.kind])).toEqual([['op-strike-000001', 'strike']]);
    expect(citedBy(steps, 12, 345)?.op).toBe('op-strike-000001');
    // Customer words quoted in the note cannot make it cite another comment.
    expect(citedBy(steps, 99, 1)).toBeNull();
    expect(citedBy(steps, 12, 346)).toBeNull();
    // A public comment with the same text is not the app's note.
    expect(citingSteps({ '77': [{ ...note, public: true }] })).toEqual([]);
  });
});
