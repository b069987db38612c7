import { useState } from 'react';
import styled from 'styled-components';
import { Accordion } from '@zendeskgarden/react-accordions';
import { Button } from '@zendeskgarden/react-buttons';
import { SM } from '@zendeskgarden/react-typography';
import type { Factor } from '../../core/rating/types';
import { SIGNAL_IDS, type SignalId } from '../../core/signals/types';
import { useI18n } from '../i18n/I18nProvider';
import { formatRelative } from '../i18n/dates';
import { EvidenceQuote } from './EvidenceQuote';
import { QuoteList } from './quote-styles';
import { FactorMark } from './FactorMark';
import { factorDetails, toldByFigures } from './factor-words';

/** How many quotes a factor shows before the agent asks for more. */
const FIRST_QUOTES = 3;


const LabelLine = styled.span`
  display: flex;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`;

const Points = styled.span`
  white-space: nowrap;
`;

function isSignal(id: string): id is SignalId {
  return (SIGNAL_IDS as readonly string[]).includes(id);
}

function FactorEvidence({ factor, now }: { factor: Factor; now: Date }) {
  const i18n = useI18n();
  const [showAll, setShowAll] = useState(false);
  // The figures are already the line under the name: the panel does not say them twice.
  if (factor.evidence.length === 0) return <SM>{i18n.t(toldByFigures(factor) ? 'ui.factor.noEvidence' : `ui.factor.${factor.id}.explain`, factor.data as Record<string, string | number>)}</SM>;
  const shown = showAll ? factor.evidence : factor.evidence.slice(0, FIRST_QUOTES);
  return (
    <>
      <QuoteList>
        {shown.map((evidence) => (
          <EvidenceQuote
            key={`${evidence.ticketId}-${evidence.commentId}-${evidence.highlight?.start}`}
            evidence={evidence}
            now={now}
            kind={factor.kind}
            {...(isSignal(factor.id) ? { signal: factor.id } : {})}
          />
        ))}
      </QuoteList>
      {factor.evidence.length > FIRST_QUOTES && (
        <Button isLink size="small" onClick={() => setShowAll(!showAll)}>
          {showAll ? i18n.t('ui.evidence.showFewer') : i18n.t('ui.evidence.showAll', { count: factor.evidence.length })}
        </Button>
      )}
    </>
  );
}

/** One row per factor that moved the score, strongest first; each opens to its evidence. */
export function FactorList({ factors, now }: { factors: Factor[]; now: Date }) {
  const i18n = useI18n();
  const [expanded, setExpanded] = useState<number[]>([]);
  if (factors.length === 0) return null;
  return (
    <section aria-label={i18n.t('ui.factors.title')} data-testid="factors">
      <Accordion level={3} isCompact isExpandable isCollapsible expandedSections={expanded} onChange={(index: number) =>
        setExpanded((open) => (open.includes(index) ? open.filter((i) => i !== index) : [...open, index]))
      }>
        {factors.map((factor) => {
          const kind = i18n.t(`ui.factor.kind.${factor.kind}`);
          const points = i18n.t('ui.factor.points', { points: `${factor.points > 0 ? '+' : ''}${i18n.number(factor.points)}` });
          return (
            <Accordion.Section key={factor.id} data-testid="factor" data-factor={factor.id} data-kind={factor.kind}>
              <Accordion.Header>
                <Accordion.Label>
                  <LabelLine>
                    <span>
                      <FactorMark kind={factor.kind} />
                      {i18n.t(`ui.factor.${factor.id}.name`)}
                      <span className="cf-visually-hidden"> ({kind})</span>
                    </span>
                    <Points>{points}</Points>
                  </LabelLine>
                  <SM>
                    {factorDetails(factor, i18n)}
                    {factor.lastSeen && ` · ${i18n.t('ui.factor.lastSeen', { when: formatRelative(new Date(factor.lastSeen), now, i18n.locale) })}`}
                  </SM>
                </Accordion.Label>
              </Accordion.Header>
              <Accordion.Panel>
                <FactorEvidence factor={factor} now={now} />
              </Accordion.Panel>
            </Accordion.Section>
          );
        })}
      </Accordion>
    </section>
  );
}
