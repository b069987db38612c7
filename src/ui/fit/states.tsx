import styled from 'styled-components';
import { Alert, Title } from '@zendeskgarden/react-notifications';
import { Button } from '@zendeskgarden/react-buttons';
import { Progress, Skeleton } from '@zendeskgarden/react-loaders';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { LoadWait } from '../../zendesk/history';
import { useI18n } from '../i18n/I18nProvider';
import { WaitingLine } from './WaitingLine';

const Stack = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: ${(p) => p.theme.space.xs};
`;

/** Shown before the first rating: the shape of what is coming, how far reading has got, and what Zendesk has not answered yet. */
export function LoadingState({ progress, waiting = null }: { progress: LoadProgress | null; waiting?: LoadWait | null }) {
  const i18n = useI18n();
  return (
    <Stack data-testid="loading" aria-busy="true">
      <Skeleton height="28px" width="60%" />
      <Skeleton />
      <Skeleton width="80%" />
      <ProgressLine progress={progress} />
      {!progress && <SM>{i18n.t('ui.loading.starting')}</SM>}
      {waiting && <WaitingLine wait={waiting} />}
    </Stack>
  );
}

export interface LoadProgress {
  ticketsRead: number;
  ticketsTotal: number | null;
}

/** "Read 40 of 120 tickets", with a bar. */
export function ProgressLine({ progress }: { progress: LoadProgress | null }) {
  const i18n = useI18n();
  if (!progress) return null;
  const text =
    progress.ticketsTotal === null
      ? i18n.t('ui.loading.readSoFar', { count: progress.ticketsRead })
      : i18n.t('ui.loading.readOf', { count: progress.ticketsRead, total: progress.ticketsTotal });
  const value = progress.ticketsTotal ? Math.round((100 * progress.ticketsRead) / progress.ticketsTotal) : 0;
  return (
    <Stack data-testid="progress">
      <Progress value={value} size="small" aria-label={text} />
      <SM>{text}</SM>
    </Stack>
  );
}

/** Something could not be read: say exactly what, and offer to read it again. */
export function PartialAlert({ messages, onRetry }: { messages: string[]; onRetry: () => void }) {
  const i18n = useI18n();
  return (
    <Alert type="warning" data-testid="partial">
      <Title>{i18n.t('ui.partial.title')}</Title>
      {messages.map((message) => (
        <SM key={message}>{message}</SM>
      ))}
      <Button size="small" onClick={onRetry}>{i18n.t('ui.retry')}</Button>
    </Alert>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const i18n = useI18n();
  return (
    <Alert type="error" data-testid="error">
      <Title>{i18n.t('ui.error.title')}</Title>
      <SM>{message}</SM>
      <Button size="small" onClick={onRetry}>{i18n.t('ui.retry')}</Button>
    </Alert>
  );
}

export function EmptyState({ reason }: { reason: 'no-requester' | 'no-tickets' }) {
  const i18n = useI18n();
  return (
    <Stack data-testid="empty">
      <MD isBold>{i18n.t(`ui.empty.${reason}.title`)}</MD>
      <SM>{i18n.t(`ui.empty.${reason}.body`)}</SM>
    </Stack>
  );
}
