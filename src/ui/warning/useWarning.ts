import { useCallback, useEffect, useState } from 'react';
import { warningState, type CurrentUserLike, type WarningSettings, type WarningState, type WarningUser } from '../../core/warnings';
import { readSignedInUser } from '../../zendesk/writes/current-user';
import { failureOf, readRequester, type WriteFailure } from '../../zendesk/writes';
import type { ZafClient } from '../../zendesk/zaf-client';

export interface WarningView {
  user: WarningUser | null;
  state: WarningState | null;
  me: CurrentUserLike | null;
  failure: WriteFailure | null;
  refresh: () => void;
  /** Shows the state a write returned without reading the customer again. */
  show: (state: WarningState | null) => void;
}

/** The requester's warning state and who is signed in, read fresh for every sidebar. */
export function useWarning(client: ZafClient, userId: number, settings: WarningSettings, now: Date): WarningView {
  const [user, setUser] = useState<WarningUser | null>(null);
  const [state, setState] = useState<WarningState | null>(null);
  const [me, setMe] = useState<CurrentUserLike | null>(null);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    void readSignedInUser(client, settings).then((person) => live && setMe(person), () => undefined);
    readRequester(client, userId).then(
      (found) => {
        if (!live) return;
        setUser(found);
        setState(warningState(found, settings, now));
        setFailure(null);
      },
      (error: unknown) => {
        if (!live) return;
        // Anything but a request's failure is a bug; it is still shown as a failed read rather than a blank.
        setFailure(failureOf(error, 'read') ?? { kind: 'unreadable', status: null, step: 'read', detail: null, retryAfterSeconds: null, retryable: true });
      },
    );
    return () => {
      live = false;
    };
  }, [client, userId, settings, now, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  const show = useCallback((next: WarningState | null) => (next ? setState(next) : setRound((n) => n + 1)), []);
  return { user, state, me, failure, refresh, show };
}
