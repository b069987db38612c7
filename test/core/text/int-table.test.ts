import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intTable, lookup } from '../../../src/core/text/int-table';

describe('intTable', () => {
  it('answers like the Map it was built from, for keys it has and keys it lacks', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 0x7fffffff }), fc.integer({ min: 1, max: 1 << 30 })), { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { maxLength: 50 }), (entries, probes) => {
        const map = new Map(entries);
        const table = intTable(map);
        for (const [key, value] of map) expect(lookup(table, key)).toBe(value);
        for (const key of probes) expect(lookup(table, key)).toBe(map.get(key) ?? 0);
      }),
    );
  });

  it('keeps keys that share a first slot apart', () => {
    // 64 keys in 128 slots: some share a first slot, and finding them means probing past the others.
    const map = new Map(Array.from({ length: 64 }, (_, i) => [i * 1024, i + 1] as const));
    const table = intTable(map);
    expect(Array.from({ length: 64 }, (_, i) => lookup(table, i * 1024))).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    expect(lookup(table, 5)).toBe(0);
  });

  it('refuses a key the slots cannot hold', () => {
    expect(() => intTable(new Map([[-1, 1]]))).toThrow('non-negative 31-bit integers, not -1');
    expect(() => intTable(new Map([[2 ** 31, 1]]))).toThrow('not 2147483648');
  });
});
