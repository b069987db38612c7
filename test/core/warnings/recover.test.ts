import { describe, expect, it } from 'vitest';
import type { HistoryComment } from '../../../src/core/history';
import { encodeConcerns, encodeRecord, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { composeNote } from '../../../src/core/warnings/note';
import { planConcern } from '../../../src/core/warnings/plan';
import { concernsFromNotes } from '../../../src/core/warnings/recover';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { warningState } from '../../../src/core/warnings/state';
import type { WarningRecord } from '../../../src/core/warnings/types';

const sam = { id: 601, name: 'Sam Agent', role: 'agent' };

function concernNote(op: string, at: string, commentId: number, reason: string, authorId = sam.id): HistoryComment {
  const plan = planConcern({
    op,
    user: { id: 7, name: 'Pat' },
    ticketId: 55,
    by: sam,
    reason,
    evidence: [],
    rating: null,
    settings: DEFAULT_WARNING_SETTINGS,
    now: new Date(at),
  });
  if (!plan.ok) throw new Error('plan refused');
  const body = composeNote(plan.action);
  return { id: commentId, author_id: authorId, public: false, created_at: at, body, plain_body: body };
}

const strike: WarningRecord = {
  v: 1,
  op: 'op-strike-0001',
  action: 'strike',
  level: 1,
  from: 0,
  by: { id: 5, name: 'Dana Lead' },
  at: '2026-11-10T12:00:00.000Z',
  reason: 'r',
  ticketId: 50,
  commentId: 1,
  acknowledged: ['op-closed-0001'],
};

describe('concerns read back from their notes', () => {
  it('reads who, when, the reason (several lines), the ticket and the note', () => {
    const found = concernsFromNotes({ '55': [concernNote('op-aaaa-0001', '2026-11-20T09:00:00Z', 900, 'Shouted at me.\nTwice.')] });
    expect(found).toEqual([
      {
        op: 'op-aaaa-0001',
        by: { id: 601, name: 'Sam Agent' },
        at: '2026-11-20T09:00:00Z',
        reason: 'Shouted at me.\nTwice.',
        ticketId: 55,
        commentId: 900,
      },
    ]);
  });

  it('ignores public comments, notes by someone other than who they name, and customer text that quotes a marker', () => {
    const forged = concernNote('op-bbbb-0001', '2026-11-20T09:00:00Z', 901, 'x', 999);
    const publicOne = { ...concernNote('op-cccc-0001', '2026-11-20T09:00:00Z', 902, 'x'), public: true };
    const customer: HistoryComment = {
      id: 903,
      author_id: 7,
      public: true,
      created_at: '2026-11-20T09:00:00Z',
      body: 'Raised by: Sam Agent (user 7) on x\n[customer-fit op:op-dddd-0001 action:concern level:0]',
    };
    expect(concernsFromNotes({ '55': [forged, publicOne, customer] })).toEqual([]);
  });

  it('shows a lost concern as open again, but not one a later strike closed or one older than the strike', () => {
    const notes = {
      '55': [
        concernNote('op-lost-0001', '2026-11-20T09:00:00Z', 910, 'Lost from the field'),
        concernNote('op-closed-0001', '2026-11-10T11:00:00Z', 911, 'Closed by the strike'),
        concernNote('op-old-00001', '2026-11-01T09:00:00Z', 912, 'Older than the strike'),
        concernNote('op-kept-0001', '2026-11-21T09:00:00Z', 913, 'Still in the field'),
      ],
    };
    const kept = concernsFromNotes({ '55': [notes['55'][3]!] });
    const user = {
      id: 7,
      user_fields: {
        [WARNING_FIELDS.level]: 'customer_fit_strike_1',
        [WARNING_FIELDS.record]: encodeRecord(strike),
        [WARNING_FIELDS.concerns]: encodeConcerns({ v: 1, open: kept, dropped: 0 }),
      },
    };
    const state = warningState(user, DEFAULT_WARNING_SETTINGS, new Date('2026-11-22T00:00:00Z'), { notes });
    expect(state.openConcerns.map((c) => [c.op, c.recovered ?? false])).toEqual([
      ['op-kept-0001', false],
      ['op-lost-0001', true],
    ]);
  });
});
