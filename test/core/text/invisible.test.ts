import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals';
import { excerptAround } from '../../../src/core/rating';
import { withoutFormatting } from '../../../src/core/text/invisible';

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
