import { describe, expect, it } from 'vitest';
import type { CustomerHistory } from '../../../src/core/history';
import { createReader, rate } from '../../../src/core/rating';
import type { Band, FitRating } from '../../../src/core/rating/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { createDemoAccount, toHistoryBundle, type RequesterKey } from '../../../src/demo';
import { history, NOW, quietTickets } from './builders';
import { committedModel } from '../../helpers/model';

const factorIds = (rating: FitRating) => rating.factors.map((f) => f.id);
const late = (r: FitRating) => r.factors.find((f) => f.id === 'late-payment')!;
const complaint = (h: CustomerHistory) => rate(h, DEFAULT_SETTINGS, NOW).factors.find((f) => f.id === 'complaint');

/** Whole histories built here, each with what an agent should see. */
const built: { name: string; history: CustomerHistory; bands: Band[]; shows?: string[]; hides?: string[] }[] = [
  {
    name: 'the polite loyal customer',
    history: history([
      { daysAgo: 20, messages: ['Could you add a second mailbox for our accountant?', 'Thank you so much, that fixed it!'], satisfaction: 'good' },
      { daysAgo: 130, messages: ['How do I renew the certificate?', 'Thanks a lot, works perfectly now.'], satisfaction: 'good' },
      { daysAgo: 300, messages: ['Please move our site to the new plan.', 'Thank you!'], satisfaction: 'good' },
      ...quietTickets(3, 400, 90),
    ]),
    bands: ['good'],
    shows: ['gratitude', 'good-satisfaction', 'tenure'],
  },
  {
    name: 'the genuine-outage customer who complained a lot, but fairly',
    history: history([
      {
        daysAgo: 10,
        messages: [
          'The site has been down since this morning and our customers cannot check out. This is really frustrating, please look into it.',
          { text: 'Any update? We are still losing orders.', daysAgo: 10 },
          { text: 'It is still down, this is really hurting our sales today.', daysAgo: 9 },
          { text: 'Thanks a lot, works perfectly now.', daysAgo: 8 },
        ],
        replies: 8,
      },
      { daysAgo: 9, messages: ['Checkout is still failing for some customers, can you check the payment page?', 'Thank you so much, that fixed it!'] },
      { daysAgo: 9, messages: ['Our order emails are not arriving since the outage.', 'Thanks, all good now.'], satisfaction: 'good' },
      ...quietTickets(3, 200, 120),
    ]),
    bands: ['good', 'watch'],
    shows: ['complaint', 'gratitude'],
  },
  {
    name: 'the review-threatening late payer',
    history: history(
      [
        { daysAgo: 15, messages: ["I'll pay the invoice next month, money is tight.", 'I will leave a one-star review on Yelp and tell everyone about this.'], tags: ['invoice_overdue'] },
        { daysAgo: 80, messages: ["I'll pay the invoice next month, money is tight."], tags: ['payment_late'], satisfaction: 'bad' },
        { daysAgo: 150, messages: ['Sorry, the payment will be late again this month.', 'You want a bad review? Keep charging me late fees.'], tags: ['late_fee'] },
        { daysAgo: 240, messages: ["I'll pay the invoice next month, money is tight."], tags: ['invoice_overdue'] },
      ],
      { userFields: { payment_overdue_days: 40 } },
    ),
    bands: ['poor'],
    shows: ['review-threat', 'late-payment', 'billing-tags', 'overdue-field'],
  },
  {
    name: 'the abusive past-vendor blamer',
    history: history([
      { daysAgo: 12, messages: ['You people are useless idiots.', 'What the hell is wrong with you? Fix this shit now.'] },
      { daysAgo: 60, messages: ['This is the worst company I have ever dealt with, you are all incompetent morons.', 'I want to speak to your manager.'] },
      { daysAgo: 100, messages: ['Every host I have had has been crap, the last one, the one before that, and now you.', 'You people are useless idiots.'], satisfaction: 'bad' },
    ]),
    bands: ['poor'],
    shows: ['abuse', 'profanity'],
  },
  {
    name: 'one angry message two years ago in an otherwise good history',
    history: history([
      { daysAgo: 700, messages: ['This is the worst company I have ever dealt with, you are all incompetent morons.'] },
      { daysAgo: 30, messages: ['Could you add a second mailbox?', 'Thank you so much, that fixed it!'], satisfaction: 'good' },
      { daysAgo: 150, messages: ['How do I renew the certificate?', 'Thanks a lot, works perfectly now.'], satisfaction: 'good' },
      ...quietTickets(2, 300, 100),
    ]),
    bands: ['good'],
  },
  {
    name: 'the brand-new requester',
    history: history([{ daysAgo: 1, messages: ['Hi, how do I point my domain here? Thanks!'] }], { userCreatedDaysAgo: 2 }),
    bands: ['insufficient'],
  },
];

