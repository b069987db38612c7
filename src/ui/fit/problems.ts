import type { LoadProblem } from '../../zendesk/history/problems';
import type { Translator } from '../i18n/translate';

/**
 * Sentences for what could not be read, e.g. "2 tickets could not be read (Zendesk refused access)."
 * @param problems - the loader's problems.
 * @param i18n - the agent's translator.
 * @returns one sentence per problem.
 * @example
 * problemSentences([{ kind: 'tickets-unreadable', count: 2, cause: 'unreadable', retryable: true }], en)
 * // => ['2 tickets could not be read (the answer was not what Zendesk normally sends).']
 * problemSentences([{ kind: 'ticket-list-incomplete', count: null, cause: 'server', retryable: true }], en)
 * // => ['More tickets could not be listed; how many is not known (Zendesk answered with an error).']
 */
export function problemSentences(problems: readonly LoadProblem[], i18n: Translator): string[] {
  return problems.map((problem) =>
    i18n.t('ui.problem.sentence', {
      // A list cut short before Zendesk said how many tickets there are: no number is made up.
      what: problem.count === null ? i18n.t(`ui.problem.unknownCount.${problem.kind}`) : i18n.t(`ui.problem.kind.${problem.kind}`, { count: problem.count }),
      why: i18n.t(`ui.problem.cause.${problem.cause}`),
    }),
  );
}
