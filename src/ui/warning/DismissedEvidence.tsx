import { SM } from '@zendeskgarden/react-typography';
import type { FitRating } from '../../core/rating/types';
import type { WarningState } from '../../core/warnings';
import { withoutFormatting } from '../../core/text/invisible';
import { useI18n } from '../i18n/I18nProvider';

/** Longest quote shown in the line under the warning. */
const QUOTE_CHARS = 80;

/**
 * Under the warning, the quotes it cites that the team has since dismissed, with who and why: a
 * warning's evidence is never taken away silently.
 */
export function DismissedEvidence({ state, rating }: { state: WarningState; rating: FitRating | null }) {
  const i18n = useI18n();
  const ops = new Set([...(state.latest && state.level > 0 ? [state.latest.op] : []), ...state.openConcerns.map((c) => c.op)]);
  const cited = (rating?.dismissed ?? []).filter((d) => d.dismissal.warning !== undefined && ops.has(d.dismissal.warning));
  if (cited.length === 0) return null;
  return (
    <div data-testid="warning-dismissed-evidence">
      <SM isBold>{i18n.t('ui.dismiss.warningNote', { count: cited.length })}</SM>
      {cited.map(({ dismissal, excerpt, highlight }) => {
        const words = highlight ? excerpt.slice(highlight.start, highlight.end) : excerpt;
        const quote = words.length > QUOTE_CHARS ? `${words.slice(0, QUOTE_CHARS - 1)}…` : words;
        return (
          <SM key={`${dismissal.ticketId}:${dismissal.commentId}:${dismissal.signal}:${dismissal.quote}`}>
            {i18n.t('ui.dismiss.warningItem', { quote, name: withoutFormatting(dismissal.by.name), reason: withoutFormatting(dismissal.reason) || i18n.t('ui.dismiss.noReason') })}
          </SM>
        );
      })}
    </div>
  );
}
