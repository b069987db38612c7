import { describe, expect, it } from 'vitest';
import { CONCERN_TAG, LEVEL_TAGS, parseWarningFields } from '../../src/core/warnings/fields';
import { hasMarker } from '../../src/core/warnings/note';
import { createDemoAccount } from '../../src/demo/account';
import type { RequesterKey } from '../../src/demo/types';
import { ticketsOf } from './helpers';

const account = createDemoAccount({ now: new Date('2026-11-23T09:30:00Z') });
const userOf = (key: RequesterKey) => account.users.find((u) => u.id === account.requesters[key].userId);
const agentName = (id: number): string | undefined => account.users.find((u) => u.id === id && u.role !== 'end-user')?.name;

describe('the flagged customers carry the app\'s own warning records', () => {
  it.each([
    ['watch-concern', 0, 1],
    ['watch-strike-1', 1, 1],
    ['watch-strike-2', 2, 0],
    ['watch-final-notice', 3, 0],
  ] as const)('%s: level %i with %i open concern(s), read back without problems', (key, level, openConcerns) => {
    const user = userOf(key);
    const fields = parseWarningFields(user?.user_fields);
    expect(fields.problems).toEqual([]);
    expect(fields.level).toBe(level);
    expect(fields.concerns.open).toHaveLength(openConcerns);
    const levelTag = level === 0 ? null : LEVEL_TAGS[level];
    expect(user?.tags.toSorted()).toEqual([...(levelTag ? [levelTag] : []), ...(openConcerns > 0 ? [CONCERN_TAG] : [])].toSorted());
    if (level > 0) {
      expect(fields.record?.level).toBe(level);
      expect(fields.date).toBe(fields.record?.at.slice(0, 10));
      expect(agentName(fields.record?.by.id ?? 0)).toBe('Ana Ferreira');
    } else {
      expect(fields.record).toBeNull();
    }
  });

  it('records who raised each open concern, and the note it wrote on the ticket', () => {
    for (const key of ['watch-concern', 'watch-strike-1'] as const) {
      const [concern] = parseWarningFields(userOf(key)?.user_fields).concerns.open;
      expect(agentName(concern?.by.id ?? 0)).toBe(concern?.by.name);
      const note = account.comments[String(concern?.ticketId)]?.find((c) => c.id === concern?.commentId);
      expect(note).toMatchObject({ public: false, author_id: concern?.by.id });
      expect(hasMarker(note?.body ?? '', concern?.op ?? '')).toBe(true);
      expect(note?.body).toContain('Customer Fit: concern raised');
    }
  });

  it('writes a private strike note per strike, in order, the last one the final notice', () => {
    const notes = ticketsOf(account, 'watch-final-notice')
      .flatMap((t) => account.comments[String(t.id)] ?? [])
      .filter((c) => !c.public && c.body.startsWith('Customer Fit:'));
    expect(notes.map((n) => n.body.split('\n')[0])).toEqual([
      'Customer Fit: warning, strike 1 of 3',
      'Customer Fit: warning, strike 2 of 3',
      'Customer Fit: FINAL NOTICE (strike 3 of 3)',
    ]);
    expect(notes.at(-1)?.body).toContain('What the team agreed for a final notice:');
    expect(JSON.stringify(account)).not.toContain('warning-step ');
  });
});
