import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/ui/i18n/translate';

const catalogs = {
  en: { ui: { band: { good: 'Good fit' }, tickets: { one: '{{count}} ticket', other: '{{count}} tickets' }, only: 'English only' } },
  de: { ui: { band: { good: 'Passt gut' }, tickets: { one: '{{count}} Ticket', other: '{{count}} Tickets' } } },
};

describe('createTranslator', () => {
  it('picks the agent language and fills placeholders with locale numbers', () => {
    const de = createTranslator('de-DE', catalogs);
    expect(de.t('ui.band.good')).toBe('Passt gut');
    expect(de.t('ui.tickets', { count: 1 })).toBe('1 Ticket');
    expect(de.t('ui.tickets', { count: 1500 })).toBe('1.500 Tickets');
  });

  it('falls back to English for a missing string and to the key when no locale has it', () => {
    const de = createTranslator('de', catalogs);
    expect(de.t('ui.only')).toBe('English only');
    expect(de.t('ui.nowhere')).toBe('ui.nowhere');
    expect(de.has('ui.nowhere')).toBe(false);
  });

  it('uses English for a locale the app does not ship', () => {
    const ja = createTranslator('ja', catalogs);
    expect(ja.t('ui.tickets', { count: 2 })).toBe('2 tickets');
  });
});
