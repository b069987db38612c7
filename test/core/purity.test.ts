import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The core keeps no state between calls: the same inputs give the same result whatever ran before.
// A module-level `let`, or a module-level collection that can be written, is where such state
// would hide; the behavioural checks are in the signal and rating tests ("A, then B, then A").
const root = path.resolve(__dirname, '../../src/core');
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f));

const MUTABLE_BINDING = /^(?:export )?(?:let|var) /;
// A module-level collection must be typed read-only: `const X: ReadonlySet<string> = new Set(...)`.
const WRITABLE_COLLECTION = /^(?:export )?const \w+ = new (?:Map|Set|WeakMap|WeakSet|Array|Int8Array|Int32Array|Uint8Array|Uint16Array|Float32Array|Float64Array)\b/;

function offenders(pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('src/core has no module-level mutable state', () => {
  it('reads every core module', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('declares no module-level let or var', () => {
    expect(offenders(MUTABLE_BINDING)).toEqual([]);
  });

  it('types every module-level collection as read-only', () => {
    expect(offenders(WRITABLE_COLLECTION)).toEqual([]);
  });

  it('would catch a module-level cache', () => {
    expect(MUTABLE_BINDING.test('let lastText: string | null = null;')).toBe(true);
    expect(WRITABLE_COLLECTION.test('const cache = new Map<number, string>();')).toBe(true);
    expect(WRITABLE_COLLECTION.test('const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);')).toBe(false);
  });
});
