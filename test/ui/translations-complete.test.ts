import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json';
import de from '../../translations/de.json';

const root = path.resolve(import.meta.dirname, '../..');

function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (!node || typeof node !== 'object') return [];
  const entries = Object.entries(node as Record<string, unknown>);
  // A plural object (one/other...) counts as one string.
  if (entries.length && entries.every(([k, v]) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k) && typeof v === 'string'))
    return [prefix];
  return entries.flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('translations', () => {
  const enKeys = new Set(leafKeys(en));
  const deKeys = new Set(leafKeys(de));

  it('German has every string English has', () => {
    expect([...enKeys].filter((key) => !deKeys.has(key))).toEqual([]);
  });

  it('every literal key the UI asks for exists in English', () => {
    const used = sourceFiles(path.join(root, 'src/ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(ui\.[\w.-]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !enKeys.has(key))).toEqual([]);
  });
});
