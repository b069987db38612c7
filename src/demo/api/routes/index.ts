import type { ApiState } from '../state';
import { searchRoutes } from './search-routes';
import type { Route } from './shared';
import { ticketRoutes } from './ticket-routes';
import { userRoutes } from './user-routes';

export { unknownEndpoint, type Reply, type Route, type RouteRequest } from './shared';
export { searchRecords } from './search-routes';

/** The endpoints the app uses, in Zendesk's shapes; the first route that matches answers. */
export function createRoutes(state: ApiState): Route[] {
  return [...userRoutes(state), ...ticketRoutes(state), ...searchRoutes(state)];
}
