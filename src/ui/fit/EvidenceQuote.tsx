import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { Tooltip } from '@zendeskgarden/react-tooltips';
import { SM } from '@zendeskgarden/react-typography';
import type { Evidence } from '../../core/rating/types';
import type { SignalId } from '../../core/signals/types';
import { TicketLink } from '../app/TicketLink';
import { useI18n } from '../i18n/I18nProvider';
import { formatExact, formatRelative } from '../i18n/dates';
import { DismissAction } from './DismissAction';
import { Quote } from './quote-styles';


const Highlight = styled.mark`
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.warning' })};
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  text-decoration-color: ${(p) => getColor({ theme: p.theme, variable: 'border.warningEmphasis' })};
  text-decoration-thickness: 2px;
  color: inherit;
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  text-decoration: underline;
`;

// A learned detector's hit marks a whole sentence: softer than a pattern's exact words, with the
// words that weighed most in it underlined.
const Sentence = styled.mark`
  background: ${(p) => getColor({ theme: p.theme, variable: 'background.subtle' })};
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
  color: inherit;
`;

const Focus = styled.strong`
  font-weight: ${(p) => p.theme.fontWeights.semibold};
  text-decoration: underline;
  text-decoration-thickness: 2px;
  text-decoration-color: ${(p) => getColor({ theme: p.theme, variable: 'border.warningEmphasis' })};
`;

/** A sentence with its weightiest words marked; `focus` spans are excerpt offsets inside it. */
function LearnedSentence({ excerpt, from, to, focus }: { excerpt: string; from: number; to: number; focus: readonly { start: number; end: number }[] }) {
  const parts = [];
  let at = from;
  for (const word of focus) {
    if (word.start < at || word.end > to) continue;
    parts.push(excerpt.slice(at, word.start));
    parts.push(<Focus key={word.start}>{excerpt.slice(word.start, word.end)}</Focus>);
    at = word.end;
  }
  parts.push(excerpt.slice(at, to));
  return <Sentence data-testid="evidence-sentence">{parts}</Sentence>;
}

/** The customer's words as plain text, with the matched span marked (never parsed as HTML). */
export function Excerpt({ evidence }: { evidence: Pick<Evidence, 'excerpt' | 'highlight' | 'confidence' | 'focus'> }) {
  const { excerpt, highlight } = evidence;
  if (!highlight) return <>{excerpt}</>;
  return (
    <>
      {excerpt.slice(0, highlight.start)}
      {evidence.confidence === undefined ? (
        <Highlight>{excerpt.slice(highlight.start, highlight.end)}</Highlight>
      ) : (
        <LearnedSentence excerpt={excerpt} from={highlight.start} to={highlight.end} focus={evidence.focus ?? []} />
      )}
      {excerpt.slice(highlight.end)}
    </>
  );
}

/**
 * One quote: the customer's words with the span marked, when and on which ticket, and for a text
 * signal's quote the action to dismiss it (`signal` names the signal; absent for other evidence).
 */
export function EvidenceQuote({ evidence, now, signal, kind = 'warning' }: { evidence: Evidence; now: Date; signal?: SignalId; kind?: 'warning' | 'good' }) {
  const i18n = useI18n();
  const date = new Date(evidence.date);
  return (
    <li data-testid="evidence">
      {typeof evidence.figures?.tags === 'string' && (
        // A subject line put here by a tag, not the customer's words about billing: say so.
        <SM data-testid="evidence-tagged">{i18n.t('ui.evidence.tagged', { tags: evidence.figures.tags })}</SM>
      )}
      <Quote>
        <Excerpt evidence={evidence} />
      </Quote>
      <SM>
        <Tooltip content={formatExact(date, i18n.locale)}>
          <time dateTime={evidence.date} tabIndex={0}>
            {formatRelative(date, now, i18n.locale)}
          </time>
        </Tooltip>
        {' · '}
        <TicketLink ticketId={evidence.ticketId} testId="evidence-link">
          {i18n.t('ui.evidence.openTicket', { id: String(evidence.ticketId) })}
        </TicketLink>
        {evidence.confidence !== undefined && (
          <span data-testid="evidence-confidence">
            {' · '}
            {i18n.t('ui.evidence.learned')}, {i18n.t('ui.evidence.confidence', { percent: String(Math.round(evidence.confidence * 100)) })}
          </span>
        )}
      </SM>
      {signal && <DismissAction evidence={evidence} signal={signal} kind={kind} />}
    </li>
  );
}
