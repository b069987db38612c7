import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTING_DEFINITIONS } from '../../../src/core/settings';
import { SIGNAL_IDS, signals } from '../../../src/core/signals/index';
import { weightKey } from '../../../src/core/signals/define';

// One signal, one module: its weight setting, whether it makes a complaint hostile, and its strings
// in every language are derived from or checked against what the module defines.
const translations = path.resolve(import.meta.dirname, '../../../translations');
const locales = readdirSync(translations).filter((f) => f.endsWith('.json'));

function at(tree: unknown, keys: readonly string[]): unknown {
  return keys.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), tree);
}

describe.each(SIGNAL_IDS)('the signal %s', (id) => {
  const module = signals.find((s) => s.meta.id === id)!;

  it('is defined once, with its metadata frozen', () => {
    expect(signals.filter((s) => s.meta.id === id)).toHaveLength(1);
    expect(Object.isFrozen(module.meta)).toBe(true);
  });

  it('gives the app its weight setting', () => {
    const key = weightKey(id);
    expect((SETTING_DEFINITIONS as Record<string, unknown>)[key]).toBe(module.meta.weight);
    expect(module.meta.weight.text.label.length).toBeGreaterThan(3);
    expect(module.meta.weight.text.labelDe.length).toBeGreaterThan(3);
  });

  it.each(locales)('has its factor name, explanation and phrases in %s', (file) => {
    const tree = JSON.parse(readFileSync(path.join(translations, file), 'utf8')) as unknown;
    for (const keys of [['ui', 'factor', id, 'name'], ['ui', 'factor', id, 'explain'], ['ui', 'phrase', id, 'one'], ['ui', 'phrase', id, 'other']]) {
      const text = at(tree, keys);
      expect(typeof text === 'string' && text.length > 0, `${file}: ${keys.join('.')}`).toBe(true);
    }
  });
});

describe('the hostile signals', () => {
  it('are the ones whose module says so', () => {
    expect(signals.filter((s) => s.meta.hostile).map((s) => s.meta.id).toSorted()).toEqual(
      ['abuse', 'expertise-disrespect', 'legal-threat', 'past-vendor-blame', 'profanity', 'review-threat'].toSorted(),
    );
  });
});
