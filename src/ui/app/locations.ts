import type { ComponentType } from 'react';
import { TicketSidebar } from '../ticket_sidebar/TicketSidebar';
import { UserSidebar } from '../user_sidebar/UserSidebar';

/** Which component each manifest location renders. */
export const locations: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  user_sidebar: UserSidebar,
};
