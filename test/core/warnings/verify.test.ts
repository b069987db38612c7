import { describe, expect, it } from 'vitest';
import { encodeRecord, LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import type { CurrentUserLike, WarningLevel, WarningRecord, WarningSettings } from '../../../src/core/warnings/types';
import { readMarker, verifyWarning, type TrailNote, type WarningTrail } from '../../../src/core/warnings/verify';

const DANA: CurrentUserLike = { id: 5, name: 'Dana Lead', role: 'admin', groups: [] };
const ANA: CurrentUserLike = { id: 6, name: 'Ana Ferreira', role: 'admin', groups: [] };
const TOM: CurrentUserLike = { id: 8, name: 'Tom Agent', role: 'agent', groups: [{ id: 77 }] };
const AUTHORS = { [DANA.id]: DANA, [ANA.id]: ANA, [TOM.id]: TOM };

const record: WarningRecord = {
  v: 1,
  op: 'op-strike-2',
  action: 'strike',
  level: 2,
  from: 1,
  by: { id: DANA.id, name: DANA.name },
  at: '2026-06-01T09:30:00.000Z',
  reason: 'Second threat of a review',
  ticketId: 55,
  commentId: 9002,
  acknowledged: [],
};

function note(id: number, authorId: number, op: string, action: 'strike' | 'clear' | 'concern', level: WarningLevel, createdAt: string, extra: Partial<TrailNote> = {}): TrailNote {
  return { id, ticketId: 55, authorId, createdAt, public: false, body: `Customer Fit: a step\n\n[customer-fit op:${op} action:${action} level:${level}]`, ...extra };
}

const strike1 = note(9001, DANA.id, 'op-strike-1', 'strike', 1, '2026-05-01T09:30:05Z');
const strike2 = note(9002, DANA.id, 'op-strike-2', 'strike', 2, '2026-06-01T09:30:05Z');

function customer(level: WarningLevel, rec: WarningRecord | null) {
  return { id: 7, name: 'Pat', user_fields: { [WARNING_FIELDS.level]: level === 0 ? null : LEVEL_TAGS[level], [WARNING_FIELDS.record]: rec ? encodeRecord(rec) : null } };
}

const trail = (notes: TrailNote[], authors: WarningTrail['authors'] = AUTHORS): WarningTrail => ({ notes, authors });

describe('verifyWarning: the step on record', () => {
  const cases: {
    name: string;
    level?: WarningLevel;
    record?: WarningRecord | null;
    notes: TrailNote[];
    authors?: WarningTrail['authors'];
    settings?: WarningSettings;
    status: 'verified' | 'unverified';
    reason: string | null;
    writtenBy?: string | null;
  }[] = [
    { name: 'a lead wrote the note the record points to', notes: [strike1, strike2], status: 'verified', reason: null, writtenBy: 'Dana Lead' },
    { name: 'the note is missing', notes: [strike1], status: 'unverified', reason: 'note-missing', writtenBy: null },
    { name: 'an agent wrote the note, the record claims Dana', notes: [strike1, { ...strike2, authorId: TOM.id }], status: 'unverified', reason: 'not-a-lead', writtenBy: 'Tom Agent' },
    { name: 'another lead wrote the note the record says Dana wrote', notes: [strike1, { ...strike2, authorId: ANA.id }], status: 'unverified', reason: 'not-the-author', writtenBy: 'Ana Ferreira' },
    { name: 'the note records another level (a strike-1 note passed off as strike 2)', notes: [{ ...strike1, id: 9002 }], status: 'unverified', reason: 'note-mismatch', writtenBy: 'Dana Lead' },
    { name: 'the comment is public (a public reply cannot be the app\'s note)', notes: [strike1, { ...strike2, public: true }], status: 'unverified', reason: 'note-missing', writtenBy: null },
    { name: 'the note\'s author cannot be read', notes: [strike1, strike2], authors: { [TOM.id]: TOM }, status: 'unverified', reason: 'author-unknown', writtenBy: 'user 5' },
    {
      name: 'an agent in a lead group counts as a lead',
      notes: [strike1, { ...strike2, authorId: TOM.id }],
      record: { ...record, by: { id: TOM.id, name: TOM.name } },
      settings: { ...DEFAULT_WARNING_SETTINGS, leadGroupIds: [77] },
      status: 'verified',
      reason: null,
      writtenBy: 'Tom Agent',
    },
    {
      name: 'a custom role counts as a lead when its id is set',
      notes: [strike1, { ...strike2, authorId: TOM.id }],
      record: { ...record, by: { id: TOM.id, name: TOM.name } },
      authors: { ...AUTHORS, [TOM.id]: { ...TOM, customRoleId: 4242 } },
      settings: { ...DEFAULT_WARNING_SETTINGS, leadCustomRoleIds: [4242] },
      status: 'verified',
      reason: null,
    },
    {
      name: 'a clear written by an agent is not verified either',
      level: 0,
      record: { ...record, op: 'op-clear-1', action: 'clear', level: 0, from: 2, commentId: 9003 },
      notes: [strike1, strike2, note(9003, TOM.id, 'op-clear-1', 'clear', 0, '2026-06-02T10:00:00Z')],
      status: 'unverified',
      reason: 'not-a-lead',
      writtenBy: 'Tom Agent',
    },
    {
      name: 'a record without a note id is found by its operation',
      record: { ...record, commentId: null },
      notes: [strike1, strike2],
      status: 'verified',
      reason: null,
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const rec = c.record === undefined ? record : c.record;
      const result = verifyWarning(customer(c.level ?? 2, rec), trail(c.notes, c.authors), c.settings ?? DEFAULT_WARNING_SETTINGS);
      expect(result.latest?.status).toBe(c.status);
      expect(result.latest?.reason).toBe(c.reason);
      expect(result.latest?.claimedBy?.name).toBe(rec?.by.name);
      if (c.writtenBy !== undefined) expect(result.latest?.writtenBy?.name ?? null).toBe(c.writtenBy);
      expect(result.unverified.includes(result.latest!)).toBe(c.status === 'unverified');
    });
  }
});

