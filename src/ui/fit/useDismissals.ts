import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { MAX_DISMISS_REASON, mergeDismissals, quoteId, type Dismissal, type Restore, type StoredDismissals } from '../../core/dismissals';
import { defuse } from '../../core/warnings/note';
import { isTeamLead, warningSettingsFromApp, type CurrentUserLike } from '../../core/warnings';
import type { Settings } from '../../core/settings';
import { isDismissalNotKeptError, readDismissals, saveDismissal, type DismissalChange } from '../../zendesk/dismissals';
import { isHttpError } from '../../zendesk/errors/http-error';
import { readSignedInUser } from '../../zendesk/writes/current-user';
import type { ZafClient } from '../../zendesk/zaf-client';

/** What the sidebar knows of the customer's dismissed quotes, and how to change them. */
export interface DismissalsView {
  /** The dismissals in force; null until the field was read (the rating waits for it). */
  dismissals: Dismissal[] | null;
  /** How many dismissals the field dropped to stay small. */
  dropped: number;
  /** The field holds text the app cannot read (every quote counts), or one entry it could not read. */
  problem: 'unreadable' | 'entry' | 'read-failed' | null;
  /** Whether the signed-in person may dismiss and restore quotes (the `dismiss_evidence_by` setting). */
  allowed: boolean;
  /** The quote being saved, by `quoteId`. */
  saving: string | null;
  /** The last save that failed, as a translation key and its values. */
  failure: { key: string; values?: Record<string, string> } | null;
  dismiss(entry: Omit<Dismissal, 'by' | 'at'>): Promise<boolean>;
  restore(dismissal: Dismissal): Promise<boolean>;
}

const NONE: StoredDismissals = { v: 1, dismissed: [], restored: [], dropped: 0 };

function failureOf(error: unknown): DismissalsView['failure'] {
  if (isDismissalNotKeptError(error)) return { key: `ui.dismiss.error.${error.reason}` };
  if (isHttpError(error) && (error.status === 403 || error.status === 401)) return { key: 'ui.dismiss.error.forbidden' };
  return { key: 'ui.dismiss.error.failed' };
}

/**
 * The customer's dismissed quotes, read fresh from their user record (not from the cached history,
 * so every agent rates with the same ones), and saving a dismissal or restore. The rating changes at
 * once; a save that fails puts it back and says why.
 */
export function useDismissals(client: ZafClient, userId: number | null, settings: Settings): DismissalsView {
  const [stored, setStored] = useState<StoredDismissals | null>(null);
  const [problem, setProblem] = useState<DismissalsView['problem']>(null);
  const [me, setMe] = useState<CurrentUserLike | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [failure, setFailure] = useState<DismissalsView['failure']>(null);
  const warning = useMemo(() => warningSettingsFromApp(settings), [settings]);
  const latest = useRef<StoredDismissals>(NONE);

  useEffect(() => {
    let live = true;
    setStored(null);
    setProblem(null);
    if (userId === null) return;
    void readSignedInUser(client, warning).then((person) => live && setMe(person), () => undefined);
    readDismissals(client, userId).then(
      (parsed) => {
        if (!live) return;
        latest.current = parsed.stored;
        setStored(parsed.stored);
        setProblem(parsed.unreadable ? 'unreadable' : parsed.problems.length > 0 ? 'entry' : null);
      },
      () => {
        if (!live) return;
        // The rating still shows, counting every quote; the agent is told why.
        latest.current = NONE;
        setStored(NONE);
        setProblem('read-failed');
      },
    );
    return () => {
      live = false;
    };
  }, [client, userId, warning]);

  const allowed = Boolean(me) && problem !== 'unreadable' && (settings.dismiss_evidence_by !== 'leads' || (me !== null && isTeamLead(me, warning)));

  const save = useCallback(
    async (change: DismissalChange): Promise<boolean> => {
      if (userId === null) return false;
      const before = latest.current;
      const mine: StoredDismissals = change.kind === 'dismissed' ? { ...NONE, dismissed: [change.entry] } : { ...NONE, restored: [change.entry] };
      // The rating follows at once; Zendesk's answer confirms or undoes it.
      latest.current = mergeDismissals(before, mine);
      setStored(latest.current);
      setSaving(quoteId(change.entry));
      setFailure(null);
      try {
        const after = await saveDismissal(client, userId, change);
        latest.current = after;
        setStored(after);
        return true;
      } catch (error) {
        latest.current = before;
        setStored(before);
        setFailure(failureOf(error));
        return false;
      } finally {
        setSaving(null);
      }
    },
    [client, userId],
  );

  const dismiss = useCallback(
    (entry: Omit<Dismissal, 'by' | 'at'>) => {
      if (!me) return Promise.resolve(false);
      const reason = defuse(entry.reason).replace(/\s+/g, ' ').trim().slice(0, MAX_DISMISS_REASON);
      return save({ kind: 'dismissed', entry: { ...entry, reason, by: { id: me.id, name: me.name }, at: new Date().toISOString() } });
    },
    [me, save],
  );

  const restore = useCallback(
    (dismissal: Dismissal) => {
      if (!me) return Promise.resolve(false);
      const { ticketId, commentId, signal, quote } = dismissal;
      const entry: Restore = { ticketId, commentId, signal, quote, by: { id: me.id, name: me.name }, at: new Date().toISOString() };
      return save({ kind: 'restored', entry });
    },
    [me, save],
  );

  return { dismissals: stored?.dismissed ?? null, dropped: stored?.dropped ?? 0, problem, allowed, saving, failure, dismiss, restore };
}
