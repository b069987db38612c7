import type { ComponentType } from 'react';
import { NavBar } from '../nav_bar/NavBar';
import { TicketSidebar } from '../ticket_sidebar/TicketSidebar';
import { UserSidebar } from '../user_sidebar/UserSidebar';

/** Which component each manifest location renders. */
export const locations: Record<string, ComponentType> = {
  ticket_sidebar: TicketSidebar,
  user_sidebar: UserSidebar,
  nav_bar: NavBar,
};