describe('whole histories an agent would recognise', () => {
  it.each(built)('$name', ({ history: h, bands, shows = [] }) => {
    const rating = rate(h, DEFAULT_SETTINGS, NOW);
    expect(bands).toContain(rating.band);
    expect(factorIds(rating)).toEqual(expect.arrayContaining(shows));
    if (rating.band === 'insufficient') expect(rating.score).toBeNull();
    else expect(rating.score).toBeGreaterThanOrEqual(0);
  });

  it('shows the old angry message as weighing almost nothing', () => {
    const rating = rate(built[4]!.history, DEFAULT_SETTINGS, NOW);
    const old = rating.factors.filter((f) => f.kind === 'warning');
    for (const f of old) expect(Math.abs(f.points)).toBeLessThan(2);
  });

  it('rates the same flags across five tickets worse than on one', () => {
    const flags = ["I'll pay the invoice next month, money is tight.", 'I will leave a one-star review on Yelp and tell everyone about this.'];
    const quiet = quietTickets(7, 60, 30);
    const onOne = history([{ daysAgo: 20, messages: [...flags, ...flags, ...flags, ...flags, ...flags] }, ...quiet]);
    const acrossFive = history([...[20, 25, 30, 35, 40].map((daysAgo) => ({ daysAgo, messages: flags })), ...quiet.slice(4)]);
    const one = rate(onOne, DEFAULT_SETTINGS, NOW);
    const five = rate(acrossFive, DEFAULT_SETTINGS, NOW);
    expect(one.stats.ticketsInWindow).toBe(five.stats.ticketsInWindow);
    expect(five.score!).toBeLessThan(one.score!);
    expect(late(one).tickets).toBe(1);
    expect(late(five).tickets).toBe(5);
    expect(late(five).points).toBeLessThan(late(one).points);
  });

  it('weighs a complaint with abuse more than the same complaint made politely', () => {
    const polite = history([{ daysAgo: 5, messages: ['The site has been down since this morning. This is really frustrating, please look into it.'] }, ...quietTickets(2, 50, 30)]);
    const hostile = history([{ daysAgo: 5, messages: ['Your support is a joke, you people are useless and the site is still down.'] }, ...quietTickets(2, 50, 30)]);
    expect(complaint(polite)!.points).toBeGreaterThan(-2);
    expect(complaint(hostile)!.points).toBeLessThan(complaint(polite)!.points);
    expect(complaint(hostile)!.data.hostile).toBe(1);
  });

  it('keeps many polite complaints within their cap, even beside one hostile one', () => {
    const polite = Array.from({ length: 12 }, (_, i) => ({ daysAgo: 5 + i, messages: ['The site is still down and it is really frustrating, please look into it.'] }));
    const politeOnly = complaint(history(polite))!.points;
    expect(politeOnly).toBe(-DEFAULT_SETTINGS.polite_complaint_cap);
    const withOne = complaint(history([...polite, { daysAgo: 30, messages: ['Your support is a joke, you people are useless and the site is still down.'] }]))!.points;
    expect(withOne).toBeLessThan(politeOnly);
    expect(withOne).toBeGreaterThan(politeOnly - 3 * DEFAULT_SETTINGS.complaint_hostile_multiplier * DEFAULT_SETTINGS.weight_complaint);
  });

  it('does not hear an agent, or an internal note, as the customer', () => {
    const h = history([
      {
        daysAgo: 5,
        messages: [
          { text: 'You people are useless idiots.', daysAgo: 5, by: 'agent' },
          { text: 'You people are useless idiots.', daysAgo: 5, public: false },
          'How do I add a user?',
        ],
      },
      ...quietTickets(2, 50, 30),
    ]);
    expect(factorIds(rate(h, DEFAULT_SETTINGS, NOW))).not.toContain('abuse');
  });
});

describe('the demo account', () => {
  const account = createDemoAccount({ now: new Date('2026-11-23T10:00:00Z') });
  const cases: { key: RequesterKey; bands: Band[]; shows?: string[] }[] = [
    { key: 'loyal', bands: ['good'], shows: ['gratitude'] },
    { key: 'outage', bands: ['good', 'watch'] },
    { key: 'late-payer', bands: ['poor'], shows: ['review-threat', 'billing-tags'] },
    { key: 'abusive', bands: ['poor'], shows: ['abuse'] },
    { key: 'newcomer', bands: ['insufficient'] },
    { key: 'heavy', bands: ['watch', 'poor'], shows: ['ticket-volume'] },
    { key: 'unsafe', bands: ['good', 'watch'] },
    { key: 'old-anger', bands: ['good'] },
  ];
  // What the sidebar and the CLI rate with (the learned detectors), and what they fall back to.
  const readers = { 'the learned detectors': () => createReader(committedModel()), 'the patterns alone': () => createReader(null) };
  const runs = cases.flatMap((c) => Object.entries(readers).map(([reading, reader]) => ({ ...c, reading, reader })));
  it.each(runs)('rates $key as $bands with $reading', ({ key, bands, shows = [], reader }) => {
    const bundle = toHistoryBundle(account, key);
    const rating = rate(bundle, DEFAULT_SETTINGS, new Date(bundle.now), reader());
    expect(bands).toContain(rating.band);
    expect(factorIds(rating)).toEqual(expect.arrayContaining(shows));
    for (const factor of rating.factors) {
      for (const e of factor.evidence) {
        if (e.highlight) expect(e.highlight.end).toBeLessThanOrEqual(e.excerpt.length);
      }
    }
  });

  it('quotes the abusive words themselves as evidence', () => {
    const bundle = toHistoryBundle(account, 'abusive');
    const abuse = rate(bundle, DEFAULT_SETTINGS, new Date(bundle.now)).factors.find((f) => f.id === 'abuse')!;
    const e = abuse.evidence[0]!;
    expect(e.commentId).not.toBeNull();
    expect(e.excerpt.slice(e.highlight!.start, e.highlight!.end).length).toBeGreaterThan(2);
    const comment = bundle.comments[String(e.ticketId)]!.find((c) => c.id === e.commentId)!;
    expect(comment.author_id).toBe(bundle.user.id);
  });
});
