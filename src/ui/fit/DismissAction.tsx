import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { citedBy, quoteId } from '../../core/dismissals';
import type { Evidence } from '../../core/rating/types';
import type { SignalId } from '../../core/signals/types';
import { useI18n } from '../i18n/I18nProvider';
import { useDismissContext } from './dismiss-context';

// The form loads when an agent opens it: most sidebars never do.
const DismissForm = lazy(() => import('./DismissForm').then((module) => ({ default: module.DismissForm })));

/**
 * "Not a red flag" on one quote: a short, optional reason, and the quote stops counting for the
 * whole team. A quote a warning cites needs a reason, and the form says the warning will show it.
 */
export function DismissAction({ evidence, signal, kind }: { evidence: Evidence; signal: SignalId; kind: 'warning' | 'good' }) {
  const i18n = useI18n();
  const context = useDismissContext();
  const [open, setOpen] = useState(false);
  if (!context || !context.view.allowed || evidence.quote === undefined) return null;
  const { view, citing } = context;
  const quote = evidence.quote;
  const key = { ticketId: evidence.ticketId, commentId: evidence.commentId, signal, quote };
  const busy = view.saving === quoteId(key);
  const step = citedBy(citing, evidence.ticketId, evidence.commentId);
  const name = i18n.t(`ui.factor.${signal}.name`);

  if (!open) {
    return (
      <Button isLink size="small" onClick={() => setOpen(true)} data-testid="dismiss-open">
        {i18n.t(kind === 'good' ? 'ui.dismiss.openGood' : 'ui.dismiss.open')}
        {/* Every quote has this button: its accessible name says which signal it dismisses. */}
        <span className="cf-visually-hidden">
          {' '}
          ({name})
        </span>
      </Button>
    );
  }

  return (
    <Suspense fallback={null}>
      <DismissForm view={view} dismissKey={key} name={name} step={step ?? null} busy={busy} onClose={() => setOpen(false)} />
    </Suspense>
  );
}
