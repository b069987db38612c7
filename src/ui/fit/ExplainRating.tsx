import { lazy, Suspense, useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import type { FitRating } from '../../core/rating/types';
import { useI18n } from '../i18n/I18nProvider';

// The text and its form fields load when a lead asks for them, not with every sidebar.
const ExplainText = lazy(() => import('./ExplainText').then((module) => ({ default: module.ExplainText })));

/** For leads: the rating as plain text to review and copy when a customer asks why. */
export function ExplainRating({ rating, name }: { rating: FitRating; name: string }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button isLink size="small" onClick={() => setOpen(true)} data-testid="explain-open">
        {i18n.t('ui.explain.open')}
      </Button>
    );
  }
  return (
    <Suspense fallback={null}>
      <ExplainText rating={rating} name={name} />
    </Suspense>
  );
}
