import { ageInDays } from './decay';
import { DAYS_PER_MONTH, type RatingContext } from './context';
import type { FactorDraft } from './factor';

/**
 * Whether an occurrence of a warning factor is an incident that ends a clean record: a polite
 * complaint is feedback, and demand figures (volume, calls, replies, time) are not misconduct.
 */
const INCIDENT_FREE: ReadonlySet<string> = new Set(['ticket-volume', 'phone-calls', 'agent-replies', 'agent-time', 'chasing', 'cost-over-value']);

/**
 * Tenure without incident: months as a customer since the last warning sign (or since they joined),
 * up to `tenure_full_months` for the full `weight_tenure` points. Only a customer of at least
 * `tenure_full_months` has a long relationship, and none is calm while a warning sign stands at its
 * cap (a customer who opens eighty times the typical share of tickets is not one).
 *
 * @param ctx - the rating context
 * @param warnings - the warning drafts already computed
 * @returns the draft, or null without tickets in the window, a long relationship or a clean month
 * @example tenure(ctx, [])?.data // => { months: 30, cleanMonths: 30 }
 */
export function tenure(ctx: RatingContext, warnings: readonly FactorDraft[]): FactorDraft | null {
  const { settings, now } = ctx;
  if (ctx.tickets.length === 0) return null;
  const joined = ctx.joined;
  if (!joined || ageInDays(joined, now) / DAYS_PER_MONTH < settings.tenure_full_months) return null;
  if (warnings.some((draft) => Math.abs(draft.points) >= settings.factor_cap)) return null;
  let lastIncident: Date | null = null;
  for (const draft of warnings) {
    if (INCIDENT_FREE.has(draft.id)) continue;
    if (draft.occurrences.length === 0) lastIncident = now; // a state that holds today, like an overdue payment
    for (const o of draft.occurrences) {
      if (draft.id === 'complaint' && o.strength <= 1) continue;
      if (o.weight > 0 && (!lastIncident || o.date > lastIncident)) lastIncident = o.date;
    }
  }
  const cleanSince = lastIncident && lastIncident > joined ? lastIncident : joined;
  const months = ageInDays(joined, now) / DAYS_PER_MONTH;
  const cleanMonths = Math.min(ageInDays(cleanSince, now), settings.window_days) / DAYS_PER_MONTH;
  const points = Math.min(settings.good_cap, settings.weight_tenure * Math.min(1, cleanMonths / settings.tenure_full_months));
  if (points <= 0) return null;
  return {
    id: 'tenure',
    kind: 'good',
    points,
    occurrences: [],
    count: 1,
    data: { months: Math.round(months), cleanMonths: Math.round(cleanMonths), since: joined.toISOString() },
  };
}
