import type { ComponentType } from 'react';
import { TicketSidebar } from '../ticket_sidebar/TicketSidebar';

/** Which component each manifest location renders. */
export const locations: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  user_sidebar: TicketSidebar,
};
