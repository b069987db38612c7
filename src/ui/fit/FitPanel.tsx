import styled from 'styled-components';
import { SM } from '@zendeskgarden/react-typography';
import { Button } from '@zendeskgarden/react-buttons';
import { useI18n } from '../i18n/I18nProvider';
import { CostPanel } from './CostPanel';
import { DismissedQuotes } from './DismissedQuotes';
import { FactorList } from './FactorList';
import { RatingHeader } from './RatingHeader';
import { TrendChart } from './TrendChart';
import { problemSentences } from './problems';
import { EmptyState, ErrorState, LoadingState, PartialAlert, ProgressLine } from './states';
import type { FitView } from './useFitRating';

const Stack = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.sm};
`;

/** The rating, its factors and evidence, the trend and the cost, in every loading state. */
export function FitPanel({ view, now }: { view: FitView; now: Date }) {
  const i18n = useI18n();
  const { rating, update } = view;
  if (view.phase === 'waiting') return <LoadingState progress={null} />;
  if (view.phase === 'no-requester') return <EmptyState reason="no-requester" />;
  const problems = problemSentences(view.problems, i18n);
  if (view.failed) return <ErrorState message={problems.join(' ') || i18n.t('ui.error.unknown')} onRetry={() => view.reload()} />;
  if (!rating) return <LoadingState progress={update?.progress ?? null} waiting={update?.waiting ?? null} />;
  const progress = update?.progress;
  return (
    <Stack data-testid="fit-panel" data-done={view.phase === 'ready'}>
      <RatingHeader rating={rating} provisional={view.phase === 'ready' && update?.coverage.provisional ? update.coverage : null} />
      {view.phase === 'loading' && progress && <ProgressLine progress={progress} />}
      {view.phase === 'ready' && problems.length > 0 && <PartialAlert messages={problems} onRetry={() => view.reload()} />}
      {rating.stats.tickets === 0 ? <EmptyState reason="no-tickets" /> : <FactorList factors={rating.factors} now={now} />}
      <DismissedQuotes rating={rating} now={now} />
      {rating.cost && <CostPanel cost={rating.cost} />}
      {rating.stats.tickets > 0 && rating.trend.length > 0 && <TrendChart months={rating.trend} />}
      {view.phase === 'ready' && (
        <SM>
          <span data-testid="read-stats">
            {i18n.t('ui.footer.read', { count: rating.stats.ticketsRead, comments: rating.stats.commentsRead })}
            {rating.stats.openingsRead > 0 && ` ${i18n.t('ui.footer.openings', { count: rating.stats.openingsRead })}`}
          </span>{' '}
          <Button isLink size="small" onClick={() => view.reload(true)} data-testid="refresh">
            {i18n.t('ui.footer.refresh')}
          </Button>
        </SM>
      )}
    </Stack>
  );
}
