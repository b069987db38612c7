import { useCallback, useEffect, useState } from 'react';
import { requesterFor } from '../../zendesk/request';
import { searchFlaggedUsers, type FlaggedSearchUpdate } from '../../zendesk/watchlist';
import type { ZafClient } from '../../zendesk/zaf-client';

export interface FlaggedUsersView {
  /** The latest progress of the search; null before its first page. */
  update: FlaggedSearchUpdate | null;
  /** The search failed as a whole (not page by page): nothing to list. */
  failed: boolean;
  /** Searches again from the start. */
  again: () => void;
}

/** Searches for every flagged customer once the page opens, showing them as pages arrive. */
export function useFlaggedUsers(client: ZafClient): FlaggedUsersView {
  const [update, setUpdate] = useState<FlaggedSearchUpdate | null>(null);
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setUpdate(null);
    setFailed(false);
    searchFlaggedUsers(requesterFor(client), { signal: controller.signal, onUpdate: (next) => !controller.signal.aborted && setUpdate(next) }).catch(
      () => !controller.signal.aborted && setFailed(true),
    );
    return () => controller.abort();
  }, [client, round]);
  const again = useCallback(() => setRound((n) => n + 1), []);
  return { update, failed, again };
}
