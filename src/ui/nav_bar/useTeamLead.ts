import { useEffect, useState } from 'react';
import { isTeamLead, type WarningSettings } from '../../core/warnings';
import { readSignedInUser } from '../../zendesk/writes/current-user';
import type { ZafClient } from '../../zendesk/zaf-client';

/**
 * Whether the signed-in person is a team lead, decided as for the warning flag (role, custom role,
 * groups): undefined while it is being read, false when it cannot be read.
 */
export function useTeamLead(client: ZafClient, settings: WarningSettings): boolean | undefined {
  const [lead, setLead] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // A re-read (the settings arrived again) keeps the last answer meanwhile: going back to
    // "checking" would unmount the watchlist and start its searches over.
    readSignedInUser(client, settings).then(
      (me) => live && setLead(me ? isTeamLead(me, settings) : false),
      () => live && setLead(false),
    );
    return () => {
      live = false;
    };
  }, [client, settings]);
  return lead;
}
