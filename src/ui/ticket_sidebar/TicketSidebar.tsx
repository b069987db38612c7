import { useEffect, useState } from 'react';
import { readTicketRequester, type RequesterRef } from '../../zendesk/history/requester';
import { useClient } from '../app/client-context';
import { CustomerFit } from '../fit/CustomerFit';

/** The ticket sidebar: the fit of the ticket's requester; follows a change of requester. */
export function TicketSidebar() {
  const client = useClient();
  const [requester, setRequester] = useState<RequesterRef | null | undefined>(undefined);
  const [ticketId, setTicketId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    const read = () => {
      void Promise.all([readTicketRequester(client), client.get('ticket.id')]).then(([ref, data]) => {
        if (!live) return;
        setRequester((old) => (old && ref && old.id === ref.id ? old : ref));
        setTicketId(typeof data['ticket.id'] === 'number' ? data['ticket.id'] : null);
      });
    };
    read();
    client.on('ticket.requester.id.changed', read);
    return () => {
      live = false;
      client.off?.('ticket.requester.id.changed', read);
    };
  }, [client]);

  return <CustomerFit requester={requester} ticketId={ticketId} />;
}
