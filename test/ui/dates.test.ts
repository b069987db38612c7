import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json';
import de from '../../translations/de.json';
import { formatRelative } from '../../src/ui/i18n/dates';
import { createTranslator } from '../../src/ui/i18n/translate';

const now = new Date('2026-12-10T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const german = createTranslator('de', { en, de });
const english = createTranslator('en', { en, de });

// What the factor list shows under a factor: "zuletzt …" / "seen …".
const lastSeen = (translator: typeof german, days: number) =>
  translator.t('ui.factor.lastSeen', { when: formatRelative(daysAgo(days), now, translator.locale) });

describe('relative dates in a sentence', () => {
  it('reads as German after "zuletzt", a month or a year back', () => {
    expect(lastSeen(german, 35)).toBe('zuletzt vor einem Monat');
    expect(lastSeen(german, 100)).toBe('zuletzt vor 3 Monaten');
    expect(lastSeen(german, 400)).toBe('zuletzt vor einem Jahr');
    expect(lastSeen(german, 800)).toBe('zuletzt vor 2 Jahren');
  });

  it('keeps the short German words for the last days', () => {
    expect(lastSeen(german, 0)).toBe('zuletzt heute');
    expect(lastSeen(german, 1)).toBe('zuletzt gestern');
    expect(lastSeen(german, 12)).toBe('zuletzt vor 12 Tagen');
  });

  it('never doubles "letzte" in German', () => {
    for (const days of [0, 1, 2, 7, 30, 31, 35, 45, 60, 200, 365, 400, 800]) expect(lastSeen(german, days)).not.toMatch(/letzte/i);
  });

  it('reads as English too', () => {
    expect(lastSeen(english, 1)).toBe('seen yesterday');
    expect(lastSeen(english, 35)).toBe('seen last month');
    expect(lastSeen(english, 100)).toBe('seen 3 months ago');
  });
});
