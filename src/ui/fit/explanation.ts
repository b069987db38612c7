import type { FitRating } from '../../core/rating/types';
import { withoutFormatting } from '../../core/text/invisible';
import { formatExact } from '../i18n/dates';
import type { Translator } from '../i18n/translate';
import { factorDetails } from './factor-words';
import { summarySentence } from './summary';

/**
 * The rating and its evidence as plain text, for a lead to review and copy into a reply to a
 * customer who asks why. Describes behaviour with the customer's own words, nothing else.
 * @param rating - the fit rating.
 * @param name - the customer's name (shown without invisible formatting).
 * @param i18n - the lead's translator.
 * @returns several lines of plain text.
 * @example
 * explanationText(rating, 'Dana Reyes', en).split('\n')[0] // => 'Dana Reyes: Poor fit (23 / 100)'
 */
export function explanationText(rating: FitRating, name: string, i18n: Translator): string {
  const band = i18n.t(`ui.band.${rating.band}`);
  const score = rating.score === null ? '' : ` (${i18n.t('ui.score.short', { score: rating.score })})`;
  const lines = [`${withoutFormatting(name)}: ${band}${score}`, summarySentence(rating, i18n), ''];
  for (const factor of rating.factors) {
    const details = factorDetails(factor, i18n);
    lines.push(`- ${i18n.t(`ui.factor.${factor.id}.name`)}: ${details}`);
    for (const evidence of factor.evidence.slice(0, 3)) {
      const date = formatExact(new Date(evidence.date), i18n.locale);
      lines.push(`    "${evidence.excerpt}" (${i18n.t('ui.evidence.openTicket', { id: String(evidence.ticketId) })}, ${date})`);
    }
  }
  return lines.join('\n');
}
