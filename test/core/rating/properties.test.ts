import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../../../src/core/history';
import { decayWeight, rate } from '../../../src/core/rating';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import { history, NOW, type TicketSpec } from './builders';

const PHRASES = [
  'How do I add a user to the account?',
  'Thank you so much, that fixed it!',
  'The site is still down and it is really frustrating, please look into it.',
  'Any update? We are still losing orders.',
  'I will leave a one-star review on Yelp and tell everyone about this.',
  "I'll pay the invoice next month, money is tight.",
  'Your support is a joke, you people are useless and the site is still down.',
  'What the hell is wrong with you? Fix this shit now.',
  'I want to speak to your manager.',
  "It's still not right, this is the third time I've asked.",
  'I will sue you.',
  '<p>Hi,<br>any update on this?</p><div class="gmail_quote">On Monday you wrote: you idiots</div>',
];

const ticketArb: fc.Arbitrary<TicketSpec> = fc.record({
  daysAgo: fc.integer({ min: 0, max: 900 }),
  messages: fc.array(
    fc.record({
      text: fc.constantFrom(...PHRASES),
      daysAgo: fc.integer({ min: 0, max: 900 }),
      by: fc.constantFrom('customer' as const, 'customer' as const, 'agent' as const),
      public: fc.boolean(),
    }),
    { maxLength: 5 },
  ),
  channel: fc.constantFrom('email', 'web', 'voice'),
  tags: fc.subarray(['invoice_overdue', 'billing', 'vip']),
  satisfaction: fc.option(fc.constantFrom('good' as const, 'bad' as const), { nil: undefined }),
  replies: fc.integer({ min: 0, max: 30 }),
  reopens: fc.integer({ min: 0, max: 3 }),
});

const historyArb = fc.array(ticketArb, { minLength: 2, maxLength: 12 }).map((tickets) => history(tickets));

const at = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const abuse = (h: CustomerHistory) => rate(h, DEFAULT_SETTINGS, NOW).factors.find((f) => f.id === 'abuse')?.points ?? 0;

/** Adds one public message by the customer to a ticket of the history (a copy). */
function withMessage(h: CustomerHistory, ticketIndex: number, text: string, daysAgo: number): CustomerHistory {
  const copy = structuredClone(h);
  const ticket = copy.tickets[ticketIndex % copy.tickets.length]!;
  const list = (copy.comments[String(ticket.id)] ??= []);
  list.push({ id: 9_999_000 + list.length, author_id: copy.user.id, public: true, created_at: new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString(), body: text });
  return copy;
}

describe('properties of the rating', () => {
  it('never lowers the score when the customer adds a thank-you', () => {
    fc.assert(
      fc.property(historyArb, fc.nat(), fc.integer({ min: 0, max: 700 }), (h, index, daysAgo) => {
        const before = rate(h, DEFAULT_SETTINGS, NOW);
        const after = rate(withMessage(h, index, 'Thank you so much, that fixed it!', daysAgo), DEFAULT_SETTINGS, NOW);
        if (before.score === null) return after.score === null;
        return after.score! >= before.score;
      }),
      { numRuns: 150 },
    );
  });

  it('raises the score of an ordinary customer who says thank you', () => {
    const h = history([{ daysAgo: 10, messages: ['The site is still down and it is really frustrating, please look into it.'] }, { daysAgo: 40 }, { daysAgo: 90 }]);
    const before = rate(h, DEFAULT_SETTINGS, NOW).score!;
    expect(rate(withMessage(h, 0, 'Thank you so much, that fixed it!', 9), DEFAULT_SETTINGS, NOW).score!).toBeGreaterThan(before);
  });

  it('never weighs an event more for moving it further into the past', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 7, max: 3650 }),
        (age, further, halfLife, windowDays) => {
          return decayWeight(at(age + further), NOW, halfLife, windowDays) <= decayWeight(at(age), NOW, halfLife, windowDays);
        },
      ),
    );
  });

  it('never lets an abusive message count more for being older', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 1, max: 400 }), (daysAgo, further) => {
        const base = history([{ daysAgo: 900, messages: ['How do I add a user to the account?'] }, { daysAgo: 850 }, { daysAgo: 800 }]);
        const text = 'Your support is a joke, you people are useless.';
        return abuse(withMessage(base, 0, text, daysAgo + further)) >= abuse(withMessage(base, 0, text, daysAgo));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the score within 0..100, whatever the history and settings', () => {
    const settingsArb = fc.record({
      base_score: fc.integer({ min: 0, max: 100 }),
      factor_cap: fc.integer({ min: 1, max: 100 }),
      good_cap: fc.integer({ min: 0, max: 100 }),
      weight_abuse: fc.integer({ min: 0, max: 100 }),
      weight_gratitude: fc.integer({ min: 0, max: 100 }),
      spread_bonus: fc.double({ min: 0, max: 2, noNaN: true }),
      half_life_days: fc.integer({ min: 1, max: 3650 }),
      min_tickets: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(historyArb, settingsArb, (h, raw) => {
        const { settings } = parseSettings(raw);
        const rating = rate(h, settings, NOW);
        if (rating.score === null) return rating.band === 'insufficient';
        return Number.isInteger(rating.score) && rating.score >= 0 && rating.score <= 100;
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same rating for the same inputs', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const first = rate(h, DEFAULT_SETTINGS, NOW);
        const again = rate(structuredClone(h), DEFAULT_SETTINGS, new Date(NOW.getTime()));
        expect(again).toEqual(first);
        expect(JSON.stringify(again)).toBe(JSON.stringify(first));
      }),
      { numRuns: 60 },
    );
  });
});
