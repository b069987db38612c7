import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals/index';

const spans = (text: string, signal?: string): string[] =>
  classify(text)
    .filter((h) => !signal || h.signal === signal)
    .map((h) => text.slice(h.start, h.end));

describe('classify reads only the customer\'s own new words', () => {
  it('ignores an "On ... wrote:" quoted reply below the new text', () => {
    const text = 'Sounds good, see you Monday.\n\nOn Tue, 3 Mar 2026 at 10:02, Support <help@acme.test> wrote:\n> If you are unhappy you can speak to a manager or dispute the charge with your bank.';
    expect(spans(text, 'escalation-demand')).toEqual([]);
    expect(spans(text, 'legal-threat')).toEqual([]);
  });
  it('ignores ">" lines but reads the words after them', () => {
    const text = '> you could leave a bad review on Yelp\nNo thanks. I want to speak to a manager.';
    expect(spans(text, 'review-threat')).toEqual([]);
    expect(spans(text, 'escalation-demand').join()).toContain('speak to a manager');
  });
  it('ignores an Original Message block and a legal disclaimer', () => {
    const text = 'Please send the invoice.\n-----Original Message-----\nFrom: Bob\nI will sue you.\n';
    expect(spans(text, 'legal-threat')).toEqual([]);
    const disclaimer = 'Order 42 please.\nThis email and any attachments are confidential and intended solely for the addressee; legal action may follow misuse.';
    expect(spans(disclaimer, 'legal-threat')).toEqual([]);
  });
  it('reads a sign-off as a sign-off, not as gratitude', () => {
    expect(spans('Please reset my password.\n\nThanks,\nJane Doe\nAcme Ltd', 'gratitude')).toEqual([]);
  });
  it('skips quoted mail in HTML (blockquote, gmail_quote)', () => {
    const html = '<div>Fine.</div><div class="gmail_quote">On Mon wrote:<blockquote>I will call my lawyer</blockquote></div>';
    expect(spans(html, 'legal-threat')).toEqual([]);
  });
});

describe('spans index the original text', () => {
  it('maps hits in HTML with entities back to the original characters', () => {
    const html = '<p>Hello,</p><p>I&#39;m going to leave a <b>1 star</b> review&nbsp;on Yelp &amp; tell everyone I know about this.</p>';
    const hits = classify(html).filter((h) => h.signal === 'review-threat');
    expect(hits.length).toBeGreaterThan(0);
    const first = html.slice(hits[0]!.start, hits[0]!.end);
    expect(first.startsWith('leave a ')).toBe(true);
    expect(first).toContain('1 star</b> review');
  });
  it('finds profanity written with look-alike letters and invisible characters, spanning the original', () => {
    const cyrillic = 'This is ѕһіt.';
    expect(spans(cyrillic, 'profanity')).toEqual(['ѕһіt']);
    const hidden = 'what the f\u200buck';
    expect(spans(hidden, 'profanity')).toEqual(['f\u200buck']);
  });
  it('never throws and always returns sorted spans inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const hits = classify(text);
        let last = -1;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(0);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          expect(h.start).toBeGreaterThanOrEqual(last);
          last = h.start;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('finds the same words in plain text and in the same text wrapped in HTML', () => {
    const words = ['I will sue', 'speak to a manager', 'thank you so much', 'still not working', 'you are idiots'];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom('<p>', '<div><b>', '<span>'), (phrase, tag) => {
        const plain = spans(`Hello. ${phrase}.`);
        const html = `${tag}Hello. ${phrase}.</p>`;
        const inHtml = classify(html).map((h) => html.slice(h.start, h.end).replace(/<[^>]+>/g, ''));
        expect(inHtml).toEqual(plain);
      }),
    );
  });
});

describe('false alarms it must avoid', () => {
  it.each([
    ['legal-threat', 'The collector threatened to sue me.'],
    ['review-threat', 'I would never leave a bad review.'],
    ['complaint', 'This is not a complaint, just a question about opening hours.'],
    ['escalation-demand', 'I am the office manager here.'],
    ['late-payment', 'Our flight was late.'],
    ['review-threat', 'Please review the attached document.'],
    ['profanity', 'We ship to Scunthorpe and Essex.'],
    ['gratitude', 'Thanks for nothing.'],
  ])('%s: %s', (signal, text) => {
    expect(spans(text, signal)).toEqual([]);
  });
  it('gives no signals for a message in another language', () => {
    expect(classify('Je suis très mécontent, je vais porter plainte et laisser un avis négatif. Merci pour rien.')).toEqual([]);
    expect(classify('Estoy muy molesto con el servicio, quiero hablar con el gerente ahora mismo por favor.')).toEqual([]);
  });
  it('still reads a short English message without function words', () => {
    expect(spans('Refund NOW. Worst service ever!!!', 'complaint').length).toBe(1);
  });
});
