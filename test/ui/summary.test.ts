import { describe, expect, it } from 'vitest';
import type { Factor, FitRating } from '../../src/core/rating/types';
import { summarySentence } from '../../src/ui/fit/summary';
import { explanationText } from '../../src/ui/fit/explanation';
import { createTranslator } from '../../src/ui/i18n/translate';
import { catalogs } from '../../src/ui/i18n/catalogs';

const en = createTranslator('en', catalogs);
const de = createTranslator('de', catalogs);

function factor(id: Factor['id'], count: number, tickets: number, kind: Factor['kind'] = 'warning'): Factor {
  return {
    id,
    kind,
    points: kind === 'good' ? 3 : -10,
    count,
    tickets,
    lastSeen: '2026-10-01T10:00:00Z',
    evidence: [
      { ticketId: 42, commentId: 7, date: '2026-10-01T10:00:00Z', excerpt: 'I will post a 1 star review on Yelp', highlight: { start: 7, end: 35 }, weight: 1 },
    ],
    data: {},
  };
}

function rating(overrides: Partial<FitRating>): FitRating {
  return {
    requesterId: 1,
    score: 30,
    band: 'poor',
    factors: [],
    summary: [],
    trend: [],
    cost: null,
    window: { from: '2024-11-01', to: '2026-11-01' },
    stats: { tickets: 12, ticketsInWindow: 12, ticketsRead: 12, commentsRead: 40, openingsRead: 0 },
    ...overrides,
  };
}

describe('the one-sentence summary', () => {
  const poor = rating({
    factors: [factor('review-threat', 2, 2), factor('late-payment', 4, 3)],
    summary: ['review-threat', 'late-payment'],
  });

  it('names the summary factors with their counts, in order', () => {
    expect(summarySentence(poor, en)).toBe('Threatened a bad review 2 times and wrote about paying late on 3 of 12 tickets.');
  });

  it('speaks the agent language', () => {
    expect(summarySentence(poor, de)).toBe(
      'Hat 2-mal mit einer schlechten Bewertung gedroht und hat in 3 von 12 Tickets von verspäteter Zahlung geschrieben.',
    );
  });

  it('says when there is too little history, or none', () => {
    expect(summarySentence(rating({ band: 'insufficient', score: null, stats: { tickets: 1, ticketsInWindow: 1, ticketsRead: 1, commentsRead: 2, openingsRead: 0 } }), en)).toBe(
      'Only 1 ticket so far: too little history to judge.',
    );
    expect(summarySentence(rating({ band: 'insufficient', score: null, stats: { tickets: 0, ticketsInWindow: 0, ticketsRead: 0, commentsRead: 0, openingsRead: 0 } }), en)).toBe(
      'No tickets yet, so nothing to judge.',
    );
  });

  it('says there were no warning signs when nothing is named', () => {
    expect(summarySentence(rating({ band: 'good', score: 90 }), en)).toBe('No warning signs across their 12 tickets in the window.');
  });
});

describe('the plain-text explanation for a customer who asks', () => {
  it('lists every factor with the customer\'s own words and the ticket', () => {
    const text = explanationText(rating({ factors: [factor('review-threat', 2, 2)], summary: ['review-threat'] }), 'Gary Pruitt', en);
    expect(text.split('\n')[0]).toBe('Gary Pruitt: Poor fit (30 / 100)');
    expect(text).toContain('- Bad-review threats: 2 times on 2 tickets');
    expect(text).toContain('"I will post a 1 star review on Yelp" (Ticket #42,');
  });
});
