import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEnglish } from '../../../src/core/text/language';
import { prepare, toOriginal } from '../../../src/core/text/prepare';

describe('prepare', () => {
  it('keeps plain ASCII text as its lowercase, one to one', () => {
    const p = prepare('Hello THERE');
    expect(p.text).toBe('hello there');
    expect(toOriginal(p, 6, 11)).toEqual([6, 11]);
  });
  it('strips tags, decodes entities and maps every character back', () => {
    const raw = '<p>Don&#39;t &amp; <b>WON&rsquo;T</b></p>';
    const p = prepare(raw);
    expect(p.text.trim()).toBe("don't & won't");
    const at = p.text.indexOf("won't");
    const [s, e] = toOriginal(p, at, at + 5);
    expect(raw.slice(s, e)).toBe('WON&rsquo;T');
  });
  it('folds look-alike letters one to one and drops invisible characters', () => {
    expect(prepare('ѕһіt').text).toBe('shit');
    expect(prepare('ｆｕｃｋ').text).toBe('fuck');
    const p = prepare('f\u200bu\u00adck');
    expect(p.text).toBe('fuck');
    expect(toOriginal(p, 0, 4)).toEqual([0, 6]);
  });
  it('blanks quoted lines and cuts quoted mail, keeping indexes aligned', () => {
    const raw = 'New words\n> old words\nmore new\n\nOn Mon, Jan 5, 2026, Ann wrote:\nquoted';
    const p = prepare(raw);
    expect(p.text.startsWith('new words\n')).toBe(true);
    expect(p.text).not.toContain('old words');
    expect(p.text).toContain('more new');
    expect(p.text).not.toContain('quoted');
    expect(p.text.indexOf('more new')).toBe(raw.indexOf('more new'));
  });
  it('maps any prepared span back inside the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const p = prepare(raw);
        if (p.text.length === 0) return;
        const start = a % p.text.length;
        const end = start + 1 + (b % (p.text.length - start));
        const [s, e] = toOriginal(p, start, end);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(raw.length);
        expect(s).toBeLessThan(e);
      }),
    );
  });
});


describe('isEnglish', () => {
  it('tells English from other languages by their function words', () => {
    expect(isEnglish('i would like to know where my order is')).toBe(true);
    expect(isEnglish('merci beaucoup pour votre aide, je suis tres content')).toBe(false);
    expect(isEnglish('ich bin mit dem service nicht zufrieden und das ist schlecht')).toBe(false);
    expect(isEnglish('refund now')).toBe(true);
  });
});
