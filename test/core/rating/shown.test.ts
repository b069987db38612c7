import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals';
import { createReader, rate } from '../../../src/core/rating';
import { signOffSpan } from '../../../src/core/rating/shown';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { committedModel } from '../../helpers/model';
import { history, NOW, quietTickets } from './builders';

const reader = createReader(committedModel());
const factor = (h: ReturnType<typeof history>, id: string) => rate(h, DEFAULT_SETTINGS, NOW, reader).factors.find((f) => f.id === id);

const signed = (ask: string) => `Hi team, ${ask} Thanks, Bram\n\nBram Fischer | Pixelmint Agency`;

describe('gratitude counts thanks for the conversation, and a sign-off once', () => {

  it('finds the sign-off that closes a message, in its text or its HTML, and not thanks that say something', () => {
    expect(signOffSpan(signed('can you check the zone?'))).not.toBeNull();
    expect(signOffSpan('<p>Can you check the zone? Thanks, Bram</p><p>Bram Fischer | Pixelmint Agency</p>')).not.toBeNull();
    expect(signOffSpan('Could you reset it? Thanks in advance!')).not.toBeNull();
    for (const sincere of ['Thanks!', 'Perfect, thank you.', 'Great, cheers.', 'It works now. Thanks so much, that fixed it!', 'Fixed, thanks for your help!']) {
      expect(signOffSpan(sincere), sincere).toBeNull();
    }
  });

  it('counts a sign-off repeated in twenty messages once', () => {
    const asks = Array.from({ length: 20 }, (_, i) => ({ daysAgo: 5 + i * 3, messages: [signed(`for site${i}.example: can you renew the certificate?`)] }));
    const gratitude = factor(history(asks), 'gratitude');
    expect(gratitude?.count ?? 0).toBeLessThanOrEqual(1);
  });

  it('counts every sincere thank-you', () => {
    const thanks = Array.from({ length: 4 }, (_, i) => ({ daysAgo: 5 + i * 10, messages: ['That fixed it, thank you so much for the quick help!'] }));
    expect(factor(history([...thanks, ...quietTickets(2, 60, 10)]), 'gratitude')!.count).toBe(4);
  });
});

describe('a complaint is shown, and counts, only when the detectors are sure enough', () => {
  it('does not show a polite request, an apology or a smiley question as a complaint', () => {
    const polite = history([
      { daysAgo: 3, messages: ["Hi, I've locked myself out of the shop admin again, sorry! Could you send a reset link?"] },
      { daysAgo: 9, messages: ['Could you help me connect the signup form on the homepage to our Mailchimp list? I have the API key.'] },
      { daysAgo: 20, messages: ['Quick question, how do I change the logo on the invoices? :)'] },
      ...quietTickets(2, 40, 10),
    ]);
    expect(factor(polite, 'complaint')).toBeUndefined();
  });

  it('still shows a plain complaint', () => {
    const upset = history([{ daysAgo: 3, messages: ['The site has been down for two hours and nobody answers. This is unacceptable.'] }, ...quietTickets(2, 40, 10)]);
    expect(factor(upset, 'complaint')!.count).toBe(1);
  });

  it('highlights the complaint from the start of a sentence, never from inside a domain name', () => {
    const text = 'Hi team, for cedarpediatrics.example: the contact form stopped sending emails and nobody has answered in two days. This is unacceptable.';
    const hit = classify(text).find((h) => h.signal === 'complaint')!;
    expect(text.slice(hit.start, hit.end)).not.toMatch(/^example/);
    expect(text.slice(0, hit.start)).not.toMatch(/\.$/);
  });
});

describe('a long, calm relationship', () => {
  it('is not claimed for a customer of a few months', () => {
    const recent = history(quietTickets(4, 5, 30), { userCreatedDaysAgo: 130 });
    expect(factor(recent, 'tenure')).toBeUndefined();
  });

  it('is not claimed while a warning sign stands at its cap', () => {
    const flood = history(Array.from({ length: 120 }, (_, i) => ({ daysAgo: i * 3 + 1 })), { userCreatedDaysAgo: 900 });
    const rating = rate({ ...flood, baseline: { tickets: 40, requesters: 100, windowDays: 90 } }, DEFAULT_SETTINGS, NOW, reader);
    expect(rating.factors.find((f) => f.id === 'ticket-volume')!.points).toBe(-DEFAULT_SETTINGS.factor_cap);
    expect(rating.factors.find((f) => f.id === 'tenure')).toBeUndefined();
  });

  it('is claimed for a quiet customer of years', () => {
    expect(factor(history(quietTickets(4, 5, 30), { userCreatedDaysAgo: 900 }), 'tenure')!.points).toBeGreaterThan(0);
  });
});
