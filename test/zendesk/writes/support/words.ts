import type { WarningAction } from '../../../../src/core/warnings/types';
import { catalogs } from '../../../../src/ui/i18n/catalogs';
import { createTranslator } from '../../../../src/ui/i18n/translate';
import { resultWords } from '../../../../src/ui/warning/write-words';
import type { WriteResult } from '../../../../src/zendesk/writes/run';

const en = createTranslator('en', catalogs);

/** What an English-speaking agent reads under the form after this write. */
export function words(result: WriteResult, action: WarningAction): string {
  return resultWords(en, result, action);
}
