import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFinder } from '../../../src/core/text/keys';

describe('keyFinder', () => {
  it('sets the bit of each group with a key in the text', () => {
    const finder = keyFinder([['sue'], ['bank', 'card'], ['time and']]);
    expect(finder.find('my card company')).toBe(2);
    expect(finder.find('sued, time and time again, by the bank')).toBe(7);
    expect(finder.find('')).toBe(0);
  });
  it('finds keys inside other keys and across a failed partial match', () => {
    const finder = keyFinder([['abcd'], ['bc'], ['c']]);
    expect(finder.find('abce')).toBe(6);
    expect(finder.find('ababcd')).toBe(7);
  });
  it('agrees with a substring search per key', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', ' ', "'"), minLength: 1, maxLength: 4 });
    const groups = fc.array(fc.array(key, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    const texts = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', "'", 'é'), maxLength: 40 });
    fc.assert(
      fc.property(groups, texts, (keys, text) => {
        const expected = keys.reduce((bits, group, g) => (group.some((k) => text.includes(k)) ? bits | (1 << g) : bits), 0);
        expect(keyFinder(keys).find(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
