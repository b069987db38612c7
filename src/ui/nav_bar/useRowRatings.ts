import { useEffect, useRef, useState } from 'react';
import { createReader } from '../../core/rating';
import type { Settings } from '../../core/settings';
import { useSignalModel } from '../app/model-context';
import { HistoryCache } from '../../zendesk/cache/history-cache';
import { RowRatings, type RowRating, type RowRef } from '../../zendesk/watchlist';
import type { ZafClient } from '../../zendesk/zaf-client';

/** Customers read at once: enough to fill a page quickly, few enough to leave the sidebar its budget. */
const PARALLEL = 2;

const NONE: ReadonlyMap<number, RowRating> = new Map();

/**
 * The ratings of the watchlist's rows. The history cache is the sidebar's (same storage, account, agent
 * and time limit), so a customer rated here opens at once in the sidebar, and the other way round.
 *
 * @returns the rater (null before the first effect, or when disabled) and every rating so far, a new map after each change
 */
export function useRowRatings(client: ZafClient, settings: Settings, now: Date, cacheScope: { namespace: string; agentId: number }, enabled: boolean) {
  const [ratings, setRatings] = useState<RowRatings | null>(null);
  const [results, setResults] = useState<ReadonlyMap<number, RowRating>>(NONE);
  const model = useSignalModel();
  useEffect(() => {
    // Rows are rated once the weights have settled, with them or with the patterns alone.
    if (!enabled || model.status === 'loading') return;
    const reader = createReader(model.status === 'ready' ? model.model : null);
    const { namespace, agentId } = cacheScope;
    const cache = settings.cache_minutes > 0 ? new HistoryCache({ namespace, agentId, ttlMs: settings.cache_minutes * 60_000 }) : null;
    let instance: RowRatings | null = null;
    instance = new RowRatings({ port: client, settings, now, cache, parallel: PARALLEL, reader, onChange: () => instance && setResults(instance.all) });
    setRatings(instance);
    return () => instance?.dispose();
  }, [client, settings, now, cacheScope.namespace, cacheScope.agentId, enabled, model]);
  return { ratings, results };
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
