import { withoutFormatting } from '../../core/text/invisible';
import type { Translator } from '../i18n/translate';

/**
 * The sidebar's first line: the customer's name, with their ticket count once it is known. The name
 * is the customer's own text, so invisible formatting goes: an override would show "‮nimda‬" as "admin".
 *
 * @param name - the requester's name as Zendesk gives it
 * @param total - their ticket count, or null while unknown
 * @param i18n - the agent's translator
 * @returns the heading as plain text
 * @example requesterHeading('\u202enimda\u202c', 3, en) // => 'nimda · 3 tickets'
 */
export function requesterHeading(name: string, total: number | null, i18n: Translator): string {
  const shown = withoutFormatting(name);
  return total === null ? shown : i18n.t('ui.requester', { name: shown, count: total });
}
