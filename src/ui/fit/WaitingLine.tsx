import { useEffect, useState } from 'react';
import { SM } from '@zendeskgarden/react-typography';
import type { LoadWait } from '../../zendesk/history';
import { useI18n } from '../i18n/I18nProvider';

/** Whole seconds since `since`, counted on while shown. */
function useSecondsSince(since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [since]);
  return Math.max(0, Math.floor((now - since) / 1_000));
}

/**
 * What the first rating waits for and for how long; after a failed try, that the app asked again and
 * how long this try may take, so an agent knows the wait has an end.
 */
export function WaitingLine({ wait }: { wait: LoadWait }) {
  const i18n = useI18n();
  const seconds = useSecondsSince(wait.sentAt);
  const limits = { attempt: wait.attempt, attempts: wait.attempts, timeout: Math.round(wait.timeoutMs / 1_000) };
  const retry =
    wait.previous === null
      ? null
      : wait.previous.afterMs !== null
        ? i18n.t('ui.loading.retry.timeout', { ...limits, previous: Math.round(wait.previous.afterMs / 1_000) })
        : i18n.t('ui.loading.retry.other', { ...limits, why: i18n.t(`ui.problem.cause.${wait.previous.cause}`) });
  return (
    <div data-testid="waiting" data-for={wait.for} data-attempt={wait.attempt}>
      {/* The ticking seconds stay out of the live region, or a screen reader would read them out every second. */}
      <SM>{i18n.t(`ui.loading.waiting.${wait.for}`, { seconds })}</SM>
      <SM aria-live="polite">{retry}</SM>
    </div>
  );
}
