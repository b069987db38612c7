import { useEffect, useRef, useState } from 'react';
import type { HistoryComment } from '../../core/history';
import { verifyWarning, type WarningCheck, type WarningSettings, type WarningUser } from '../../core/warnings';
import { readWarningTrail, type AuthorCache } from '../../zendesk/writes';
import type { ZafClient } from '../../zendesk/zaf-client';

export type CheckView = { status: 'checking' } | { status: 'done'; check: WarningCheck } | { status: 'failed' };

/**
 * The warning on the customer checked against Zendesk's notes (see `verifyWarning`), again whenever
 * the customer is read again. `notes` are the history's comments, in which earlier strikes' notes are
 * looked for: undefined while the history is still being read (the check waits), null when there is
 * none to wait for.
 */
export function useWarningCheck(
  client: ZafClient,
  user: WarningUser | null,
  settings: WarningSettings,
  notes: Record<string, HistoryComment[]> | null | undefined,
): CheckView {
  const [view, setView] = useState<CheckView>({ status: 'checking' });
  // The notes' authors, read once per sidebar.
  const authors = useRef<AuthorCache>(new Map());
  useEffect(() => {
    if (!user || notes === undefined) return;
    let live = true;
    setView({ status: 'checking' });
    readWarningTrail(client, user, settings, { notes: notes ?? {}, authors: authors.current }).then(
      (trail) => live && setView({ status: 'done', check: verifyWarning(user, trail, settings) }),
      () => live && setView({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client, user, settings, notes]);
  return view;
}
