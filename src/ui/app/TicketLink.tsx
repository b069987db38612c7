import type { ReactNode } from 'react';
import { Anchor } from '@zendeskgarden/react-buttons';
import { useClient } from './client-context';

/** A link that opens a ticket in Zendesk's own tab (`routeTo`), not inside the app's iframe. */
export function TicketLink({ ticketId, children, testId }: { ticketId: number; children: ReactNode; testId?: string }) {
  const client = useClient();
  return (
    <Anchor
      href={`#ticket-${ticketId}`}
      data-testid={testId}
      onClick={(event) => {
        event.preventDefault();
        void client.invoke('routeTo', 'ticket', ticketId);
      }}
    >
      {children}
    </Anchor>
  );
}
