import { parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandOf, decayWeight, excerptAround, findChasing, patternStrength, rate, readText, scoreOf, summaryOf } from '../../../src/core/rating';
import { parseDate } from '../../../src/core/rating/decay';
import { doublingPoints } from '../../../src/core/rating/demand';
import { parseAmount, readCustomerField } from '../../../src/core/rating/fields';
import { monthKeys } from '../../../src/core/rating/trend';
import type { FitRating } from '../../../src/core/rating/types';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/core/settings';
import { history, NOW, quietTickets } from './builders';

const settingsWith = (raw: Record<string, unknown>) => {
  const { settings, problems } = parseSettings(raw);
  expect(problems).toEqual([]);
  return settings;
};
const factor = (rating: FitRating, id: string) => rating.factors.find((f) => f.id === id);
const daysBefore = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
const on = (ticketId: number) => ({ ticketId, weight: 1, strength: 1 });

describe('time decay', () => {
  it('halves at the half-life and stops at the window', () => {
    expect(decayWeight(NOW, NOW, 180, 730)).toBe(1);
    expect(decayWeight(daysBefore(180), NOW, 180, 730)).toBeCloseTo(0.5, 10);
    expect(decayWeight(daysBefore(360), NOW, 180, 730)).toBeCloseTo(0.25, 10);
    expect(decayWeight(daysBefore(730), NOW, 180, 730)).toBe(0);
    expect(decayWeight(new Date(NOW.getTime() + 86_400_000), NOW, 180, 730)).toBe(1);
  });

  it('counts nothing outside the window', () => {
    const h = history([{ daysAgo: 800, messages: ['Your support is a joke, you people are useless.'] }, ...quietTickets(3, 10, 10)]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(factor(rating, 'abuse')).toBeUndefined();
    expect(rating.stats).toMatchObject({ tickets: 4, ticketsInWindow: 3 });
  });
});

/**
 * The reference reading of a date-time: the engine for the all-digit UTC form, date-fns for
 * everything else; a day its month does not have is no date (the engine would roll it over).
 */
function referenceTime(iso: string): number | null {
  const allDigits = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(iso);
  const date = allDigits ? new Date(iso) : parseISO(iso);
  if (allDigits && date.getUTCDate() !== Number(iso.slice(8, 10))) return null;
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

function pad(width: number): (n: number) => string {
  return (n) => String(n).padStart(width, '0');
}

describe('reading dates', () => {
  it('reads Zendesk timestamps as the general parsers do, out-of-range fields and stray characters included', () => {
    // Mostly near the fields' ranges, so that most strings are dates and every edge is met.
    const two = fc.oneof(fc.integer({ min: 0, max: 61 }).map(pad(2)), fc.integer({ min: 0, max: 99 }).map(pad(2)), fc.string({ minLength: 2, maxLength: 2 }));
    const year = fc.oneof(fc.integer({ min: 0, max: 199 }).map(pad(4)), fc.integer({ min: 0, max: 9999 }).map(pad(4)), fc.string({ minLength: 4, maxLength: 4 }));
    fc.assert(
      fc.property(year, two, two, two, two, two, (y, mo, d, h, mi, s) => {
        const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}Z`;
        expect(parseDate(iso)?.getTime() ?? null).toBe(referenceTime(iso));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads other ISO forms and gives null for what is not a date', () => {
    expect(parseDate('2026-02-28T23:59:59.5Z')?.toISOString()).toBe('2026-02-28T23:59:59.500Z');
    expect(parseDate('2026-01-31T10:00:00+02:00')?.toISOString()).toBe('2026-01-31T08:00:00.000Z');
    for (const bad of ['', 'soon', '2026-02-30T10:00:00Z', '2026-02-29T10:00:00.5Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-01-01T00:00:60Z', '20a6-01-01T00:00:00Z', '2026-0x-01T00:00:00Z', '2026-01-01T1 :00:00Z', null, undefined]) {
      expect(parseDate(bad)).toBeNull();
    }
  });
});

describe('patterns', () => {
  const rule = { repeatDecay: 0.5, spreadBonus: 0.25, spreadMaxTickets: 5 };
  it('counts repeats on one ticket with diminishing weight, and spread over tickets with a bonus', () => {
    expect(patternStrength([], rule)).toBe(0);
    expect(patternStrength([on(1)], rule)).toBe(1);
    expect(patternStrength([on(1), on(1), on(1)], rule)).toBe(1.75);
    expect(patternStrength([on(1), on(2), on(3)], rule)).toBe(4.5);
    expect(patternStrength([1, 2, 3, 4, 5, 6, 7].map(on), rule)).toBe(14);
  });

  it('weighs one late payment less than a habit of them', () => {
    const once = history([{ daysAgo: 10, messages: ["I'll pay the invoice next month, money is tight."] }, ...quietTickets(4, 30, 30)]);
    const habit = history([10, 40, 70, 100, 130].map((daysAgo) => ({ daysAgo, messages: ["I'll pay the invoice next month, money is tight."] })));
    const one = factor(rate(once, DEFAULT_SETTINGS, NOW), 'late-payment')!;
    const many = factor(rate(habit, DEFAULT_SETTINGS, NOW), 'late-payment')!;
    expect(one.points).toBeGreaterThan(-DEFAULT_SETTINGS.weight_late_payment - 0.1);
    expect(many.points).toBeLessThan(one.points * 3);
    expect(many).toMatchObject({ count: 5, tickets: 5 });
  });
});

describe('demand on the team', () => {
  it('flags tickets per month far above the account baseline, and not at the baseline', () => {
    const busy = history(Array.from({ length: 40 }, (_, i) => ({ daysAgo: i * 4, messages: ['How do I add a user?'] })), { userCreatedDaysAgo: 170 });
    const withBaseline = (tickets: number) => ({ ...busy, baseline: { tickets, requesters: 100, windowDays: 730 } });
    // A busy account (4 tickets per requester a month): this customer is ordinary there.
    expect(factor(rate(withBaseline(9600), DEFAULT_SETTINGS, NOW), 'ticket-volume')).toBeUndefined();
    // A quiet one (0.1 a month): the same customer takes seventy times the average share.
    const farAbove = factor(rate(withBaseline(240), DEFAULT_SETTINGS, NOW), 'ticket-volume')!;
    expect(farAbove.points).toBeLessThan(-DEFAULT_SETTINGS.weight_ticket_volume);
    // The typical customer is the rest of the account: 200 other tickets from 99 other requesters.
    expect(farAbove.data.baseline).toBeCloseTo(200 / 99 / (730 / 30.4375), 2);
    expect(farAbove.data.perMonth).toBeGreaterThan(6);
  });

  it('compares a customer with the rest of the account, their own tickets taken out of its average', () => {
    // 90 tickets in 90 days, in an account of 10 end users that had 100 tickets in that time: with
    // the customer inside the average, they open 9 times the average; against the other nine, 90 times.
    const flood = history(Array.from({ length: 90 }, (_, i) => ({ daysAgo: i + 0.5 })), { userCreatedDaysAgo: 400 });
    const rating = rate({ ...flood, baseline: { tickets: 100, requesters: 10, windowDays: 90 } }, DEFAULT_SETTINGS, NOW);
    const volume = factor(rating, 'ticket-volume')!;
    expect(volume.data.baseline).toBeCloseTo(10 / 9 / (90 / 30.4375), 2);
    expect(volume.points).toBeLessThan(-20);
  });

  it('does not read a new customer\'s first questions as a flood', () => {
    const onboarding = history([{ daysAgo: 2 }, { daysAgo: 4 }, { daysAgo: 6 }], { userCreatedDaysAgo: 7 });
    expect(factor(rate(onboarding, DEFAULT_SETTINGS, NOW), 'ticket-volume')).toBeUndefined();
    const flood = history(Array.from({ length: 12 }, (_, i) => ({ daysAgo: i / 2 })), { userCreatedDaysAgo: 7 });
    expect(factor(rate(flood, DEFAULT_SETTINGS, NOW), 'ticket-volume')!.points).toBeLessThan(0);
  });

  it('counts phone calls beyond the allowance', () => {
    const calls = history(Array.from({ length: 6 }, (_, i) => ({ daysAgo: i * 5, channel: 'voice' })));
    const f = factor(rate(calls, DEFAULT_SETTINGS, NOW), 'phone-calls')!;
    expect(f).toMatchObject({ count: 6, tickets: 6 });
    expect(f.points).toBeLessThan(0);
    expect(factor(rate(history(quietTickets(3, 5, 5).map((t) => ({ ...t, channel: 'voice' }))), DEFAULT_SETTINGS, NOW), 'phone-calls')).toBeUndefined();
  });

  it('counts agent replies beyond the threshold, reopens and chasing', () => {
    const h = history([
      { daysAgo: 5, replies: 18, reopens: 2, messages: ['Any update? We are still losing orders.', { text: 'Hello?? Still waiting for an answer.', daysAgo: 4 }] },
      { daysAgo: 20, replies: 2, messages: ['How do I add a user?'] },
    ]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(factor(rating, 'agent-replies')).toMatchObject({ count: 1, tickets: 1 });
    expect(factor(rating, 'agent-replies')!.evidence[0]).toMatchObject({ ticketId: h.tickets[0]!.id, commentId: null, highlight: null, figures: { replies: 18 } });
    expect(factor(rating, 'reopens')).toMatchObject({ count: 2, tickets: 1 });
    expect(factor(rating, 'reopens')!.evidence).toHaveLength(1);
    const chasing = factor(rating, 'chasing')!;
    expect(chasing.count).toBeGreaterThanOrEqual(2);
    const e = chasing.evidence[0]!;
    expect(e.excerpt.slice(e.highlight!.start, e.highlight!.end).toLowerCase()).toMatch(/any update|still waiting|hello\?\?/);
  });

  it('reads agent time from the time-tracking field, in seconds or minutes', () => {
    const tickets = Array.from({ length: 4 }, (_, i) => ({ daysAgo: 5 + i * 20, customFields: [{ id: 360001, value: String(3 * 3600) }] }));
    const h = history(tickets, { userCreatedDaysAgo: 90 });
    expect(factor(rate(h, DEFAULT_SETTINGS, NOW), 'agent-time')).toBeUndefined();
    const seconds = factor(rate(h, settingsWith({ time_field_id: '360001' }), NOW), 'agent-time')!;
    expect(seconds.data.minutes).toBe(720);
    const minutes = factor(rate(h, settingsWith({ time_field_id: '360001', time_field_seconds: false }), NOW), 'agent-time')!;
    expect(minutes.data.minutes).toBe(720 * 60);
    expect(minutes.points).toBeLessThan(seconds.points);
  });
});

describe('cost against value', () => {
  it('finds $150 of support for $125 of net profit underwater', () => {
    const h = history([{ daysAgo: 10, customFields: [{ id: 7, value: '18000' }] }, { daysAgo: 40, customFields: [{ id: 7, value: 18000 }] }], {
      userFields: { net_profit: '$125' },
    });
    const settings = settingsWith({ agent_hourly_cost: '15', value_field: 'net_profit', time_field_id: '7' });
    const rating = rate(h, settings, NOW);
    expect(rating.cost).toEqual({ supportCost: 150, value: 125, currency: 'USD', minutes: 600, basis: 'time-field', underwater: true });
    expect(factor(rating, 'cost-over-value')!.points).toBeCloseTo(-18, 5);
  });

  it('estimates time from replies without a time field, and reads a monthly organization value', () => {
    const h = history([{ daysAgo: 10, replies: 6 }, { daysAgo: 40, replies: 6 }], { orgFields: { mrr: 29 }, userCreatedDaysAgo: 61 });
    const settings = settingsWith({ agent_hourly_cost: '20', value_field: 'organization.mrr', value_is_monthly: 'true' });
    const rating = rate(h, settings, NOW);
    expect(rating.cost).toMatchObject({ minutes: 120, supportCost: 40, basis: 'replies', underwater: false });
    expect(rating.cost!.value).toBeCloseTo(29 * (61 / 30.4375), 1);
    expect(factor(rating, 'cost-over-value')).toBeUndefined();
  });

  it('compares nothing without an hourly cost or a readable value', () => {
    const h = history([{ daysAgo: 10, replies: 6 }, { daysAgo: 40 }], { userFields: { net_profit: 'n/a' } });
    expect(rate(h, DEFAULT_SETTINGS, NOW).cost).toBeNull();
    expect(rate(h, settingsWith({ agent_hourly_cost: 15, value_field: 'net_profit' }), NOW).cost).toBeNull();
  });
});

describe('payment', () => {
  it('reads billing tags and the days-overdue field', () => {
    const h = history([{ daysAgo: 10, tags: ['Invoice_Overdue'] }, { daysAgo: 50, tags: ['vip'] }], { userFields: { payment_overdue_days: 60 } });
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(factor(rating, 'billing-tags')).toMatchObject({ count: 1, tickets: 1 });
    expect(factor(rating, 'overdue-field')).toMatchObject({ count: 1, points: -20, data: { days: 60, field: 'user.payment_overdue_days' } });
    const fresh = history([{ daysAgo: 10 }, { daysAgo: 50 }], { userFields: { payment_overdue_days: 3 } });
    expect(factor(rate(fresh, DEFAULT_SETTINGS, NOW), 'overdue-field')).toBeUndefined();
  });

  it('reads amounts as Zendesk fields hold them', () => {
    expect(parseAmount('$1,250.50')).toBe(1250.5);
    expect(parseAmount(' 125 ')).toBe(125);
    expect(parseAmount('n/a')).toBeNull();
    expect(parseAmount(null)).toBeNull();
    const user = { id: 1, name: 'A', created_at: '2020-01-01T00:00:00Z', user_fields: { mrr: '10' } };
    const org = { id: 2, name: 'B', organization_fields: { mrr: 99 } };
    expect(readCustomerField('mrr', user, org)).toEqual({ value: 10, source: 'user.mrr' });
    expect(readCustomerField('organization.mrr', user, org)).toEqual({ value: 99, source: 'organization.mrr' });
    expect(readCustomerField('user.missing', user, org)).toBeNull();
    expect(readCustomerField('', user, org)).toBeNull();
  });
});

describe('good signs', () => {
  it('rewards tenure without incident, and less after a recent incident', () => {
    const clean = history(quietTickets(4, 30, 60), { userCreatedDaysAgo: 700 });
    const tenure = factor(rate(clean, DEFAULT_SETTINGS, NOW), 'tenure')!;
    expect(tenure.points).toBe(DEFAULT_SETTINGS.weight_tenure);
    const incident = history([{ daysAgo: 30, messages: ['I will sue you.'] }, ...quietTickets(3, 90, 60)], { userCreatedDaysAgo: 700 });
    expect(factor(rate(incident, DEFAULT_SETTINGS, NOW), 'tenure')!.points).toBeLessThan(tenure.points / 2);
  });

  it('counts satisfaction ratings both ways, quoting the rating comment', () => {
    const h = history([
      { daysAgo: 10, satisfaction: { score: 'bad', comment: 'Took forever.' } },
      { daysAgo: 40, satisfaction: 'good' },
      { daysAgo: 80, satisfaction: 'good' },
    ]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(factor(rating, 'bad-satisfaction')!.evidence[0]).toMatchObject({ excerpt: 'Took forever.', figures: { rating: 'bad', commented: 'yes' } });
    expect(factor(rating, 'good-satisfaction')!.evidence[0]).toMatchObject({ excerpt: h.tickets[1]!.subject, figures: { rating: 'good', commented: 'no' } });
    expect(factor(rating, 'good-satisfaction')).toMatchObject({ kind: 'good', count: 2 });
  });
});

describe('the rating as a whole', () => {
  it('adds the shown points to the starting score, sorted by size, and names the largest in the summary', () => {
    const h = history([{ daysAgo: 10, messages: ['I will sue you.', 'Thank you so much, that fixed it!'] }, ...quietTickets(2, 50, 30)]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    const total = rating.factors.reduce((sum, f) => sum + f.points, DEFAULT_SETTINGS.base_score);
    expect(rating.score).toBe(Math.round(total));
    const sizes = rating.factors.map((f) => Math.abs(f.points));
    expect(sizes).toEqual(sizes.toSorted((a, b) => b - a));
    expect(rating.summary[0]).toBe('legal-threat');
    const legal = factor(rating, 'legal-threat')!;
    expect(legal).toMatchObject({ count: 1, tickets: 1, lastSeen: daysBefore(10).toISOString() });
    const e = legal.evidence[0]!;
    expect(e).toMatchObject({ ticketId: h.tickets[0]!.id, excerpt: 'I will sue you.', date: daysBefore(10).toISOString() });
    expect(e.commentId).toBe(h.comments[String(h.tickets[0]!.id)]![0]!.id);
    expect(e.excerpt.slice(e.highlight!.start, e.highlight!.end)).toContain('sue');
    expect(e.weight).toBeCloseTo(0.5 ** (10 / 180), 3);
    expect(e.message).toEqual({ id: expect.any(String), data: expect.any(Object) });
    expect(factor(rating, 'tenure')?.evidence ?? []).toEqual([]);
  });

  it('says a requester with too little history cannot be rated yet, but still shows what was seen', () => {
    const rating = rate(history([{ daysAgo: 1, messages: ['I will sue you.'] }], { userCreatedDaysAgo: 1 }), DEFAULT_SETTINGS, NOW);
    expect(rating).toMatchObject({ score: null, band: 'insufficient' });
    expect(factor(rating, 'legal-threat')).toBeDefined();
  });

  it('keeps going over broken dates and odd values', () => {
    const h = history([{ daysAgo: 5, messages: ['I will sue you.'] }, { daysAgo: 8 }, { daysAgo: 9 }]);
    h.tickets[1]!.created_at = 'not a date';
    h.tickets[2]!.metric_set = { replies: Number.NaN, reopens: -1 };
    const first = Object.values(h.comments)[0]!;
    first.push({ id: 1, author_id: h.user.id, public: true, created_at: 'soon', body: 'You idiots' });
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(rating.stats.ticketsInWindow).toBe(2);
    expect(rating.score).not.toBeNull();
    expect(rate(h, DEFAULT_SETTINGS, new Date(Number.NaN))).toMatchObject({ band: 'insufficient', score: null, factors: [] });
  });

  it('rates a later snapshot like a fresh one, reading only comments it has not seen', () => {
    const h = history([{ daysAgo: 5, messages: ['How do I add a user?'] }, { daysAgo: 8 }, { daysAgo: 9 }]);
    const first = rate(h, DEFAULT_SETTINGS, NOW);
    expect(factor(first, 'abuse')).toBeUndefined();
    const id = String(h.tickets[0]!.id);
    const edited = { ...h, comments: { ...h.comments, [id]: [{ ...h.comments[id]![0]!, body: 'Your support is a joke, you people are useless.' }] } };
    expect(factor(rate(edited, DEFAULT_SETTINGS, NOW), 'abuse')).toBeDefined();
    expect(rate(h, DEFAULT_SETTINGS, NOW)).toEqual(first);
  });

  it('draws the trend month by month, marking months with warning signs', () => {
    const h = history([{ daysAgo: 5, messages: ['I will sue you.'] }, { daysAgo: 6 }, { daysAgo: 70 }]);
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    const thisMonth = rating.trend.find((m) => m.month === '2026-11')!;
    expect(thisMonth).toEqual({ month: '2026-11', tickets: 2, flagged: 1 });
    expect(rating.trend.reduce((sum, m) => sum + m.tickets, 0)).toBe(3);
    expect(rating.trend[0]!.month).toBe('2026-09');
  });
});

describe('small pieces', () => {
  it('cuts an excerpt around the span, without markup or quoted mail', () => {
    expect(excerptAround('<p>Fine. I will <b>sue</b> you.</p>', 19, 22)).toEqual({ excerpt: 'Fine. I will sue you.', highlight: { start: 13, end: 16 } });
    const long = `${'word '.repeat(40)}I will SUE you ${'more '.repeat(40)}`;
    const at = long.indexOf('SUE');
    const { excerpt, highlight } = excerptAround(long, at, at + 3);
    expect(excerpt.slice(highlight!.start, highlight!.end)).toBe('SUE');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThan(180);
    const quoted = 'Thanks. Will pay by then.\n\nOn Sat, 6 Jun 2026 at 13:14, Ana <a@b.example> wrote:\n> you idiots';
    expect(excerptAround(quoted, 0, 6).excerpt).toBe('Thanks. Will pay by then.');
  });

  it('finds chasing, but not in quoted mail', () => {
    expect(findChasing('Hi, any update on this?')).toEqual([{ start: 4, end: 14 }]);
    expect(findChasing('Following up on my ticket from Monday.')).toHaveLength(1);
    expect(findChasing('Thanks!\n\nOn Mon, 1 Jun 2026 at 10:00, Ana <a@b.example> wrote:\n> any update?')).toEqual([]);
    expect(findChasing('We updated the plugin.')).toEqual([]);
  });

  it('reads chasing in the visible text, as the signals are read: markup and look-alike letters between the words', () => {
    const html = '<p>Any&nbsp;<b>update</b>?</p>';
    expect(findChasing(html).map(({ start, end }) => html.slice(start, end))).toEqual(['Any&nbsp;<b>update']);
    // A Cyrillic "а" in "updаte" reads as the Latin letter, for chasing as for every signal.
    expect(readText('Any upd\u0430te? Thanks so much!')).toMatchObject({ chasing: [{ start: 0, end: 10 }], hits: [{ signal: 'gratitude' }] });
  });

  it('grows demand points by doublings beyond the threshold', () => {
    expect(doublingPoints(1, 8)).toBe(0);
    expect(doublingPoints(0.5, 8)).toBe(0);
    expect(doublingPoints(2, 8)).toBe(8);
    expect(doublingPoints(8, 8)).toBe(24);
  });

  it('bands, scores and summarises', () => {
    expect(bandOf(null, DEFAULT_SETTINGS)).toBe('insufficient');
    expect(bandOf(65, DEFAULT_SETTINGS)).toBe('good');
    expect(bandOf(64, DEFAULT_SETTINGS)).toBe('watch');
    expect(bandOf(40, DEFAULT_SETTINGS)).toBe('watch');
    expect(bandOf(39, DEFAULT_SETTINGS)).toBe('poor');
    expect(scoreOf(75, [{ points: -90 }])).toBe(0);
    expect(scoreOf(75, [{ points: 40 }])).toBe(100);
    expect(summaryOf([{ id: 'abuse', points: -28 }, { id: 'tenure', points: 8 }, { id: 'complaint', points: -1 }], 2)).toEqual(['abuse', 'tenure']);
  });

  it('lists the months between two dates in UTC', () => {
    expect(monthKeys(new Date('2025-11-30T23:30:00Z'), new Date('2026-01-01T00:10:00Z'))).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});
