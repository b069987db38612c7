import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setJsonKey } from '../../../scripts/sync-settings';
import { manifestParameters, SETTING_DEFINITIONS, settingsMarkdown, translationParameters } from '../../../src/core/settings';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const hint = 'run npx tsx scripts/sync-settings.ts';

describe('the settings files agree with the definitions', () => {
  it('manifest.json declares every setting', () => {
    expect(JSON.parse(read('manifest.json')).parameters, hint).toEqual(manifestParameters());
  });

  it.each(['en', 'de'] as const)('translations/%s.json labels every setting', (locale) => {
    expect(JSON.parse(read(`translations/${locale}.json`)).app.parameters, hint).toEqual(translationParameters(locale));
  });

  it('docs/settings.md documents every setting', () => {
    const doc = read('docs/settings.md');
    expect(doc, hint).toBe(settingsMarkdown());
    for (const p of manifestParameters()) expect(doc).toContain(`\`${p.name}\``);
    for (const key of Object.keys(SETTING_DEFINITIONS)) expect(doc).toContain(`| \`${key}\``);
  });

  it('replaces only the one key of a JSON file', () => {
    const before = JSON.stringify({ name: 'Customer Fit', app: { name: 'x', parameters: { old: { label: 'Old' } } }, ui: { a: 1 } });
    const after = JSON.parse(setJsonKey(before, ['app', 'parameters'], { new: { label: 'New' } }));
    expect(after).toEqual({ name: 'Customer Fit', app: { name: 'x', parameters: { new: { label: 'New' } } }, ui: { a: 1 } });
  });
});
