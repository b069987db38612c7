import type { StepCheck } from '../../core/warnings';
import { withoutFormatting } from '../../core/text/invisible';
import type { Translator } from '../i18n/translate';

/**
 * The sentence that says why a step of the warning is not verified, naming who the record claims
 * and who really wrote the note. Names are Zendesk users' names, shown as text.
 *
 * @param i18n - the translator
 * @param check - an unverified step
 * @returns e.g. "Strike 2 names Ana Ferreira, but its note was written by Tom Okafor, who is not a team lead."
 * @example unverifiedSentence(i18n, check) // => 'Strike 2 names Ana Ferreira, but its note was written by Tom Okafor, who is not a team lead.'
 */
export function unverifiedSentence(i18n: Pick<Translator, 't'>, check: StepCheck): string {
  const step = check.action === 'clear' ? i18n.t('ui.verify.clear') : i18n.t(`ui.warning.level.${check.level}`);
  const reason = check.reason === 'not-a-lead' && !check.claimedBy ? 'not-a-lead-unclaimed' : (check.reason ?? 'no-record');
  return i18n.t(`ui.verify.reason.${reason}`, {
    step,
    claimed: withoutFormatting(check.claimedBy?.name ?? ''),
    author: withoutFormatting(check.writtenBy?.name ?? ''),
    ticket: String(check.ticketId ?? ''),
  });
}
