import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals/index';

// Characters that show nothing, or only mark the letter before them, inside a threat word: the
// detectors read past them, and the hit's span still covers the word as written.
const hidden: [string, string][] = [
  ['a NUL', '\u0000'],
  ['a direction override', '\u202e'],
  ['a pop-directional mark', '\u202c'],
  ['a zero-width space', '\u200b'],
  ['a combining acute accent', '\u0301'],
  ['a combining low line', '\u0332'],
  ['a variation selector', '\ufe0f'],
  ['a soft hyphen', '\u00ad'],
];

describe('invisible characters inside a threat word', () => {
  it.each(hidden)('%s does not hide "sue"', (_name, ch) => {
    const text = `I will s${ch}ue you if this is not fixed`;
    const hit = classify(text).find((h) => h.signal === 'legal-threat');
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toContain(`s${ch}ue`);
  });

  it.each(hidden)('%s does not hide an insult', (_name, ch) => {
    expect(classify(`you are all id${ch}iots`).map((h) => h.signal)).toContain('abuse');
  });

  it('a control character between words is read as nothing, not as a letter', () => {
    expect(classify('I will sue\u0007 you').map((h) => h.signal)).toContain('legal-threat');
  });
});

describe('a very long message', () => {
  const filler = 'We went through the settings together and the export ran fine on the test account. '.repeat(800);

  it('is read to its end: a threat after 60,000 characters is found', () => {
    const text = `${filler}If the money is not back by Friday I will sue you.`;
    expect(text.length).toBeGreaterThan(60_000);
    const hit = classify(text).find((h) => h.signal === 'legal-threat');
    expect(text.slice(hit!.start, hit!.end)).toContain('sue');
  });

  it('keeps every repeated insult, not just the first few thousand words', () => {
    const text = 'You people are idiots. '.repeat(3000);
    expect(classify(text).filter((h) => h.signal === 'abuse')).toHaveLength(3000);
  });
});

describe('classification has no memory', () => {
  const a = 'This is the third time I am writing about the same broken export, I will sue you.';
  const b = '<p>Thanks so much, <b>that fixed it</b>! Have a great weekend.</p>';

  it('classifying A, then B, then A gives the same result for A', () => {
    const first = classify(a);
    classify(b);
    classify('x'.repeat(50_000));
    expect(classify(a)).toEqual(first);
  });

  it('a result is not changed by the next call', () => {
    const first = classify(a);
    const copy = structuredClone(first);
    classify(b);
    classify(a + ' again');
    expect(first).toEqual(copy);
  });
});
