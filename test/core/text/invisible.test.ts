import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals';
import { excerptAround } from '../../../src/core/rating';
import { withoutFormatting } from '../../../src/core/text/invisible';
import { rate } from '../../../src/core/rating';
import { parseSettings } from '../../../src/core/settings';
import { composeNote } from '../../../src/core/warnings/note';
import { planConcern } from '../../../src/core/warnings/plan';
import { DEFAULT_WARNING_SETTINGS } from '../../../src/core/warnings/settings';
import { history, NOW } from '../rating/builders';

describe('invisible formatting is not shown', () => {
  it('drops direction overrides, isolates and zero-width characters from a name', () => {
    expect(withoutFormatting('\u202enimda\u202c')).toBe('nimda');
    expect(withoutFormatting('Dana\u200b \u2066Reyes\u2069')).toBe('Dana Reyes');
  });

  for (const [kind, text] of [
    ['plain text', 'Fix it today or I will \u202esue\u202c you.'],
    ['HTML', '<p>Fix it today or I will \u202e<b>sue</b>\u202c you.</p>'],
  ] as const) {
    it(`keeps a highlight on the words it marks, in ${kind}, without the override`, () => {
      const hit = classify(text).find((h) => h.signal === 'legal-threat')!;
      expect(hit).toBeDefined();
      const { excerpt, highlight } = excerptAround(text, hit.start, hit.end);
      expect(excerpt).not.toMatch(/\p{Cf}/u);
      expect(excerpt).toBe('Fix it today or I will sue you.');
      expect(excerpt.slice(highlight!.start, highlight!.end)).toContain('sue');
    });
  }
});

// Every kind of invisible formatting, not only the direction overrides: the Arabic letter mark, a
// word joiner, a byte-order mark, a soft hyphen, an isolate and an override.
const TRICKS = ['\u061c', '\u2060', '\ufeff', '\u00ad', '\u2067', '\u202e'];
const tricked = (text: string) => TRICKS.join('') + text.split(' ').join(` ${TRICKS.join('')}`) + '\u202c';

describe('ticket-level evidence is shown without invisible formatting', () => {
  it('a satisfaction comment and a subject quoted as evidence carry no format character', () => {
    const built = history([
      { daysAgo: 20, subject: tricked('Still broken'), satisfaction: { score: 'bad', comment: tricked('Worst host ever') }, messages: ['Still waiting.'] },
      { daysAgo: 40, subject: tricked('Site down again'), satisfaction: 'bad', messages: ['Down again.'] },
    ]);
    const rating = rate(built, parseSettings({}).settings, NOW);
    const evidence = rating.factors.find((f) => f.id === 'bad-satisfaction')!.evidence;
    expect(evidence.map((e) => e.excerpt).toSorted()).toEqual(['Site down again', 'Worst host ever']);
  });
});

describe('notes written to Zendesk carry no invisible formatting', () => {
  it('strips every format character from the customer name and the quoted evidence', () => {
    const result = planConcern({
      op: 'op-12345678',
      user: { id: 7, name: tricked('Pat Example'), user_fields: {} },
      ticketId: 55,
      by: { id: 5, name: 'Dana Lead', role: 'admin', groups: [] },
      reason: tricked('Threatened a review'),
      evidence: [{ factorId: 'review-threat', name: 'Review threat', ticketId: 55, commentId: 1, date: '2026-11-20T00:00:00Z', excerpt: tricked('I will post a review') }],
      rating: null,
      settings: DEFAULT_WARNING_SETTINGS,
      now: new Date('2026-11-23T10:00:00Z'),
      accountUrl: 'https://acme.zendesk.com',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const note = composeNote(result.action);
    expect(note).not.toMatch(/\p{Cf}/u);
    expect(note).toContain('Customer: Pat Example (user 7)');
    expect(note).toContain('"I will post a review"');
    expect(note).toContain('Threatened a review');
  });
});
