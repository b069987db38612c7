import type { RatingContext } from './context';
import { agentMinutes, ticketLabel } from './demand';
import type { FactorDraft } from './factor';
import { readCustomerField } from './fields';
import type { Occurrence } from './occurrence';
import type { CostAgainstValue } from './types';

/** Cost over value beyond which the factor stops growing. */
const MAX_RATIO = 3;

/**
 * What the customer's support cost over the window, against what they bring: agent minutes (from
 * the time-tracking field, or replies × minutes per reply) × the hourly cost, against the value field.
 * An agent at $15 an hour tied up for 10 hours is $150 of support; for $125 of net profit, underwater.
 *
 * @param ctx - the rating context
 * @returns the comparison, or null when no hourly cost or no value is configured or readable
 * @example costAgainstValue(ctx) // => { supportCost: 150, value: 125, currency: 'USD', minutes: 600, basis: 'time-field', underwater: true }
 */
export function costAgainstValue(ctx: RatingContext): CostAgainstValue | null {
  const { settings } = ctx;
  if (!(settings.agent_hourly_cost > 0)) return null;
  const read = readCustomerField(settings.value_field, ctx.history.user, ctx.history.organization);
  if (!read) return null;
  const { minutes, basis } = supportMinutes(ctx);
  const supportCost = round2((minutes / 60) * settings.agent_hourly_cost);
  const value = round2(settings.value_is_monthly ? read.value * ctx.months : read.value);
  return { supportCost, value, currency: settings.currency.toUpperCase(), minutes: Math.round(minutes), basis, underwater: supportCost > value };
}

/**
 * The agent minutes spent on the customer's tickets in the window: the time-tracking field when it
 * is set up and filled on any ticket, else agent replies × the minutes per reply.
 *
 * @param ctx - the rating context
 * @returns minutes and what they are based on
 * @example supportMinutes(ctx) // => { minutes: 600, basis: 'time-field', perTicket: Map { 4012 => 95, ... } }
 */
export function supportMinutes(ctx: RatingContext): { minutes: number; basis: CostAgainstValue['basis']; perTicket: Map<number, number> } {
  const { settings } = ctx;
  const fromField = new Map<number, number>();
  for (const t of ctx.tickets) {
    const m = agentMinutes(t.ticket, settings);
    if (m !== null) fromField.set(t.ticket.id, m);
  }
  if (fromField.size > 0) {
    let minutes = 0;
    for (const m of fromField.values()) minutes += m;
    return { minutes, basis: 'time-field', perTicket: fromField };
  }
  const fromReplies = new Map<number, number>();
  let minutes = 0;
  for (const t of ctx.tickets) {
    const replies = t.ticket.metric_set?.replies;
    if (typeof replies !== 'number' || !(replies > 0)) continue;
    const m = replies * settings.minutes_per_reply;
    fromReplies.set(t.ticket.id, m);
    minutes += m;
  }
  return { minutes, basis: 'replies', perTicket: fromReplies };
}

/**
 * The warning when support costs more than the customer brings: `weight_cost_over_value` points
 * when cost equals value, growing with the ratio up to three times.
 *
 * @param ctx - the rating context
 * @param cost - the comparison from `costAgainstValue`
 * @returns the draft, or null when the customer is not underwater
 * @example costOverValue(ctx, { supportCost: 150, value: 125, underwater: true, ... })?.points // => -18
 */
export function costOverValue(ctx: RatingContext, cost: CostAgainstValue | null): FactorDraft | null {
  if (!cost || !cost.underwater) return null;
  const { settings } = ctx;
  const ratio = cost.value > 0 ? Math.min(MAX_RATIO, cost.supportCost / cost.value) : MAX_RATIO;
  const points = Math.min(settings.factor_cap, settings.weight_cost_over_value * ratio);
  if (points <= 0) return null;
  const { perTicket } = supportMinutes(ctx);
  const occurrences: Occurrence[] = [];
  for (const t of ctx.tickets) {
    const m = perTicket.get(t.ticket.id);
    if (!m) continue;
    occurrences.push({
      ticketId: t.ticket.id,
      commentId: null,
      date: t.created,
      weight: t.weight,
      strength: m,
      source: { kind: 'note', excerpt: ticketLabel(t.ticket), figures: { minutes: Math.round(m) } },
    });
  }
  return {
    id: 'cost-over-value',
    kind: 'warning',
    points: -points,
    occurrences,
    data: { supportCost: cost.supportCost, value: cost.value, currency: cost.currency, ratio: round2(cost.supportCost / Math.max(cost.value, 0.01)) },
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
