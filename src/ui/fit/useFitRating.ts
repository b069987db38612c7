import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FitRating } from '../../core/rating/types';
import { createReader, levelOf, opensWithRedFlag, rate, type Reader } from '../../core/rating';
import type { Settings } from '../../core/settings';
import { HistoryCache } from '../../zendesk/cache/history-cache';
import { loadHistory, type LoadHandle, type LoadUpdate } from '../../zendesk/history/load-history';
import { defaultSummarise, summariserFor } from '../../zendesk/cache/summarise';
import type { HistoryComment, HistoryTicket } from '../../core/history';
import type { LoadProblem } from '../../zendesk/history/problems';
import type { RequesterRef } from '../../zendesk/history/requester';
import type { ZafClient } from '../../zendesk/zaf-client';

export interface FitView {
  /** 'waiting' until the requester is known; 'no-requester' for a ticket without one. */
  phase: 'waiting' | 'no-requester' | 'loading' | 'ready';
  rating: FitRating | null;
  update: LoadUpdate | null;
  problems: readonly LoadProblem[];
  /** A failure before anything could be read. */
  failed: boolean;
  /** Re-reads what failed, or everything when `fresh` (the cache entry is dropped first). */
  reload: (fresh?: boolean) => void;
}

let sharedCache: HistoryCache | null = null;
let sharedCacheKey = '';

/** One cache per account, agent and time limit, shared by every sidebar the app shows in this browser tab. */
function cacheFor(namespace: string, agentId: number, minutes: number): HistoryCache | null {
  if (minutes <= 0) return null;
  const key = `${namespace}:${agentId}:${minutes}`;
  if (!sharedCache || sharedCacheKey !== key) {
    sharedCache = new HistoryCache({ namespace, agentId, ttlMs: minutes * 60_000 });
    sharedCacheKey = key;
  }
  return sharedCache;
}

/**
 * Loads a requester's history progressively and rates each snapshot, so the first rating shows
 * after the first page and refines as more arrives. `reader` is null while the learned detectors'
 * weights are loading.
 */
export function useFitRating(
  client: ZafClient,
  requester: RequesterRef | null | undefined,
  settings: Settings,
  now: Date,
  cacheScope: { namespace: string; agentId: number },
  reader: Reader | null,
): FitView {
  const [update, setUpdate] = useState<LoadUpdate | null>(null);
  const [attempt, setAttempt] = useState(0);
  const handle = useRef<LoadHandle | null>(null);
  const summariser = useRef(defaultSummarise);
  summariser.current = useMemo(() => summariserFor(reader?.model ?? null), [reader]);
  // Which older threads are worth reading is asked of the reader the rating uses, so each opening
  // message is classified once; the patterns answer while the weights are still loading.
  const flagReader = useRef<Reader>(createReader(null));
  flagReader.current = reader ?? flagReader.current;
  const level = levelOf(settings);
  const cache = cacheFor(cacheScope.namespace, cacheScope.agentId, settings.cache_minutes);

  useEffect(() => {
    if (!requester) return;
    setUpdate(null);
    // The load does not wait for the weights; its summaries for the cache use them once they are in.
    const summarise = (comment: HistoryComment) => summariser.current(comment);
    const flagged = (ticket: HistoryTicket) => opensWithRedFlag(ticket, requester.id, flagReader.current, level);
    handle.current = loadHistory(client, requester, { commentCap: settings.comment_ticket_cap, cache, summarise, flagged }, setUpdate);
    handle.current.finished.catch(() => undefined);
    return () => handle.current?.cancel();
  }, [client, requester, settings.comment_ticket_cap, level, cache, attempt]);

  const history = update?.history ?? null;
  // No rating until the weights have settled (loaded, or failed and the patterns read alone): a
  // rating that changed when they arrived would show the agent two verdicts for one customer.
  const rating = useMemo(() => (history && reader ? rate(history, settings, now, reader) : null), [history, settings, now, reader]);

  const reload = useCallback(
    (fresh = false) => {
      if (!fresh && update?.retry) {
        handle.current = update.retry();
        // A retry keeps showing what was read while it re-reads only what failed.
        return;
      }
      if (requester) cache?.clear(requester.id);
      setAttempt((n) => n + 1);
    },
    [update, requester, cache],
  );

  const problems = update?.problems ?? [];
  if (requester === undefined) return { phase: 'waiting', rating: null, update: null, problems, failed: false, reload };
  if (requester === null || update?.empty === 'no-requester')
    return { phase: 'no-requester', rating: null, update, problems, failed: false, reload };
  return {
    phase: update?.done ? 'ready' : 'loading',
    rating,
    update,
    problems,
    // Nothing of the ticket list could be read: an empty history would pass for a new customer.
    failed: Boolean(update?.done && (!history || (history.tickets.length === 0 && problems.some((p) => p.kind === 'ticket-list-incomplete')))),
    reload,
  };
}
