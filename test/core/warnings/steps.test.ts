import { describe, expect, it } from 'vitest';
import { encodeConcerns, encodeRecord, LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { warningState } from '../../../src/core/warnings/state';
import { actionStep, noteTicketFor, stepKind } from '../../../src/core/warnings/steps';
import type { ConcernRecord, WarningLevel } from '../../../src/core/warnings/types';

const NOW = new Date('2026-06-10T00:00:00Z');
const concern: ConcernRecord = {
  op: 'op-concern-1',
  by: { id: 3, name: 'Tom Agent' },
  at: '2026-06-05T10:00:00.000Z',
  reason: 'Asked for a refund of a used month',
  ticketId: 40,
  commentId: 700,
};

function stateAt(level: WarningLevel, concerns: ConcernRecord[] = [], at = '2026-06-01T09:30:00.000Z') {
  const fields: Record<string, unknown> = { [WARNING_FIELDS.concerns]: encodeConcerns({ v: 1, open: concerns, dropped: 0 }) };
  if (level > 0) {
    fields[WARNING_FIELDS.level] = LEVEL_TAGS[level as 1 | 2 | 3];
    fields[WARNING_FIELDS.record] = encodeRecord({
      v: 1, op: `op-strike-${level}`, action: 'strike', level, from: (level - 1) as WarningLevel,
      by: { id: 5, name: 'Dana Lead' }, at, reason: 'Reason', ticketId: 55, commentId: 9001, acknowledged: [],
    });
  }
  return warningState({ id: 7, name: 'Pat', user_fields: fields }, DEFAULT_WARNING_SETTINGS, NOW);
}

describe('actionStep: the step a form names', () => {
  it('names the next strike from the level the lead sees, up to the final notice', () => {
    expect(actionStep('strike', stateAt(0))).toBe('strike1');
    expect(actionStep('strike', stateAt(1))).toBe('strike2');
    expect(actionStep('strike', stateAt(2))).toBe('finalNotice');
    expect(actionStep('strike', stateAt(3))).toBeNull();
  });

  it('starts again at strike 1 once a warning has expired', () => {
    expect(actionStep('strike', stateAt(2, [], '2025-06-01T09:30:00.000Z'))).toBe('strike1');
  });

  it('offers to clear only where a warning is recorded, and to close the concerns otherwise', () => {
    expect(actionStep('clear', stateAt(0, [concern]))).toBe('closeConcerns');
    expect(actionStep('clear', stateAt(1, [concern]))).toBe('clear');
    expect(actionStep('clear', stateAt(3))).toBe('clear');
    expect(actionStep('clear', stateAt(0))).toBeNull();
  });

  it('maps every step back to the action it records', () => {
    expect(['concern', 'strike1', 'strike2', 'finalNotice', 'clear', 'closeConcerns'].map((s) => stepKind(s as never))).toEqual([
      'concern', 'strike', 'strike', 'strike', 'clear', 'clear',
    ]);
  });
});

describe('noteTicketFor: where a step taken on the profile puts its note', () => {
  it('picks the most recently updated ticket that is not closed', () => {
    const tickets = [
      { id: 1, status: 'closed', updated_at: '2026-06-09T00:00:00Z' },
      { id: 2, status: 'solved', updated_at: '2026-06-01T00:00:00Z' },
      { id: 3, status: 'open', updated_at: '2026-06-03T00:00:00Z' },
      { id: 4, status: 'pending', updated_at: '2026-05-03T00:00:00Z' },
    ];
    expect(noteTicketFor(tickets)).toBe(3);
  });

  it('has none when every ticket is closed', () => {
    expect(noteTicketFor([{ id: 1, status: 'closed', updated_at: '2026-06-09T00:00:00Z' }])).toBeNull();
    expect(noteTicketFor([])).toBeNull();
  });
});
