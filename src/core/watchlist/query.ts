import type { Band } from '../rating/types';
import type { LevelKey, WatchlistRow } from './row';

/** What the watchlist can be sorted by. */
export type SortKey = 'level' | 'band' | 'activity' | 'name';
export type SortDirection = 'asc' | 'desc';

/** Last activity within this many days, or older than 90 days. */
export type ActivityFilter = 'any' | 7 | 30 | 90 | 'older';

/** A band, or `unrated` for rows whose rating is not known (not computed yet, or failed). */
export type BandFilter = 'any' | Band | 'unrated';

/** The sorting and filters a lead chose. */
export interface WatchlistQuery {
  sort: SortKey;
  direction: SortDirection;
  level: 'any' | LevelKey;
  band: BandFilter;
  activity: ActivityFilter;
}

/** Most severe first: the order a lead reads the list in. */
export const DEFAULT_QUERY: WatchlistQuery = { sort: 'level', direction: 'desc', level: 'any', band: 'any', activity: 'any' };

const DAY_MS = 86_400_000;

const LEVEL_RANK: Record<LevelKey, number> = { 'final-notice': 4, 'strike-2': 3, 'strike-1': 2, concern: 1, expired: 0 };
const BAND_RANK: Record<Band, number> = { poor: 3, watch: 2, good: 1, insufficient: 0 };

/** A row's severity: the level in force, then open concerns (a strike with concerns is more pressing). */
function levelRank(row: WatchlistRow): number {
  return LEVEL_RANK[row.levelKey] * 2 + (row.concerns.count > 0 ? 1 : 0);
}

function activityMs(row: WatchlistRow): number | null {
  if (!row.lastActivity) return null;
  const ms = Date.parse(row.lastActivity);
  return Number.isNaN(ms) ? null : ms;
}

/** Most recent activity first, then by name, then id: a stable order for equal values. */
function tieBreak(a: WatchlistRow, b: WatchlistRow): number {
  return (activityMs(b) ?? -Infinity) - (activityMs(a) ?? -Infinity) || a.name.localeCompare(b.name) || a.id - b.id;
}

function matchesActivity(row: WatchlistRow, filter: ActivityFilter, now: Date): boolean {
  if (filter === 'any') return true;
  const ms = activityMs(row);
  if (filter === 'older') return ms === null || now.getTime() - ms > 90 * DAY_MS;
  return ms !== null && now.getTime() - ms <= filter * DAY_MS;
}

function matchesBand(band: Band | null, filter: BandFilter): boolean {
  if (filter === 'any') return true;
  if (filter === 'unrated') return band === null;
  return band === filter;
}

/**
 * The rows a lead asked for, in the order asked for. Rows without a known value for the sort key
 * (not rated yet, no dated activity) come last in either direction, so reversing the order never
 * puts the unknown first; ties fall back to the most recent activity, then the name, then the id,
 * so the order is stable as ratings arrive.
 *
 * @param rows - every flagged customer found
 * @param bandOf - the band of a row's rating, or null when it is not known
 * @param query - the sort and filters
 * @param now - the current time, for the activity filter
 * @returns a new array; `rows` is not changed
 * @example applyQuery(rows, () => null, { ...DEFAULT_QUERY, level: 'final-notice' }, now).every((r) => r.levelKey === 'final-notice') // => true
 */
export function applyQuery(
  rows: readonly WatchlistRow[],
  bandOf: (id: number) => Band | null,
  query: WatchlistQuery,
  now: Date,
): WatchlistRow[] {
  const kept = rows.filter(
    (row) =>
      (query.level === 'any' || row.levelKey === query.level) &&
      matchesBand(bandOf(row.id), query.band) &&
      matchesActivity(row, query.activity, now),
  );
  const sign = query.direction === 'asc' ? 1 : -1;
  const value = (row: WatchlistRow): number | string | null => {
    switch (query.sort) {
      case 'level':
        return levelRank(row);
      case 'band': {
        const band = bandOf(row.id);
        return band === null ? null : BAND_RANK[band];
      }
      case 'activity':
        return activityMs(row);
      case 'name':
        return row.name.toLocaleLowerCase();
    }
  };
  return kept.toSorted((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? tieBreak(a, b) : va === null ? 1 : -1;
    if (va < vb) return -sign;
    if (va > vb) return sign;
    return tieBreak(a, b);
  });
}
