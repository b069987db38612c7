import type { FlaggedSearchProblem, FlaggedSearchUpdate } from '../../zendesk/watchlist';
import type { Translator } from '../i18n/translate';

/**
 * The sentence for a search page that could not be read, so the lead knows which customers may be
 * missing from the list and why.
 *
 * @param problem - the page (or the export) that failed, its tag and cause
 * @param i18n - the lead's translator
 * @returns one sentence
 * @example
 * searchProblemSentence({ tag: 'customer_fit_concern', page: 2, cause: 'server' }, en)
 * // => 'Page 2 of the customers with an open concern (Zendesk answered with an error).'
 */
export function searchProblemSentence(problem: FlaggedSearchProblem, i18n: Translator): string {
  const tag = i18n.t(`ui.watchlist.tag.${problem.tag}`);
  const what = problem.page === null ? i18n.t('ui.watchlist.search.export', { tag }) : i18n.t('ui.watchlist.search.page', { page: problem.page, tag });
  const why = problem.cause === 'too-many' ? i18n.t('ui.watchlist.search.tooMany') : i18n.t(`ui.problem.cause.${problem.cause}`);
  return i18n.t('ui.watchlist.search.problem', { what, why });
}

/**
 * What the finished search says when it found nobody: that no customer is flagged only when every
 * search answered in full, since a failed page may hold every flagged customer there is.
 */
export function emptySearchSentence(update: Pick<FlaggedSearchUpdate, 'problems' | 'unreadable' | 'pagesAnswered'>, i18n: Translator): string {
  if (update.problems.length === 0 && update.unreadable === 0) return i18n.t('ui.watchlist.search.none');
  return i18n.t(update.pagesAnswered === 0 ? 'ui.watchlist.search.unknown' : 'ui.watchlist.search.noneAnswered');
}
