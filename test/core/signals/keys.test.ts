import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KeyedPatterns } from '../../../src/core/signals/scan';
import { keysProved } from '../../helpers/required-keys';

// A keyed pattern runs only on messages that contain one of its keys. The keys are written beside
// each regex; here every one is proved from the regex's syntax, so no key list can hide a match.
const rules = import.meta.glob<Record<string, unknown>>('../../../src/core/signals/rules/*.ts', { eager: true });

function isKeyed(value: unknown): value is KeyedPatterns {
  return typeof value === 'object' && value !== null && 'patterns' in value && 'finder' in value;
}

const groups = Object.entries(rules).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([, value]) => isKeyed(value))
    .map(([name, value]) => ({ file: file.split('/').pop()!, name, keyed: value as KeyedPatterns })),
);
const cases = groups.flatMap(({ file, name, keyed }) => keyed.patterns.map((p, i) => ({ where: `${file} ${name}[${i}]`, pattern: p })));

describe('the keys of the keyed patterns', () => {
  it('are found for every keyed group a rule builds (each is exported, so it is checked here)', () => {
    const built = Object.keys(rules)
      .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8').match(/keyedPatterns\(/g)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(groups.length).toBe(built);
    expect(cases.length).toBeGreaterThan(40);
  });

  it.each(cases)('$where: every match holds one of its keys', ({ pattern }) => {
    expect(keysProved(pattern.re.source, pattern.keys)).toBe(true);
  });

  it('the proof rejects a key the regex does not need', () => {
    expect(keysProved(String.raw`\b(?:called|tried) (?:\d+|two)(?: times)?\b`, ['times'])).toBe(false);
    expect(keysProved(String.raw`\b(?:called|tried) (?:\d+|two)(?: times)?\b`, ['called', 'tried'])).toBe(true);
    expect(keysProved(String.raw`\b(?:[2-9]|\d\d+)(?:st|nd) time\b`, ['nd '])).toBe(false);
    expect(keysProved(String.raw`\bthe (?:2nd|3rd) time\b`, ['nd ', 'rd '])).toBe(true);
  });
});
