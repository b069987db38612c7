import type { ComponentType } from 'react';
import { LazyNavBar } from '../nav_bar/LazyNavBar';
import { TicketSidebar } from '../ticket_sidebar/TicketSidebar';
import { UserSidebar } from '../user_sidebar/UserSidebar';

/** Which component each manifest location renders. */
export const locations: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  user_sidebar: UserSidebar,
  nav_bar: LazyNavBar,
};
