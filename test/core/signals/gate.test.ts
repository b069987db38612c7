import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/signals/index';
import { signalExamples } from '../../../src/core/signals/examples';
import { checkKeys, KEYED_GROUPS, withoutKeys } from '../../../scripts/eval/gate';
import { airlineTweets, cfpbNarratives, complaintTweets, dataDir, rsics, supportTurns } from '../../../scripts/eval/data';

// The keyed patterns run only on messages with one of their keys. keys.test.ts proves this from
// each regex's syntax; here the same holds in practice: with and without the keys, the detectors
// find the same hits.
const examples = Object.values(signalExamples).flatMap((e) => [...e.flagged.map((f) => f.text), ...e.notFlagged]);
const key = (text: string): string => JSON.stringify(classify(text).map((h) => [h.signal, h.start, h.end]));

describe('the keys of the patterns', () => {
  it('cover every keyed group of every rule', () => {
    const rules = path.resolve(import.meta.dirname, '../../../src/core/signals/rules');
    const built = readdirSync(rules).reduce((n, file) => n + (readFileSync(path.join(rules, file), 'utf8').match(/keyedPatterns\(/g)?.length ?? 0), 0);
    expect(KEYED_GROUPS.length).toBe(built);
  });

  it('lose nothing on the example tables', () => {
    const keyed = examples.map(key);
    expect(withoutKeys(() => examples.map(key))).toEqual(keyed);
  });

  it('can lose a match when a key is wrong (the check above can fail)', () => {
    const [group] = KEYED_GROUPS.filter((g) => g.patterns.some((p) => p.keys.includes('sue')));
    const text = 'I will sue you';
    expect(key(text)).toContain('legal-threat');
    const finder = group!.finder;
    Object.assign(group!, { finder: { words: 1, find: (_t: string, found: Int32Array) => found.fill(0) } });
    try {
      expect(key(text)).not.toContain('legal-threat');
    } finally {
      Object.assign(group!, { finder });
    }
  });

  it.skipIf(!existsSync(dataDir))('lose nothing on any message of the shared data', () => {
    const texts = [...complaintTweets(), ...rsics(), ...cfpbNarratives(), ...airlineTweets(), ...supportTurns()].map((r) => r.text);
    const result = checkKeys(texts);
    expect(result.messages).toBeGreaterThan(80_000);
    expect(result.differ).toBe(0);
  }, 300_000);
});
