import { addMonths } from 'date-fns';
import type { RatingContext } from './context';
import type { FactorDraft } from './factor';
import type { TrendMonth } from './types';

/** Factors that mark every ticket of a busy customer, so they say nothing about a month's warning signs. */
const NOT_A_SIGN_ON_A_TICKET: ReadonlySet<string> = new Set(['ticket-volume', 'phone-calls', 'agent-time', 'cost-over-value']);

/**
 * The months from `from` to `to`, as yyyy-MM in UTC.
 *
 * @param from - the first month's date
 * @param to - the last month's date
 * @returns the month keys, oldest first
 * @example monthKeys(new Date('2025-11-20T00:00:00Z'), new Date('2026-01-05T00:00:00Z')) // => ['2025-11', '2025-12', '2026-01']
 */
export function monthKeys(from: Date, to: Date): string[] {
  const last = to.toISOString().slice(0, 7);
  // Stepping from the middle of the month keeps the UTC month right whatever the local time zone.
  let cursor = new Date(`${from.toISOString().slice(0, 7)}-15T12:00:00Z`);
  const keys: string[] = [];
  for (let key = cursor.toISOString().slice(0, 7); key <= last && keys.length < 1200; key = cursor.toISOString().slice(0, 7)) {
    keys.push(key);
    cursor = addMonths(cursor, 1);
  }
  return keys;
}

/**
 * Tickets per month over the window, and how many of them carried a warning sign.
 *
 * @param ctx - the rating context
 * @param warnings - the warning drafts
 * @returns one entry per month from the customer's first month in the window to now
 * @example trend(ctx, warnings)[0] // => { month: '2025-01', tickets: 3, flagged: 1 }
 */
export function trend(ctx: RatingContext, warnings: readonly FactorDraft[]): TrendMonth[] {
  const flaggedTickets = new Set<number>();
  for (const draft of warnings) {
    if (NOT_A_SIGN_ON_A_TICKET.has(draft.id)) continue;
    for (const o of draft.occurrences) if (o.weight > 0) flaggedTickets.add(o.ticketId);
  }
  const oldest = ctx.tickets.at(-1);
  const from = oldest && oldest.created > ctx.windowStart ? oldest.created : ctx.windowStart;
  const months = new Map<string, TrendMonth>(monthKeys(from, ctx.now).map((month) => [month, { month, tickets: 0, flagged: 0 }]));
  for (const t of ctx.tickets) {
    const entry = months.get(t.created.toISOString().slice(0, 7));
    if (!entry) continue;
    entry.tickets++;
    if (flaggedTickets.has(t.ticket.id)) entry.flagged++;
  }
  return [...months.values()];
}
