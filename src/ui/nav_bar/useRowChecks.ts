import { useEffect, useRef, useState } from 'react';
import type { FlaggedUser } from '../../core/watchlist';
import { verifyWarning, type WarningSettings } from '../../core/warnings';
import { readWarningTrail, type AuthorCache } from '../../zendesk/writes';
import type { ZafClient } from '../../zendesk/zaf-client';
import type { CheckView } from '../warning/useWarningCheck';

const NONE: ReadonlyMap<number, CheckView> = new Map();

/**
 * The warning of each customer on screen checked against Zendesk's notes, one customer at a time:
 * the note the record points to, and its author, read once for the whole page (the same few leads
 * wrote most notes). Customers already checked are not read again while the page stays open.
 *
 * @returns each checked customer's check, a new map after each one
 */
export function useRowChecks(client: ZafClient, settings: WarningSettings, visible: readonly FlaggedUser[]): ReadonlyMap<number, CheckView> {
  const [checks, setChecks] = useState<ReadonlyMap<number, CheckView>>(NONE);
  const done = useRef(new Map<number, CheckView>());
  const authors = useRef<AuthorCache>(new Map());
  const key = visible.map((user) => user.id).join(',');
  const latest = useRef(visible);
  latest.current = visible;

  useEffect(() => {
    done.current = new Map();
    authors.current = new Map();
    setChecks(NONE);
  }, [client, settings]);

  useEffect(() => {
    let live = true;
    const run = async () => {
      for (const user of latest.current) {
        if (!live) return;
        if (done.current.get(user.id)?.status === 'done') continue;
        let view: CheckView;
        try {
          const trail = await readWarningTrail(client, user, settings, { authors: authors.current });
          view = { status: 'done', check: verifyWarning(user, trail, settings) };
        } catch {
          view = { status: 'failed' };
        }
        if (!live) return;
        done.current.set(user.id, view);
        setChecks(new Map(done.current));
      }
    };
    void run();
    return () => {
      live = false;
    };
  }, [client, settings, key]);
  return checks;
}
