import { describe, expect, it } from 'vitest';
import type { Band } from '../../../src/core/rating/types';
import { applyQuery, DEFAULT_QUERY, pageOf, ticketsCreatedWithin, toWatchlistRow, type FlaggedUser, type WatchlistRow } from '../../../src/core/watchlist';
import { CONCERN_TAG, encodeConcerns, encodeRecord, LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import type { ConcernRecord, WarningLevel } from '../../../src/core/warnings/types';

const NOW = new Date('2026-11-23T12:00:00Z');
const settings = DEFAULT_WARNING_SETTINGS;

function daysAgo(days: number): string {
  return new Date(NOW.getTime() - days * 86_400_000).toISOString();
}

function concern(by: string, days: number, n: number): ConcernRecord {
  return { op: `concern-op-${n}`.padEnd(12, '0'), by: { id: n, name: by }, at: daysAgo(days), reason: 'Threatened a review', ticketId: 100 + n, commentId: null };
}

function flagged(id: number, name: string, options: { level?: WarningLevel; strikeDaysAgo?: number; by?: string; concerns?: ConcernRecord[]; tags?: string[] } = {}): FlaggedUser {
  const fields: Record<string, unknown> = {};
  const tags = [...(options.tags ?? [])];
  if (options.level) {
    const at = daysAgo(options.strikeDaysAgo ?? 10);
    fields[WARNING_FIELDS.level] = LEVEL_TAGS[options.level as 1 | 2 | 3];
    fields[WARNING_FIELDS.date] = at.slice(0, 10);
    fields[WARNING_FIELDS.record] = encodeRecord({
      v: 1,
      op: `strike-op-${id}`.padEnd(12, '0'),
      action: 'strike',
      level: options.level,
      from: (options.level - 1) as WarningLevel,
      by: { id: 5, name: options.by ?? 'Ana Ferreira' },
      at,
      reason: 'Pattern of late payments',
      ticketId: 55,
      commentId: 9001,
      acknowledged: [],
    });
    tags.push(LEVEL_TAGS[options.level as 1 | 2 | 3]);
  }
  if (options.concerns?.length) {
    fields[WARNING_FIELDS.concerns] = encodeConcerns({ v: 1, open: options.concerns, dropped: 0 });
    tags.push(CONCERN_TAG);
  }
  return { id, name, organization_id: 900 + id, tags, user_fields: fields };
}

describe('toWatchlistRow', () => {
  it('names the customer without invisible formatting, so the name reads, sorts and is found as written', () => {
    const row = toWatchlistRow(flagged(3, '\u202enimda\u202c \u2067Kyle\u2069\ufeff', { level: 1 }), settings, NOW);
    expect(row.name).toBe('nimda Kyle');
  });

  it('reads the level, when and by whom it was given, and the open concerns with who raised them', () => {
    const row = toWatchlistRow(
      flagged(1, 'Mira Solberg', { level: 1, strikeDaysAgo: 30, by: 'Ana Ferreira', concerns: [concern('Tom Okafor', 3, 1), concern('Priya Natarajan', 12, 2), concern('Tom Okafor', 20, 3)] }),
      settings,
      NOW,
    );
    expect(row).toMatchObject({ id: 1, name: 'Mira Solberg', organizationId: 901, effectiveLevel: 1, levelKey: 'strike-1', raisedBy: 'Ana Ferreira', expired: false });
    expect(row.raisedAt).toBe(daysAgo(30));
    expect(row.concerns).toEqual({ count: 3, raisedBy: ['Tom Okafor', 'Priya Natarajan'], newestAt: daysAgo(3), unrecorded: false });
    // The newest concern is more recent than the strike.
    expect(row.lastActivity).toBe(daysAgo(3));
  });

  it('shows a strike older than the expiry period as expired, no longer in force', () => {
    const row = toWatchlistRow(flagged(2, 'Derek Hale', { level: 2, strikeDaysAgo: 200 }), settings, NOW);
    expect(row).toMatchObject({ storedLevel: 2, effectiveLevel: 0, expired: true, levelKey: 'expired' });
  });

  it('keeps a customer whose concern tag has no recorded concern, and says so', () => {
    const row = toWatchlistRow({ id: 3, name: 'Kyle Dawson', tags: [CONCERN_TAG], user_fields: {} }, settings, NOW);
    expect(row.levelKey).toBe('concern');
    expect(row.concerns).toMatchObject({ count: 1, unrecorded: true, raisedBy: [] });
    expect(row.lastActivity).toBeNull();
  });

  it('counts a level tag set without the level field, undated, and notes the problem', () => {
    const row = toWatchlistRow({ id: 4, name: 'Pat Moor', tags: [LEVEL_TAGS[3]], user_fields: {} }, settings, NOW);
    expect(row).toMatchObject({ effectiveLevel: 3, levelKey: 'final-notice', raisedAt: null });
    expect(row.problems.map((p) => p.code)).toEqual(['tagOnly']);
  });
});

const names = (list: WatchlistRow[]) => list.map((r) => r.name);

describe('applyQuery', () => {
  const rows: WatchlistRow[] = [
    toWatchlistRow(flagged(10, 'Ada', { concerns: [concern('Tom', 2, 1)] }), settings, NOW),
    toWatchlistRow(flagged(11, 'Bea', { level: 3, strikeDaysAgo: 8 }), settings, NOW),
    toWatchlistRow(flagged(12, 'Cal', { level: 1, strikeDaysAgo: 45, concerns: [concern('Ana', 40, 2)] }), settings, NOW),
    toWatchlistRow(flagged(13, 'Dov', { level: 1, strikeDaysAgo: 120 }), settings, NOW),
    toWatchlistRow(flagged(14, 'Eli', { level: 2, strikeDaysAgo: 300 }), settings, NOW),
    toWatchlistRow(flagged(15, 'Fay', { level: 2, strikeDaysAgo: 5 }), settings, NOW),
  ];
  const bands: Record<number, Band> = { 10: 'good', 11: 'poor', 12: 'watch', 15: 'poor' };
  const bandOf = (id: number): Band | null => bands[id] ?? null;

  it('puts the most severe first by default: final notice, strike 2, strike 1 with concerns, strike 1, concern, expired', () => {
    expect(names(applyQuery(rows, bandOf, DEFAULT_QUERY, NOW))).toEqual(['Bea', 'Fay', 'Cal', 'Dov', 'Ada', 'Eli']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, direction: 'asc' }, NOW))).toEqual(['Eli', 'Ada', 'Dov', 'Cal', 'Fay', 'Bea']);
  });

  it('sorts by band with the customers not rated yet last, in either direction', () => {
    const desc = names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, sort: 'band' }, NOW));
    expect(desc.slice(0, 4)).toEqual(['Fay', 'Bea', 'Cal', 'Ada']);
    expect(desc.slice(4).toSorted()).toEqual(['Dov', 'Eli']);
    const asc = names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, sort: 'band', direction: 'asc' }, NOW));
    expect(asc.slice(0, 4)).toEqual(['Ada', 'Cal', 'Fay', 'Bea']);
    expect(asc.slice(4).toSorted()).toEqual(['Dov', 'Eli']);
  });

  it('sorts by last activity, newest first, and back', () => {
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, sort: 'activity' }, NOW))).toEqual(['Ada', 'Fay', 'Bea', 'Cal', 'Dov', 'Eli']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, sort: 'activity', direction: 'asc' }, NOW))).toEqual(['Eli', 'Dov', 'Cal', 'Bea', 'Fay', 'Ada']);
  });

  it('filters by level, band and last activity, and combines them', () => {
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, level: 'strike-1' }, NOW))).toEqual(['Cal', 'Dov']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, level: 'expired' }, NOW))).toEqual(['Eli']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, band: 'poor' }, NOW))).toEqual(['Bea', 'Fay']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, band: 'unrated' }, NOW))).toEqual(['Dov', 'Eli']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, activity: 7 }, NOW))).toEqual(['Fay', 'Ada']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, activity: 'older' }, NOW))).toEqual(['Dov', 'Eli']);
    expect(names(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, activity: 90, band: 'poor' }, NOW))).toEqual(['Bea', 'Fay']);
    expect(applyQuery(rows, bandOf, { ...DEFAULT_QUERY, level: 'final-notice', band: 'good' }, NOW)).toEqual([]);
  });

  it('leaves the rows it was given untouched', () => {
    const before = names(rows);
    applyQuery(rows, bandOf, { ...DEFAULT_QUERY, sort: 'name', direction: 'desc' }, NOW);
    expect(names(rows)).toEqual(before);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 45 }, (_, i) => i + 1);

  it('cuts the list into pages and says which items are shown', () => {
    expect(pageOf(items, 1, 20)).toMatchObject({ page: 1, pages: 3, from: 1, to: 20, total: 45 });
    const last = pageOf(items, 3, 20);
    expect(last.items).toEqual([41, 42, 43, 44, 45]);
    expect(last).toMatchObject({ from: 41, to: 45 });
  });

  it('gives the last page when the list shrank below the page asked for, and an empty first page for no items', () => {
    expect(pageOf(items.slice(0, 5), 3, 20)).toMatchObject({ page: 1, items: [1, 2, 3, 4, 5] });
    expect(pageOf([], 2, 20)).toEqual({ items: [], page: 1, pages: 1, from: 0, to: 0, total: 0 });
  });
});

function ticket(id: number, days: number) {
  return { id, status: 'open', created_at: daysAgo(days), updated_at: daysAgo(0), requester_id: 1 };
}

describe('ticketsCreatedWithin', () => {
  it('counts the tickets created in the last 90 days only', () => {
    expect(ticketsCreatedWithin({ tickets: [ticket(1, 1), ticket(2, 89), ticket(3, 91), ticket(4, 400)] }, NOW, 90)).toBe(2);
  });
});
