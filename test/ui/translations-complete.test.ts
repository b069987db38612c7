import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../translations/en.json';
import de from '../../translations/de.json';
import { WARNING_PROBLEM_CODES } from '../../src/core/warnings/types';

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

type Leaf = string | Record<string, string>;

function at(node: unknown, key: string): Leaf {
  return key.split('.').reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], node) as Leaf;
}

/** The `{{names}}` a string (or any of its plural forms) fills, sorted. */
function placeholders(leaf: Leaf | undefined): string[] {
  const texts = typeof leaf === 'string' ? [leaf] : Object.values(leaf ?? {});
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!)))].toSorted();
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

  it('German fills the same placeholders as English and has every plural form German needs', () => {
    const germanForms = new Intl.PluralRules('de').resolvedOptions().pluralCategories;
    const mismatched = [...enKeys].flatMap((key) => {
      const english = at(en, key);
      const german = at(de, key);
      const problems: string[] = [];
      if (placeholders(english).join() !== placeholders(german).join()) problems.push(`${key}: placeholders`);
      if (typeof english === 'object' && (typeof german !== 'object' || germanForms.some((form) => typeof german[form] !== 'string')))
        problems.push(`${key}: plural forms`);
      return problems;
    });
    expect(mismatched).toEqual([]);
  });

  it('German reads as German: no dunning notice, no doubled "zuletzt letzten", the final notice is "Letzte Verwarnung"', () => {
    const texts = leafKeys(de).map((key) => [key, JSON.stringify(at(de, key))] as const);
    const literal = [/Mahnung/i, /zuletzt letzte/i, /Klartext/, /Passwert/, /offenes? Bedenken/, /Verwarnung [123]\b/, /letzter? Hinweis/i];
    expect(texts.filter(([, text]) => literal.some((pattern) => pattern.test(text))).map(([key]) => key)).toEqual([]);
    expect([at(de, 'ui.warning.level.3'), at(de, 'ui.watchlist.level.final-notice')]).toEqual(['Letzte Verwarnung', 'Letzte Verwarnung']);
    expect(at(de, 'ui.action.strike.open3')).toBe('Letzte Verwarnung erteilen');
  });

  it('German speaks of one item without an article before the number ("Das Zitat zeigen", not "Das 1 Zitat zeigen")', () => {
    const ones = leafKeys(de).flatMap((key) => {
      const leaf = at(de, key);
      return typeof leaf === 'object' && leaf.one ? [[key, leaf.one] as const] : [];
    });
    const awkward = /\b(das|der|die|dem|den|ihr|ihrem|ihren|sein|seinem|seinen)\s+\{\{\s*count\s*\}\}/i;
    expect(ones.filter(([, text]) => awkward.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('every problem the warning fields can have is worded in English and German', () => {
    const keys = WARNING_PROBLEM_CODES.map((code) => `ui.warning.problem.${code}`);
    expect(keys.filter((key) => !enKeys.has(key) || !deKeys.has(key))).toEqual([]);
  });

  it('every literal key the UI asks for exists in English', () => {
    const used = sourceFiles(path.join(root, 'src/ui')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'(ui\.[\w.-]+)'/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((key) => !enKeys.has(key))).toEqual([]);
  });
});
