import type { HistoryTicket } from '../history';
import { withoutFormatting } from '../text/invisible';
import type { Settings } from '../settings';
import { subDays } from 'date-fns';
import { DAYS_PER_MONTH, type RatingContext, type WindowTicket } from './context';
import type { FactorDraft } from './factor';
import { ticketFieldNumber } from './fields';
import { patternStrength, type Occurrence } from './occurrence';

/**
 * Points for a figure against its threshold: nothing up to the threshold, then `weight` for each
 * doubling beyond it (the factor cap bounds the total). Continuous, so a customer just over the
 * line loses almost nothing.
 *
 * @param ratio - the figure divided by its threshold
 * @param weight - points per doubling
 * @returns points to take (0 or more)
 * @example doublingPoints(4, 8) // => 16
 * @example doublingPoints(0.9, 8) // => 0
 */
export function doublingPoints(ratio: number, weight: number): number {
  if (!(ratio > 1)) return 0;
  return weight * Math.log2(ratio);
}

/**
 * The minutes of agent time a ticket's time-tracking field records.
 *
 * @param ticket - the ticket
 * @param settings - which field, and whether it counts seconds
 * @returns minutes, or null when the field is not set up or empty on this ticket
 * @example agentMinutes(ticketWithField('5400'), { time_field_id: '7', time_field_seconds: true }) // => 90
 */
export function agentMinutes(ticket: HistoryTicket, settings: Pick<Settings, 'time_field_id' | 'time_field_seconds'>): number | null {
  const value = ticketFieldNumber(ticket, settings.time_field_id);
  if (value === null || value < 0) return null;
  return settings.time_field_seconds ? value / 60 : value;
}

/**
 * The excerpt of ticket-level evidence: the ticket's subject without invisible formatting, or its
 * number when it has none.
 *
 * @param ticket - the ticket
 * @returns the subject, trimmed
 * @example ticketLabel({ id: 7, subject: ' Site down ' } as HistoryTicket) // => 'Site down'
 * @example ticketLabel({ id: 7, subject: null } as HistoryTicket) // => 'Ticket #7'
 */
export function ticketLabel(ticket: HistoryTicket): string {
  // Shown as evidence and quoted in notes: invisible formatting would reorder the words on screen.
  const subject = ticket.subject ? withoutFormatting(ticket.subject).trim() : '';
  return subject ? subject : `Ticket #${ticket.id}`;
}

/** Ticket-level evidence: the ticket's subject, and the figure behind it for the sidebar to phrase. */
function ticketNote(t: WindowTicket, weight: number, strength: number, figures?: Record<string, number | string>): Occurrence {
  return {
    ticketId: t.ticket.id,
    commentId: null,
    date: t.created,
    weight,
    strength,
    source: figures ? { kind: 'note', excerpt: ticketLabel(t.ticket), figures } : { kind: 'note', excerpt: ticketLabel(t.ticket) },
  };
}

/**
 * The typical customer's tickets per month: the rest of the account's, from the account baseline
 * with this customer's own tickets and their own count taken out (a customer who opened most of the
 * account's tickets would otherwise look close to average), or the fallback setting when there is
 * no baseline.
 *
 * @param ctx - the rating context
 * @returns tickets per requester per month, above 0
 * @example baselinePerMonth(ctx) // => 0.4 for 1,200 other tickets from 1,000 other requesters over 90 days
 */
export function baselinePerMonth(ctx: RatingContext): number {
  const b = ctx.history.baseline;
  if (b && b.tickets > 0 && b.requesters > 0 && b.windowDays > 0) {
    const since = subDays(ctx.now, b.windowDays);
    let own = 0;
    for (const t of ctx.tickets) if (t.created > since && t.created <= ctx.now) own++;
    const others = b.tickets - own;
    const requesters = b.requesters > 1 ? b.requesters - 1 : 1;
    if (others > 0) return others / requesters / (b.windowDays / DAYS_PER_MONTH);
  }
  return ctx.settings.baseline_tickets_per_month;
}

/**
 * Ticket volume: the customer's tickets per month (time-weighted) against the average requester's.
 *
 * @param ctx - the rating context
 * @returns the draft, or null when the volume is within the threshold
 * @example ticketVolume(ctx)?.data // => { perMonth: 4.2, baseline: 0.4, ratio: 10.5 }
 */
export function ticketVolume(ctx: RatingContext): FactorDraft | null {
  const { settings } = ctx;
  const baseline = baselinePerMonth(ctx);
  const months = Math.max(ctx.months, settings.volume_min_months);
  const perMonth = ctx.tickets.length / months;
  const weightedPerMonth = ctx.tickets.reduce((sum, t) => sum + t.weight, 0) / months;
  const ratio = weightedPerMonth / baseline;
  const points = Math.min(settings.factor_cap, doublingPoints(ratio / settings.volume_ratio_threshold, settings.weight_ticket_volume));
  if (points <= 0) return null;
  return {
    id: 'ticket-volume',
    kind: 'warning',
    points: -points,
    occurrences: ctx.tickets.map((t) => ticketNote(t, t.weight, 1)),
    data: { perMonth: round2(perMonth), baseline: round2(baseline), ratio: round2(perMonth / baseline), threshold: settings.volume_ratio_threshold },
  };
}

/**
 * Phone calls: voice tickets beyond an allowance, time-weighted.
 *
 * @param ctx - the rating context
 * @returns the draft, or null within the allowance
 * @example phoneCalls(ctx)?.data // => { calls: 9, allowance: 3 }
 */
