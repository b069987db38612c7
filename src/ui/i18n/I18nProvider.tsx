import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { catalogs } from './catalogs';
import { createTranslator, type Translator } from './translate';

const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const translator = useMemo(() => createTranslator(locale, catalogs), [locale]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('useI18n must be used inside <I18nProvider>.');
  return translator;
}
