import type { RatingContext } from './context';
import type { FactorDraft } from './factor';
import { withoutFormatting } from '../text/invisible';
import { ticketLabel } from './demand';
import { patternStrength, type Occurrence } from './occurrence';

/** The longest rating comment quoted in evidence. */
const MAX_QUOTE = 200;

/**
 * Satisfaction ratings: bad ones as a warning pattern, good ones as a good sign. Zendesk gives
 * `good`/`bad` (older answers `good_with_comment`/`bad_with_comment`); `offered` and `unoffered` say nothing.
 *
 * @param ctx - the rating context
 * @returns the drafts for bad and for good ratings (each only when there is one)
 * @example satisfaction(ctx).map((f) => f.id) // => ['bad-satisfaction', 'good-satisfaction']
 */
export function satisfaction(ctx: RatingContext): FactorDraft[] {
  const { settings } = ctx;
  const bad: Occurrence[] = [];
  const good: Occurrence[] = [];
  for (const t of ctx.tickets) {
    const rating = t.ticket.satisfaction_rating;
    if (!rating || typeof rating.score !== 'string') continue;
    const score = rating.score.toLowerCase();
    const isBad = score.startsWith('bad');
    if (!isBad && !score.startsWith('good')) continue;
    // The customer's own comment on the rating is the evidence; without one, the ticket's subject.
    const comment = rating.comment ? withoutFormatting(rating.comment).trim() : '';
    const excerpt = comment ? (comment.length > MAX_QUOTE ? `${comment.slice(0, MAX_QUOTE - 1)}…` : comment) : ticketLabel(t.ticket);
    const occurrence: Occurrence = {
      ticketId: t.ticket.id,
      commentId: null,
      date: t.updated,
      weight: t.updatedWeight,
      strength: 1,
      source: { kind: 'note', excerpt, figures: { rating: isBad ? 'bad' : 'good', commented: comment ? 'yes' : 'no' } },
    };
    (isBad ? bad : good).push(occurrence);
  }
  const drafts: FactorDraft[] = [];
  const badPoints = Math.min(settings.factor_cap, settings.weight_bad_satisfaction * patternStrength(bad, ctx.rule));
  if (badPoints > 0) drafts.push({ id: 'bad-satisfaction', kind: 'warning', points: -badPoints, occurrences: bad, data: { ratings: bad.length } });
  const goodPoints = Math.min(settings.good_cap, settings.weight_good_satisfaction * patternStrength(good, ctx.rule));
  if (goodPoints > 0) drafts.push({ id: 'good-satisfaction', kind: 'good', points: goodPoints, occurrences: good, data: { ratings: good.length } });
  return drafts;
}
