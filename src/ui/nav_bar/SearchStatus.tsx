import { Alert, Title } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress } from '@zendeskgarden/react-loaders';
import { SM } from '@zendeskgarden/react-typography';
import type { FlaggedSearchUpdate } from '../../zendesk/watchlist';
import { useI18n } from '../i18n/I18nProvider';
import { emptySearchSentence, searchProblemSentence } from './search-problems';

/** How the search is going: customers found so far with a bar, then how many; what could not be listed. */
export function SearchStatus({ update, failed, onAgain }: { update: FlaggedSearchUpdate | null; failed: boolean; onAgain: () => void }) {
  const i18n = useI18n();
  if (failed) {
    return (
      <Alert type="error" data-testid="search-failed">
        <Title>{i18n.t('ui.watchlist.search.failed')}</Title>
        <Button size="small" onClick={onAgain}>{i18n.t('ui.watchlist.search.again')}</Button>
      </Alert>
    );
  }
  const found = update?.users.length ?? 0;
  const running = !update?.done;
  const value = update?.pagesExpected ? Math.round((100 * update.pagesRead) / update.pagesExpected) : 0;
  const text = running
    ? i18n.t('ui.watchlist.search.running', { count: found })
    : found === 0
      ? emptySearchSentence(update, i18n)
      : i18n.t('ui.watchlist.search.done', { count: found });
  return (
    <>
      <div data-testid="search-status" data-done={running ? 'false' : 'true'} aria-live="polite">
        <SM>{text}</SM>
        {running && <Progress value={value} size="small" aria-label={text} />}
      </div>
      {update && (update.problems.length > 0 || update.unreadable > 0) && update.done && (
        <Alert type="warning" data-testid="search-problems">
          <Title>{i18n.t('ui.watchlist.search.problemsTitle')}</Title>
          {update.problems.map((problem) => (
            <SM key={`${problem.tag}-${problem.page}`}>{searchProblemSentence(problem, i18n)}</SM>
          ))}
          {update.unreadable > 0 && <SM>{i18n.t('ui.watchlist.search.unreadable', { count: update.unreadable })}</SM>}
          {update.problems.length > 0 && <Button size="small" onClick={onAgain}>{i18n.t('ui.watchlist.search.again')}</Button>}
        </Alert>
      )}
    </>
  );
}
