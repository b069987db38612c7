import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Hint, Label, Textarea } from '@zendeskgarden/react-forms';
import type { FitRating } from '../../core/rating/types';
import { useI18n } from '../i18n/I18nProvider';
import { explanationText } from './explanation';

/** The rating as plain text, selectable, with a button that copies it. */
export function ExplainText({ rating, name }: { rating: FitRating; name: string }) {
  const i18n = useI18n();
  const [copied, setCopied] = useState(false);
  const text = explanationText(rating, name, i18n);
  const copy = () => {
    // The clipboard may be blocked inside Zendesk's iframe; the text stays selectable either way.
    navigator.clipboard?.writeText(text).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <Field>
      <Label>{i18n.t('ui.explain.label')}</Label>
      <Hint>{i18n.t('ui.explain.hint')}</Hint>
      <Textarea readOnly value={text} minRows={6} onFocus={(event) => event.currentTarget.select()} data-testid="explain-text" />
      <Button size="small" onClick={copy}>{copied ? i18n.t('ui.explain.copied') : i18n.t('ui.explain.copy')}</Button>
    </Field>
  );
}
