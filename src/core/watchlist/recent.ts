import type { CustomerHistory } from '../history';

const DAY_MS = 86_400_000;

/**
 * How many of the customer's tickets were created in the last `days` days.
 *
 * @param history - the customer's history as the loader read it
 * @param now - the current time
 * @param days - the window, 90 on the watchlist
 * @returns the number of tickets created after `now - days`
 * @example ticketsCreatedWithin(history, new Date('2026-11-23'), 90) // => 4
 */
export function ticketsCreatedWithin(history: Pick<CustomerHistory, 'tickets'>, now: Date, days: number): number {
  const since = now.getTime() - days * DAY_MS;
  return history.tickets.filter((ticket) => {
    const at = Date.parse(ticket.created_at);
    return !Number.isNaN(at) && at >= since && at <= now.getTime();
  }).length;
}
