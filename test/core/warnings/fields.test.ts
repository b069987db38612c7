import { describe, expect, it } from 'vitest';
import { carryFollows, encodeConcerns, encodeRecord, isRecordedStep, MAX_FOLLOWED_OPS, parseWarningFields, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import type { ConcernRecord, WarningRecord } from '../../../src/core/warnings/types';

const AT = '2026-06-01T09:30:00.000Z';
const step = (op: string, extra: Partial<WarningRecord> = {}): WarningRecord => ({
  v: 1, op, action: 'strike', level: 1, from: 0, by: { id: 5, name: 'Dana Lead' }, at: AT, reason: 'r', ticketId: 55, commentId: 9001, acknowledged: [], ...extra,
});
const concern = (op: string): ConcernRecord => ({ op, by: { id: 8, name: 'Tom' }, at: AT, reason: 'worry', ticketId: 55, commentId: 9000 });

describe('the open concerns', () => {
  it('are the entries of the concerns field that the record has not closed', () => {
    const parsed = parseWarningFields({
      [WARNING_FIELDS.concerns]: encodeConcerns({ v: 1, open: [concern('op-concern-a'), concern('op-concern-b')], dropped: 0 }),
      [WARNING_FIELDS.record]: encodeRecord(step('op-strike-1', { acknowledged: ['op-concern-a'], closed: ['op-concern-a'], closedFrom: null })),
    });
    expect(parsed.concerns.open.map((c) => c.op)).toEqual(['op-concern-b']);
  });
});

describe('the steps a record follows', () => {
  it('start empty, then carry each previous step', () => {
    const first = step('op-strike-1', carryFollows(null, AT));
    expect(first).toMatchObject({ follows: [], followsFrom: null });
    const second = step('op-strike-2', carryFollows(first, AT));
    expect(second).toMatchObject({ follows: ['op-strike-1'], followsFrom: null });
    expect(isRecordedStep(second, 'op-strike-1')).toBe(true);
    expect(isRecordedStep(second, 'op-strike-2')).toBe(true);
    expect(isRecordedStep(second, 'op-other-1')).toBe(false);
    expect(isRecordedStep(null, 'op-strike-1')).toBe(false);
  });

  it('start from the previous step when it kept no list, and from now when the list grows too long', () => {
    expect(carryFollows(step('op-legacy-1'), '2026-07-01T00:00:00.000Z')).toEqual({ follows: ['op-legacy-1'], followsFrom: AT });
    const long = step('op-strike-x', { follows: Array.from({ length: MAX_FOLLOWED_OPS }, (_, i) => `op-step-${1000 + i}`), followsFrom: null });
    const next = carryFollows(long, '2026-07-01T00:00:00.000Z');
    expect(next.follows).toHaveLength(MAX_FOLLOWED_OPS);
    expect(next.follows.at(-1)).toBe('op-strike-x');
    expect(next.followsFrom).toBe('2026-07-01T00:00:00.000Z');
  });

  it('survive a round trip through the record field, and unreadable entries are dropped', () => {
    const text = encodeRecord(step('op-strike-2', { follows: ['op-strike-1', 'bad op!'], followsFrom: null }));
    expect(parseWarningFields({ [WARNING_FIELDS.record]: text }).record).toMatchObject({ follows: ['op-strike-1'], followsFrom: null });
  });
});
