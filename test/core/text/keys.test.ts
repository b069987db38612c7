import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyFinder } from '../../../src/core/text/keys';

function find(groups: string[][], text: string): number[] {
  const finder = keyFinder(groups);
  const found = new Int32Array(finder.words);
  finder.find(text, found);
  return groups.map((_, g) => (found[g >> 5]! >>> (g & 31)) & 1);
}

describe('keyFinder', () => {
  it('marks each group with a key in the text', () => {
    const groups = [['sue'], ['bank', 'card'], ['time and']];
    expect(find(groups, 'my card company')).toEqual([0, 1, 0]);
    expect(find(groups, 'sued, time and time again, by the bank')).toEqual([1, 1, 1]);
    expect(find(groups, '')).toEqual([0, 0, 0]);
  });
  it('finds keys inside other keys and across a failed partial match', () => {
    const groups = [['abcd'], ['bc'], ['c']];
    expect(find(groups, 'abce')).toEqual([0, 1, 1]);
    expect(find(groups, 'ababcd')).toEqual([1, 1, 1]);
  });
  it('takes more than 32 groups', () => {
    const groups = Array.from({ length: 40 }, (_, g) => [`k${g}x`]);
    expect(find(groups, 'k39x k3x').flatMap((bit, g) => (bit ? [g] : []))).toEqual([3, 39]);
  });
  it('agrees with a substring search per key', () => {
    const key = fc.string({ unit: fc.constantFrom('a', 'b', ' ', "'"), minLength: 1, maxLength: 4 });
    const groups = fc.array(fc.array(key, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 40 });
    const texts = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', "'", 'é'), maxLength: 40 });
    fc.assert(
      fc.property(groups, texts, (keys, text) => {
        expect(find(keys, text)).toEqual(keys.map((group) => (group.some((k) => text.includes(k)) ? 1 : 0)));
      }),
      { numRuns: 2000 },
    );
  });
});
