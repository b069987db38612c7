import { describe, expect, it } from 'vitest';
import { encodeRecord, LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { warningState } from '../../../src/core/warnings/state';
import type { WarningRecord } from '../../../src/core/warnings/types';

const settings = DEFAULT_WARNING_SETTINGS;
const record: WarningRecord = {
  v: 1,
  op: 'op-00000001',
  action: 'strike',
  level: 2,
  from: 1,
  by: { id: 5, name: 'Dana Lead' },
  at: '2026-06-01T09:30:00.000Z',
  reason: 'Second threat of a review',
  ticketId: 55,
  commentId: 9001,
  acknowledged: [],
};
const user = (fields: Record<string, unknown>) => ({ id: 7, name: 'Pat', user_fields: fields });

describe('warningState', () => {
  it('shows no warning for a user without the app\'s fields', () => {
    const state = warningState(user({ other: 'x' }), settings, new Date('2026-06-02T00:00:00Z'));
    expect(state).toMatchObject({ level: 0, effectiveLevel: 0, expired: false, latest: null, nextStrike: 1, openConcerns: [], problems: [] });
  });

  it('shows level, who, when, reason and the note while in force', () => {
    const state = warningState(
      user({ [WARNING_FIELDS.level]: LEVEL_TAGS[2], [WARNING_FIELDS.record]: encodeRecord(record) }),
      settings,
      new Date('2026-11-27T09:29:00Z'),
    );
    expect(state).toMatchObject({ level: 2, effectiveLevel: 2, expired: false, nextStrike: 3, raisedAt: record.at });
    expect(state.expiresAt).toBe('2026-11-28T09:30:00.000Z');
    expect(state.latest).toEqual(record);
    expect(state.finalNoticeText).toBeNull();
  });

  it('shows the warning as expired after the expiry period, and the next strike is 1 again', () => {
    const state = warningState(
      user({ [WARNING_FIELDS.level]: LEVEL_TAGS[2], [WARNING_FIELDS.record]: encodeRecord(record) }),
      settings,
      new Date('2026-11-28T09:30:00Z'),
    );
    expect(state).toMatchObject({ level: 2, effectiveLevel: 0, expired: true, nextStrike: 1 });
  });

  it('honours a shorter expiry from the settings', () => {
    const state = warningState(
      user({ [WARNING_FIELDS.level]: LEVEL_TAGS[2], [WARNING_FIELDS.record]: encodeRecord(record) }),
      { ...settings, warningExpiryDays: 30 },
      new Date('2026-07-02T00:00:00Z'),
    );
    expect(state.expired).toBe(true);
  });

  it('gives the agreed final-notice text only while a final notice is in force', () => {
    const final = { ...record, level: 3 as const, from: 2 as const };
    const fields = { [WARNING_FIELDS.level]: LEVEL_TAGS[3], [WARNING_FIELDS.record]: encodeRecord(final) };
    expect(warningState(user(fields), settings, new Date('2026-06-02T00:00:00Z'))).toMatchObject({
      effectiveLevel: 3,
      nextStrike: null,
      finalNoticeText: settings.finalNoticeText,
    });
    expect(warningState(user(fields), settings, new Date('2027-06-02T00:00:00Z')).finalNoticeText).toBeNull();
  });

  it('copes with a level set by hand in Zendesk: dated by the date field, flagged as a problem', () => {
    const state = warningState(
      user({ [WARNING_FIELDS.level]: LEVEL_TAGS[1], [WARNING_FIELDS.date]: '2026-06-01' }),
      settings,
      new Date('2026-06-02T00:00:00Z'),
    );
    expect(state).toMatchObject({ level: 1, effectiveLevel: 1, raisedAt: '2026-06-01T00:00:00.000Z', latest: null });
    const undated = warningState(user({ [WARNING_FIELDS.level]: LEVEL_TAGS[1] }), settings, new Date('2030-01-01T00:00:00Z'));
    expect(undated).toMatchObject({ effectiveLevel: 1, expired: false, expiresAt: null });
    expect(undated.problems).toEqual([{ code: 'undated', message: 'The warning has no date, so it cannot expire; give or clear a warning to date it.' }]);
  });

  it('reads garbage in the fields as problems, never throwing', () => {
    const state = warningState(
      user({
        [WARNING_FIELDS.level]: 'strike_9',
        [WARNING_FIELDS.date]: 'yesterday',
        [WARNING_FIELDS.record]: '{not json',
        [WARNING_FIELDS.concerns]: '{"open": [{"op": "x"}]}',
      }),
      settings,
      new Date('2026-06-02T00:00:00Z'),
    );
    expect(state.level).toBe(0);
    expect(state.problems.map((p) => p.code)).toEqual(['levelUnknown', 'dateInvalid', 'recordUnreadable', 'concernUnreadable']);
    expect(state.openConcerns).toEqual([]);
  });
});
