import { useEffect, useState } from 'react';
import type { RequesterRef } from '../../zendesk/history/requester';
import { useClient } from '../app/client-context';
import { CustomerFit } from '../fit/CustomerFit';

/** The user sidebar: the fit of the user whose profile is open; a step's note goes on their latest ticket. */
export function UserSidebar() {
  const client = useClient();
  const [user, setUser] = useState<RequesterRef | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void client.get('user').then((data) => {
      const value = data.user as { id?: unknown; name?: unknown } | undefined;
      if (!live) return;
      setUser(typeof value?.id === 'number' ? { id: value.id, ...(typeof value.name === 'string' ? { name: value.name } : {}) } : null);
    });
    return () => {
      live = false;
    };
  }, [client]);
  return <CustomerFit requester={user} ticketId={null} fromProfile />;
}
