import type { FitRating } from '../../core/rating/types';
import type { Translator } from '../i18n/translate';

/**
 * The one sentence at the top of the sidebar that says why the customer got their rating,
 * built from the factors the rating names in its summary, in the agent's language.
 * @param rating - the fit rating.
 * @param i18n - the agent's translator.
 * @returns e.g. "Threatened a bad review 2 times and wrote about paying late on 3 of 12 tickets."
 * @example
 * summarySentence(poorRating, en) // => 'Threatened a bad review 2 times and was abusive to staff 3 times.'
 */
export function summarySentence(rating: FitRating, i18n: Translator): string {
  const total = rating.stats.ticketsInWindow;
  if (rating.stats.tickets === 0) return i18n.t('ui.summary.noTickets');
  if (rating.band === 'insufficient') return i18n.t('ui.summary.insufficient', { count: rating.stats.tickets });
  const phrases = rating.summary
    .map((id) => rating.factors.find((factor) => factor.id === id))
    .filter((factor) => factor !== undefined)
    .map((factor) => i18n.t(`ui.phrase.${factor.id}`, { count: factor.count, tickets: factor.tickets, total }));
  if (phrases.length === 0) return i18n.t('ui.summary.none', { count: total });
  const list = new Intl.ListFormat(i18n.locale, { style: 'long', type: 'conjunction' }).format(phrases);
  return `${list.charAt(0).toLocaleUpperCase(i18n.locale)}${list.slice(1)}.`;
}