export function phoneCalls(ctx: RatingContext): FactorDraft | null {
  const { settings } = ctx;
  const calls = ctx.tickets.filter((t) => t.ticket.via?.channel === 'voice');
  const weighted = calls.reduce((sum, t) => sum + t.weight, 0);
  const points = Math.min(settings.factor_cap, settings.weight_phone_calls * Math.max(0, weighted - settings.phone_calls_allowance));
  if (points <= 0) return null;
  return {
    id: 'phone-calls',
    kind: 'warning',
    points: -points,
    occurrences: calls.map((t) => ticketNote(t, t.weight, 1)),
    data: { calls: calls.length, allowance: settings.phone_calls_allowance },
  };
}

/**
 * Agent replies: tickets needing more replies than the threshold; each counts by how far beyond it went.
 *
 * @param ctx - the rating context
 * @returns the draft, or null when no ticket went beyond
 * @example agentReplies(ctx)?.data // => { tickets: 4, averageReplies: 11.5, threshold: 6 }
 */
export function agentReplies(ctx: RatingContext): FactorDraft | null {
  const { settings } = ctx;
  const threshold = settings.replies_per_ticket_threshold;
  const occurrences: Occurrence[] = [];
  let excess = 0;
  let replies = 0;
  let measured = 0;
  for (const t of ctx.tickets) {
    const r = t.ticket.metric_set?.replies;
    if (typeof r !== 'number' || !(r >= 0)) continue;
    measured++;
    replies += r;
    if (r <= threshold) continue;
    const over = (r - threshold) / threshold;
    excess += t.updatedWeight * over;
    occurrences.push({ ...ticketNote(t, t.updatedWeight, over, { replies: r }), date: t.updated });
  }
  const points = Math.min(settings.factor_cap, settings.weight_agent_replies * excess);
  if (points <= 0) return null;
  return {
    id: 'agent-replies',
    kind: 'warning',
    points: -points,
    occurrences,
    data: { tickets: occurrences.length, averageReplies: round2(replies / Math.max(1, measured)), threshold },
  };
}

/**
 * Chasing: "any update?" messages, as a pattern (one is normal; many, on many tickets, are not).
 *
 * @param ctx - the rating context
 * @returns the draft, or null when the customer never chased
 * @example chasing(ctx)?.count // => 7
 */
export function chasing(ctx: RatingContext): FactorDraft | null {
  const occurrences: Occurrence[] = [];
  for (const m of ctx.messages) {
    for (const span of m.chasing) {
      occurrences.push({ ticketId: m.ticketId, commentId: m.commentId, date: m.date, weight: m.weight, strength: 1, source: { kind: 'text', text: m.text, ...span } });
    }
  }
  const points = Math.min(ctx.settings.factor_cap, ctx.settings.weight_chasing * patternStrength(occurrences, ctx.rule));
  if (points <= 0) return null;
  return { id: 'chasing', kind: 'warning', points: -points, occurrences, data: { messages: occurrences.length } };
}

/**
 * Reopens: a ticket reopened after it was solved ("still not right"), as a pattern over tickets.
 *
 * @param ctx - the rating context
 * @returns the draft, or null without reopens
 * @example reopens(ctx)?.data // => { reopens: 5 }
 */
export function reopens(ctx: RatingContext): FactorDraft | null {
  const occurrences: Occurrence[] = [];
  for (const t of ctx.tickets) {
    const n = t.ticket.metric_set?.reopens;
    if (typeof n !== 'number' || !(n > 0)) continue;
    for (let i = 0; i < Math.min(n, 20); i++) {
      occurrences.push({ ...ticketNote(t, t.updatedWeight, 1, { reopens: n }), date: t.updated });
    }
  }
  const points = Math.min(ctx.settings.factor_cap, ctx.settings.weight_reopens * patternStrength(occurrences, ctx.rule));
  if (points <= 0) return null;
  return { id: 'reopens', kind: 'warning', points: -points, occurrences, data: { reopens: occurrences.length } };
}

/**
 * Agent time from the time-tracking field: minutes per month (time-weighted) against the threshold.
 *
 * @param ctx - the rating context
 * @returns the draft, or null when no field is set up or the time is within the threshold
 * @example agentTime(ctx)?.data // => { minutes: 600, perMonth: 150, threshold: 60 }
 */
export function agentTime(ctx: RatingContext): FactorDraft | null {
  const { settings } = ctx;
  if (settings.time_field_id === '') return null;
  const occurrences: Occurrence[] = [];
  let minutes = 0;
  let weighted = 0;
  for (const t of ctx.tickets) {
    const m = agentMinutes(t.ticket, settings);
    if (m === null || m <= 0) continue;
    minutes += m;
    weighted += m * t.weight;
    occurrences.push(ticketNote(t, t.weight, m / settings.agent_minutes_per_month, { minutes: Math.round(m) }));
  }
  const months = Math.max(ctx.months, settings.volume_min_months);
  const perMonth = weighted / months;
  const points = Math.min(settings.factor_cap, doublingPoints(perMonth / settings.agent_minutes_per_month, settings.weight_agent_time));
  if (points <= 0) return null;
  return {
    id: 'agent-time',
    kind: 'warning',
    points: -points,
    occurrences,
    data: { minutes: Math.round(minutes), perMonth: round2(minutes / months), threshold: settings.agent_minutes_per_month },
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
