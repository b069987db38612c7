import type { Factor, FactorId } from '../../core/rating/types';
import type { Translator } from '../i18n/translate';

/**
 * Factors told by their figures: how often they "happened" says nothing ("1,500 times on 1,500
 * tickets" for ticket volume, "once on 0 tickets" for a state such as an overdue balance).
 */
const TOLD_BY_FIGURES: ReadonlySet<FactorId> = new Set<FactorId>(['ticket-volume', 'agent-replies', 'agent-time', 'overdue-field', 'cost-over-value', 'tenure']);

/**
 * Whether a factor's line says its figures rather than how often it occurred.
 *
 * @param factor - a factor of the rating
 * @returns true for volume, replies, time, balance, cost and tenure, and for any factor without a ticket
 * @example toldByFigures({ id: 'tenure', tickets: 0 }) // => true
 */
export function toldByFigures(factor: Pick<Factor, 'id' | 'tickets'>): boolean {
  return TOLD_BY_FIGURES.has(factor.id) || factor.tickets === 0;
}

/**
 * The line under a factor's name, in the agent's language: how often and on how many tickets, or
 * the figures behind it.
 *
 * @param factor - a factor of the rating
 * @param i18n - the agent's translator
 * @returns e.g. "3 times on 2 tickets" or "About 62 tickets a month, 83 times the 0.75 of a typical customer of yours."
 * @example factorDetails(abuse, en) // => '4 times on 3 tickets'
 */
export function factorDetails(factor: Factor, i18n: Translator): string {
  // Tenure's sentence counts its clean months ("in the last month", "in the last 13 months").
  if (toldByFigures(factor)) return i18n.t(`ui.factor.${factor.id}.explain`, { ...figures(factor, i18n), count: Number(factor.data.cleanMonths ?? factor.count) });
  return i18n.t('ui.factor.details', { times: i18n.t('ui.factor.times', { count: factor.count }), tickets: i18n.t('ui.factor.onTickets', { count: factor.tickets }) });
}

/** The factor's figures, numbers written the agent's way (a ratio of 83.63 reads 84). */
function figures(factor: Factor, i18n: Translator): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(factor.data)) {
    out[key] = typeof value === 'number' ? i18n.number(key === 'ratio' && value >= 10 ? Math.round(value) : value) : value;
  }
  return out;
}
