import { useEffect, useReducer, useRef, useState } from 'react';
import type { Settings } from '../../core/settings';
import { HistoryCache } from '../../zendesk/cache/history-cache';
import { RowRatings, type RowRef } from '../../zendesk/watchlist';
import type { ZafClient } from '../../zendesk/zaf-client';

/** Customers read at once: enough to fill a page quickly, few enough to leave the sidebar its budget. */
const PARALLEL = 2;

/**
 * The ratings of the watchlist's rows. The history cache is the sidebar's (same storage, namespace and
 * time limit), so a customer rated here opens at once in the sidebar, and the other way round.
 *
 * @returns the ratings (null before the first effect, or when disabled) and a version that changes with every rating
 */
export function useRowRatings(client: ZafClient, settings: Settings, now: Date, namespace: string, enabled: boolean) {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  const [ratings, setRatings] = useState<RowRatings | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const cache = settings.cache_minutes > 0 ? new HistoryCache({ namespace, ttlMs: settings.cache_minutes * 60_000 }) : null;
    const next = new RowRatings({ port: client, settings, now, cache, parallel: PARALLEL, onChange: bump });
    setRatings(next);
    return () => next.dispose();
  }, [client, settings, now, namespace, enabled]);

  return { ratings, version };
}

/**
 * Tells the ratings which rows are on screen whenever that changes: they are rated first to last,
 * and rows that left the screen stop being read.
 */
export function useShowRows(ratings: RowRatings | null, visible: readonly RowRef[]): void {
  const key = visible.map((row) => row.id).join(',');
  const latest = useRef(visible);
  latest.current = visible;
  useEffect(() => {
    ratings?.show(latest.current);
  }, [ratings, key]);
}
