import { useEffect, useState } from 'react';
import { useClient } from '../app/client-context';

// Placeholder until the loader lands: requester name and ticket count.
export function TicketSidebar() {
  const client = useClient();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void client.get('ticket.requester').then((r) => {
      const requester = r['ticket.requester'] as { name?: string } | undefined;
      setName(requester?.name ?? null);
    });
  }, [client]);
  return <div>{name ?? '…'}</div>;
}
