import { classify } from '../../src/core/signals/index';
import * as expertise from '../../src/core/signals/rules/expertise-disrespect';
import * as gratitude from '../../src/core/signals/rules/gratitude';
import * as late from '../../src/core/signals/rules/late-payment';
import * as legal from '../../src/core/signals/rules/legal-threat';
import * as vendor from '../../src/core/signals/rules/past-vendor-blame';
import * as repeat from '../../src/core/signals/rules/repeat-issue';
import * as review from '../../src/core/signals/rules/review-threat';
import type { KeyedPatterns } from '../../src/core/signals/scan';
import type { KeyFinder } from '../../src/core/text/keys';

/** Every keyed group of every rule (test/core/signals/keys.test.ts fails when a rule's is not here). */
export const KEYED_GROUPS: readonly KeyedPatterns[] = [expertise, gratitude, late, legal, vendor, repeat, review].flatMap((module) =>
  Object.values(module).filter((value): value is KeyedPatterns => typeof value === 'object' && value !== null && 'finder' in value),
);

// Finds every group, as if each pattern's keys were in every message.
const everything = (groups: number): KeyFinder => ({ words: Math.ceil(groups / 32) || 1, find: (_text, found) => found.fill(-1) });

/**
 * Runs `read` with every keyed pattern tried on every message, its keys ignored; the keys are put
 * back before it returns.
 *
 * @param read - what to run without the keys
 * @returns what `read` returns
 * @example withoutKeys(() => classify('I will sue you').length) // => 1
 */
export function withoutKeys<T>(read: () => T): T {
  const all = KEYED_GROUPS;
  const finders = all.map((k) => k.finder);
  all.forEach((k) => Object.assign(k, { finder: everything(k.patterns.length) }));
  try {
    return read();
  } finally {
    all.forEach((k, i) => Object.assign(k, { finder: finders[i] }));
  }
}

function key(text: string): string {
  return JSON.stringify(classify(text).map((h) => [h.signal, h.start, h.end]));
}

function count(list: readonly string[]): number {
  return list.reduce((n, s) => n + (JSON.parse(s) as unknown[]).length, 0);
}

/**
 * Compares the patterns run behind their keys with every pattern run on every message.
 *
 * @param texts - the messages
 * @returns how many messages, hits found each way, and how many messages differ
 * @example checkKeys(['I will sue you']).differ // => 0
 */
export function checkKeys(texts: readonly string[]): { messages: number; keyed: number; all: number; differ: number } {
  const keyed = texts.map(key);
  const all = withoutKeys(() => texts.map(key));
  return { messages: texts.length, keyed: count(keyed), all: count(all), differ: keyed.filter((s, i) => s !== all[i]).length };
}
