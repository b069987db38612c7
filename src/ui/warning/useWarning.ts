import { useCallback, useEffect, useState } from 'react';
import { warningState, type CurrentUserLike, type WarningSettings, type WarningState, type WarningUser } from '../../core/warnings';
import { readSignedInUser } from '../../zendesk/writes/current-user';
import { failureOf, readRequester, type WriteFailure } from '../../zendesk/writes';
import { systemClock, type Clock } from '../../zendesk/clock';
import type { ZafClient } from '../../zendesk/zaf-client';

export interface WarningView {
  user: WarningUser | null;
  state: WarningState | null;
  me: CurrentUserLike | null;
  failure: WriteFailure | null;
  /** The time the state was read at: what the banner's "today" and the expiry are relative to. */
  now: Date;
  refresh: () => void;
  /** Shows the state a write returned without reading the customer again. */
  show: (state: WarningState | null) => void;
}

/**
 * The requester's warning state and who is signed in, read fresh for every sidebar and after every
 * step. The state is computed at the clock's time of each read, not the time the sidebar opened: a
 * sidebar can stay open for a day, and a strike given then must not look as old as the sidebar.
 */
export function useWarning(client: ZafClient, userId: number, settings: WarningSettings, clock: Clock = systemClock): WarningView {
  const [user, setUser] = useState<WarningUser | null>(null);
  const [state, setState] = useState<WarningState | null>(null);
  const [me, setMe] = useState<CurrentUserLike | null>(null);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [round, setRound] = useState(0);
  const [now, setNow] = useState(() => new Date(clock.now()));

  useEffect(() => {
    let live = true;
    void readSignedInUser(client, settings).then((person) => live && setMe(person), () => undefined);
    readRequester(client, userId).then(
      (found) => {
        if (!live) return;
        const at = new Date(clock.now());
        setUser(found);
        setNow(at);
        setState(warningState(found, settings, at));
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
  }, [client, userId, settings, clock, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  const show = useCallback(
    (next: WarningState | null) => {
      if (!next) return setRound((n) => n + 1);
      setNow(new Date(clock.now()));
      setState(next);
    },
    [clock],
  );
  return { user, state, me, failure, now, refresh, show };
}
