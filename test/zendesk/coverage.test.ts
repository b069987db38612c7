import { describe, expect, it } from 'vitest';
import { coverageOf, knownTotal, missingTickets, type CountFacts } from '../../src/zendesk/history/coverage';

const facts = (over: Partial<CountFacts>): CountFacts => ({ listed: null, archivedCounted: null, listCut: false, archivedCut: false, warm: false, ...over });

describe('what the loader says of the ticket count', () => {
  it.each([
    ['a list still being read', facts({}), null],
    ['a list read to its end', facts({ listed: 1500 }), 1500],
    ['a cold list cut short', facts({ listed: null, listCut: true }), null],
    ["a re-open whose check failed: the cached total stands", facts({ listed: 1500, listCut: true, warm: true }), 1500],
    ['archived tickets Search counted beyond the list', facts({ listed: 1500, archivedCounted: 1100 }), 2600],
    ['an archived search that failed before its count', facts({ listed: 1500, archivedCut: true }), null],
    ['an export that failed after Search counted', facts({ listed: 1500, archivedCounted: 1100, archivedCut: true }), 2600],
  ])('%s', (_name, given, total) => {
    expect(knownTotal(given)).toBe(total);
  });

  it('counts the tickets a cut left out only when Zendesk told how many there are', () => {
    expect(missingTickets(facts({ listCut: true }), 100)).toBeNull();
    expect(missingTickets(facts({ listed: 1500, listCut: true, warm: true }), 1500)).toBeNull();
    expect(missingTickets(facts({ listed: 1500, archivedCounted: 1100, archivedCut: true }), 2500)).toBe(100);
    // Never "0 missing" while something failed.
    expect(missingTickets(facts({ listed: 1500, archivedCounted: 0, archivedCut: true }), 1500)).toBe(1);
  });

  it('marks a rating provisional when the total is unknown or under 90 % of it was read', () => {
    expect(coverageOf(100, null)).toEqual({ read: 100, total: null, provisional: true });
    expect(coverageOf(1349, 1500)).toEqual({ read: 1349, total: 1500, provisional: true });
    expect(coverageOf(1350, 1500)).toEqual({ read: 1350, total: 1500, provisional: false });
    expect(coverageOf(0, 0)).toEqual({ read: 0, total: 0, provisional: false });
    // The total is never below what was read.
    expect(coverageOf(12, 10)).toEqual({ read: 12, total: 12, provisional: false });
  });
});
