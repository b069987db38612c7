import { Alert, Title } from '@zendeskgarden/react-notifications';
import { SM } from '@zendeskgarden/react-typography';
import { useI18n } from '../i18n/I18nProvider';
import { unverifiedSentence } from './unverified';
import type { CheckView } from './useWarningCheck';

/**
 * The steps of the warning that Zendesk's notes do not back: each says who the record names and who
 * really wrote the note. Nothing is shown while checking or when every step is verified; a check that
 * could not be made says so quietly, since it accuses no one.
 */
export function UnverifiedSteps({ view }: { view: CheckView }) {
  const i18n = useI18n();
  if (view.status === 'failed') return <SM data-testid="warning-check-failed">{i18n.t('ui.verify.failed')}</SM>;
  if (view.status !== 'done' || view.check.unverified.length === 0) return null;
  return (
    <Alert type="error" data-testid="warning-unverified">
      <Title>{i18n.t('ui.verify.title')}</Title>
      {view.check.unverified.map((check) => (
        <SM key={`${check.action}-${check.level}-${check.noteId ?? ''}`} data-testid="unverified-step" data-level={check.level} data-reason={check.reason ?? ''} data-author-id={check.writtenBy?.id ?? ''}>
          {unverifiedSentence(i18n, check)}
        </SM>
      ))}
      <SM>{i18n.t('ui.verify.advice')}</SM>
    </Alert>
  );
}