describe('verifyWarning: each level', () => {
  it('verifies every level whose note a lead wrote', () => {
    const result = verifyWarning(customer(2, record), trail([strike1, strike2]), DEFAULT_WARNING_SETTINGS);
    expect(result.levels.map((l) => [l.level, l.status])).toEqual([
      [1, 'verified'],
      [2, 'verified'],
    ]);
    expect(result.unverified).toEqual([]);
  });

  it('names the agent who wrote an earlier strike\'s note', () => {
    const result = verifyWarning(customer(2, record), trail([{ ...strike1, authorId: TOM.id }, strike2]), DEFAULT_WARNING_SETTINGS);
    expect(result.levels[0]).toMatchObject({ level: 1, status: 'unverified', reason: 'not-a-lead', writtenBy: { id: TOM.id, name: 'Tom Agent' }, claimedBy: null });
    expect(result.unverified.map((l) => l.level)).toEqual([1]);
  });

  it('leaves an earlier strike unchecked when its note is not among the notes read', () => {
    const result = verifyWarning(customer(2, record), trail([strike2]), DEFAULT_WARNING_SETTINGS);
    expect(result.levels.map((l) => l.status)).toEqual(['unchecked', 'verified']);
    expect(result.unverified).toEqual([]);
  });

  it('does not count a strike note from before the last clear', () => {
    const clear = note(9000, DANA.id, 'op-clear-0', 'clear', 0, '2026-04-15T00:00:00Z');
    const old = note(8999, DANA.id, 'op-old-1', 'strike', 1, '2026-04-01T00:00:00Z');
    const result = verifyWarning(customer(2, record), trail([old, clear, strike2]), DEFAULT_WARNING_SETTINGS);
    expect(result.levels[0]?.status).toBe('unchecked');
  });

  it('marks a level set by hand, with no record, as unverified', () => {
    const result = verifyWarning(customer(3, null), trail([]), DEFAULT_WARNING_SETTINGS);
    expect(result.latest).toBeNull();
    expect(result.levels.at(-1)).toMatchObject({ level: 3, status: 'unverified', reason: 'no-record' });
    expect(result.unverified.map((l) => l.level)).toEqual([3]);
  });

  it('marks a level raised by hand above the record as unverified, and still checks the record', () => {
    const result = verifyWarning(customer(3, record), trail([strike1, strike2]), DEFAULT_WARNING_SETTINGS);
    expect(result.latest?.status).toBe('verified');
    expect(result.levels.map((l) => [l.level, l.status, l.reason])).toEqual([
      [1, 'verified', null],
      [2, 'verified', null],
      [3, 'unverified', 'no-record'],
    ]);
  });

  it('has nothing to check for a customer without a warning', () => {
    expect(verifyWarning({ id: 7, user_fields: {} }, trail([]), DEFAULT_WARNING_SETTINGS)).toEqual({ latest: null, levels: [], unverified: [] });
  });
});

describe('readMarker', () => {
  it('reads the app\'s marker line, and ignores a defused one in quoted text', () => {
    expect(readMarker('x\n[customer-fit op:op-strike-2 action:strike level:2]')).toEqual({ op: 'op-strike-2', action: 'strike', level: 2 });
    expect(readMarker('quoted: "(customer-fit op:op-strike-2 action:strike level:2]"')).toBeNull();
  });
});

describe('verifyWarning: steps the record lost', () => {
  // Ana's strike 2 landed first; Dana's, written from a read taken just before it, replaced it.
  const anas = note(9003, ANA.id, 'op-ana-strike-2', 'strike', 2, '2026-06-01T09:30:02Z');
  const chained: WarningRecord = { ...record, follows: ['op-strike-1'], followsFrom: null };

  it('names a step whose note exists but which the record neither holds nor follows', () => {
    const check = verifyWarning(customer(2, chained), trail([strike1, strike2, anas]), DEFAULT_WARNING_SETTINGS);
    expect(check.unverified).toEqual([
      { level: 2, action: 'strike', status: 'unverified', reason: 'not-on-record', claimedBy: null, writtenBy: { id: ANA.id, name: ANA.name }, noteId: 9003, ticketId: 55 },
    ]);
  });

  it('does not name a step the record follows, or one its author marked as not recorded', () => {
    const followed = { ...chained, follows: ['op-strike-1', 'op-ana-strike-2'] };
    expect(verifyWarning(customer(2, followed), trail([strike1, strike2, anas]), DEFAULT_WARNING_SETTINGS).unverified).toEqual([]);
    const withdrawn = { ...anas, id: 9004, body: 'Customer Fit: the step above was not recorded\n\n[customer-fit superseded:op-ana-strike-2]' };
    expect(verifyWarning(customer(2, chained), trail([strike1, strike2, anas, withdrawn]), DEFAULT_WARNING_SETTINGS).unverified).toEqual([]);
  });

  it('judges nothing where the record cannot tell: no list of steps, or a step noted before the list starts', () => {
    expect(verifyWarning(customer(2, record), trail([strike1, strike2, anas]), DEFAULT_WARNING_SETTINGS).unverified).toEqual([]);
    const late = { ...chained, followsFrom: '2026-06-01T09:30:03Z' };
    expect(verifyWarning(customer(2, late), trail([strike1, strike2, anas]), DEFAULT_WARNING_SETTINGS).unverified).toEqual([]);
  });
});
