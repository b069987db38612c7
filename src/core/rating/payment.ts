import type { RatingContext } from './context';
import type { FactorDraft } from './factor';
import { ticketLabel } from './demand';
import { readCustomerField } from './fields';
import { patternStrength, type Occurrence } from './occurrence';

/**
 * Tickets tagged as billing problems (the `billing_tags` setting), as a pattern over tickets.
 *
 * @param ctx - the rating context
 * @returns the draft, or null when no ticket carries a billing tag
 * @example billingTags(ctx)?.data // => { tags: 'payment_overdue' }
 */
export function billingTags(ctx: RatingContext): FactorDraft | null {
  const wanted = new Set(ctx.settings.billing_tags);
  if (wanted.size === 0) return null;
  const occurrences: Occurrence[] = [];
  const seen = new Set<string>();
  for (const t of ctx.tickets) {
    const tags = (t.ticket.tags ?? []).filter((tag) => wanted.has(tag.toLowerCase()));
    if (tags.length === 0) continue;
    for (const tag of tags) seen.add(tag);
    occurrences.push({
      ticketId: t.ticket.id,
      commentId: null,
      date: t.created,
      weight: t.weight,
      strength: 1,
      source: { kind: 'note', excerpt: ticketLabel(t.ticket), figures: { tags: tags.join(', ') } },
    });
  }
  const points = Math.min(ctx.settings.factor_cap, ctx.settings.weight_billing_tags * patternStrength(occurrences, ctx.rule));
  if (points <= 0) return null;
  return { id: 'billing-tags', kind: 'warning', points: -points, occurrences, data: { tags: [...seen].toSorted().join(', ') } };
}

/**
 * Days overdue from the configured user or organization field: from the threshold on, points per 30 days.
 * It is the customer's state today, so it does not decay.
 *
 * @param ctx - the rating context
 * @returns the draft, or null when no field is set up, it holds no number, or it is under the threshold
 * @example overdueField(ctx)?.data // => { days: 45, field: 'user.payment_overdue_days', threshold: 7 }
 */
export function overdueField(ctx: RatingContext): FactorDraft | null {
  const { settings } = ctx;
  const read = readCustomerField(settings.overdue_field, ctx.history.user, ctx.history.organization);
  if (!read || read.value < settings.overdue_days_threshold || read.value <= 0) return null;
  const points = Math.min(settings.factor_cap, (settings.weight_overdue * read.value) / 30);
  if (points <= 0) return null;
  return {
    id: 'overdue-field',
    kind: 'warning',
    points: -points,
    occurrences: [],
    count: 1,
    data: { days: read.value, field: read.source, threshold: settings.overdue_days_threshold },
  };
}
