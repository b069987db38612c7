import { subDays } from 'date-fns';
import type { CustomerHistory, HistoryTicket } from '../history';
import type { Settings } from '../settings';
import { ageInDays, decayWeight, parseDate } from './decay';
import type { PatternRule } from './occurrence';
import type { CustomerMessage } from './words';

/** The keys of the settings that hold a number. */
export type NumberSetting = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

/** A ticket in the window, its dates read once. */
export interface WindowTicket {
  ticket: HistoryTicket;
  created: Date;
  /** When it last changed: ticket-level events (ratings, reopens, replies) are dated here. */
  updated: Date;
  /** Decay weight of its creation. */
  weight: number;
  /** Decay weight of its last change. */
  updatedWeight: number;
}

/** What every factor reads: the history with its dates parsed, the settings and the decay. */
export interface RatingContext {
  history: CustomerHistory;
  settings: Settings;
  now: Date;
  windowStart: Date;
  /** Tickets created in the window, newest first. */
  tickets: WindowTicket[];
  /** The customer's own public messages in the window. */
  messages: CustomerMessage[];
  /** Months the customer could have raised tickets in the window (at least 1). */
  months: number;
  /** When the customer joined: their user record's creation, or their first ticket if that is earlier; null when neither is readable. */
  joined: Date | null;
  rule: PatternRule;
  weigh: (date: Date) => number;
}

const DAYS_PER_MONTH = 30.4375;

/**
 * Reads the parts of a history every factor needs, once.
 *
 * @param history - the requester's history
 * @param settings - the app settings
 * @param now - the moment of rating
 * @param messages - the customer's messages, already classified
 * @returns the shared context
 * @example buildContext(history, DEFAULT_SETTINGS, now, []).months // => 24 for a customer of many years
 */
export function buildContext(
  history: CustomerHistory,
  settings: Settings,
  now: Date,
  messages: CustomerMessage[],
): RatingContext {
  const windowStart = subDays(now, settings.window_days);
  const weigh = (date: Date): number => decayWeight(date, now, settings.half_life_days, settings.window_days);
  const tickets: WindowTicket[] = [];
  let firstSeen = parseDate(history.user.created_at);
  for (const ticket of history.tickets) {
    const created = parseDate(ticket.created_at);
    if (!created) continue;
    if (!firstSeen || created < firstSeen) firstSeen = created;
    const weight = weigh(created);
    if (weight <= 0) continue;
    const updated = parseDate(ticket.updated_at) ?? created;
    tickets.push({ ticket, created, updated, weight, updatedWeight: weigh(updated) });
  }
  tickets.sort((a, b) => b.created.getTime() - a.created.getTime());
  const since = firstSeen && firstSeen > windowStart ? firstSeen : windowStart;
  const months = Math.max(1, ageInDays(since, now) / DAYS_PER_MONTH);
  return {
    history,
    settings,
    now,
    windowStart,
    tickets,
    messages,
    months,
    joined: firstSeen,
    rule: { repeatDecay: settings.repeat_decay, spreadBonus: settings.spread_bonus, spreadMaxTickets: settings.spread_max_tickets },
    weigh,
  };
}

export { DAYS_PER_MONTH };
