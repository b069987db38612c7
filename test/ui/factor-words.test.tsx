import { renderToString } from 'react-dom/server';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseBundle } from '../../src/cli/score';
import { createReader, rate } from '../../src/core/rating';
import type { FitRating } from '../../src/core/rating/types';
import { parseSettings, SETTING_DEFINITIONS } from '../../src/core/settings';
import { createDemoAccount, toHistoryBundle } from '../../src/demo';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { explanationText } from '../../src/ui/fit/explanation';
import { FactorList } from '../../src/ui/fit/FactorList';
import { factorDetails } from '../../src/ui/fit/factor-words';
import { summarySentence } from '../../src/ui/fit/summary';
import { catalogs } from '../../src/ui/i18n/catalogs';
import { I18nProvider } from '../../src/ui/i18n/I18nProvider';
import { createTranslator } from '../../src/ui/i18n/translate';
import { candidates } from '../../src/ui/warning/ActionForm';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { composeNote } from '../../src/core/warnings/note';
import { planStrike } from '../../src/core/warnings/plan';
import { DEFAULT_WARNING_SETTINGS } from '../../src/core/warnings/settings';
import { committedModel } from '../helpers/model';

// The words are under test here, not the link to the ticket (the end-to-end tests click it): a
// ticket link needs a registered ZAF client, which a server render has not.
vi.mock('../../src/ui/app/TicketLink', () => ({ TicketLink: ({ children }: { children: ReactNode }) => <a>{children}</a> }));

const NOW = new Date('2026-11-23T10:00:00Z');
const account = createDemoAccount({ now: NOW });
const reader = createReader(committedModel());
const settings = parseSettings({}).settings;

const FACTOR_IDS = Object.keys((catalogs.en!.ui as { factor: Record<string, unknown> }).factor).filter((k) => k.includes('-'));
const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS).filter((k) => k.includes('_'));

/** What no agent should have to decode: a raw key, a placeholder, a field path, an internal id, a count of nothing. */
function undecodable(text: string): string[] {
  const found: string[] = [];
  if (/\bui\.[a-z]/.test(text)) found.push('a translation key');
  if (text.includes('{{')) found.push('a placeholder');
  if (/\b(?:user|organization|ticket)\.[a-z_]+/.test(text)) found.push('a field path');
  if (/\b0 (?:tickets?|Tickets?)\b|\bon 0\b|\bin 0\b/.test(text)) found.push('"0 tickets"');
  for (const id of [...FACTOR_IDS, ...SETTING_KEYS]) if (new RegExp(`(^|[^\\w-])${id}($|[^\\w-])`).test(text)) found.push(`the id ${id}`);
  return found;
}

function ratingOf(key: (typeof REQUESTER_KEYS)[number]): { rating: FitRating; name: string } {
  const parsed = parseBundle(JSON.stringify(toHistoryBundle(account, key)), () => NOW);
  if ('errors' in parsed) throw new Error(parsed.errors.join('\n'));
  return { rating: rate(parsed.history, settings, NOW, reader), name: parsed.history.user.name };
}

const visibleText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('every factor of every demo persona reads without a manual', () => {
  for (const locale of ['en', 'de']) {
    it.each(REQUESTER_KEYS)(`%s, in ${locale}`, (key) => {
      const { rating, name } = ratingOf(key);
      const i18n = createTranslator(locale, catalogs);
      const sidebar = visibleText(renderToString(<ThemeProvider><I18nProvider locale={locale}><FactorList factors={rating.factors} now={NOW} /></I18nProvider></ThemeProvider>));
      const texts = { sidebar, summary: summarySentence(rating, i18n), explanation: explanationText(rating, name, i18n) };
      for (const [where, text] of Object.entries(texts)) expect(undecodable(text), `${where}: ${text}`).toEqual([]);
      // A state (an overdue balance, a long relationship) or a rate (ticket volume) says its figures, once, not how often it "happened".
      for (const id of ['overdue-field', 'tenure', 'ticket-volume']) {
        const factor = rating.factors.find((f) => f.id === id);
        if (!factor) continue;
        const line = i18n.t(`ui.factor.${id}.explain`, {}).split('{{')[0]!.trim();
        if (line) expect(sidebar.split(line).length - 1, `${id} in ${sidebar}`).toBeLessThanOrEqual(1);
        expect(factorDetails(factor, i18n)).not.toMatch(/times on|-mal in|once on|Einmal in/i);
      }
    });
  }

  it('names the evidence of a note in words, not by the factor\'s id', () => {
    const { rating } = ratingOf('late-payer');
    const chosen = candidates(rating);
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.map((c) => c.name)).toContain('Bad-review threats');
    const plan = planStrike({
      op: 'op-12345678',
      user: { id: 7, name: 'Gary', user_fields: {} },
      ticketId: 55,
      by: { id: 5, name: 'Dana Lead', role: 'admin', groups: [] },
      reason: 'Threatened reviews to get refunds',
      evidence: chosen.slice(0, 3),
      rating,
      settings: DEFAULT_WARNING_SETTINGS,
      now: NOW,
      accountUrl: 'https://acme.zendesk.com',
    });
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    const note = composeNote(plan.action);
    expect(undecodable(note)).toEqual([]);
  });
});
