import { describe, expect, it } from 'vitest';
import { check, editJson, json, lines, validFiles } from '../fixture';

describe('translations/', () => {
  it('holds only files named after a locale', () => {
    const files = validFiles().set('translations/english.json', json({ app: { name: 'x' } }));
    files.set('translations/old/en.json', json({}));
    const problems = lines(check(files));
    expect(problems).toContain('translations/english.json: "english" is not a locale; name the file like en.json, de.json or pt-br.json.');
    expect(problems).toContain('translations/old/en.json: does not belong in translations/, which holds only <locale>.json files.');
    expect(lines(check(validFiles().set('translations/pt-br.json', json({ app: {} }))))).toEqual([]);
  });

  it('needs the default locale file', () => {
    const files = validFiles();
    files.delete('translations/en.json');
    expect(lines(check(files))).toContain('translations/en.json: is missing: the default locale "en" needs its translation file.');
  });

  it('needs app.name in the default locale', () => {
    const files = editJson(validFiles(), 'translations/en.json', (t) => delete (t.app as Record<string, unknown>).name);
    expect(lines(check(files))).toContain('translations/en.json › app.name: is missing: the app is listed under this name.');
  });

  it('warns when the app name is longer than a listing shows', () => {
    const files = editJson(validFiles(), 'translations/en.json', (t) => ((t.app as Record<string, unknown>).name = 'Customer Fit for Zendesk Support Agents and Leads'));
    expect(lines(check(files), 'warning')).toContain('translations/en.json › app.name: is 49 characters; a listing name has at most 40.');
  });

  it('needs the marketplace strings once the app is public', () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => (m.private = false));
    const problems = lines(check(files));
    expect(problems).toContain('translations/en.json › app.long_description: is missing: a public app needs it for its marketplace listing.');
    expect(problems).toContain('translations/en.json › app.installation_instructions: is missing: a public app needs it for its marketplace listing.');
  });

  it('needs a label for every setting of the manifest in the default locale', () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => (m.parameters as unknown[]).push({ name: 'team_lead_group' }));
    expect(lines(check(files))).toContain(
      'translations/en.json › app.parameters.team_lead_group.label: is missing: the settings form would show the raw name "team_lead_group".',
    );
  });

  it('needs a label on each parameter entry in any locale', () => {
    const files = editJson(validFiles(), 'translations/de.json', (t) => {
      (t.app as Record<string, unknown>).parameters = { hourly_cost: { helpText: 'Kosten' } };
    });
    expect(lines(check(files))).toContain('translations/de.json › app.parameters.hourly_cost.label: is missing: each setting entry needs a label.');
  });

  it('warns about labels for settings the manifest no longer has', () => {
    const files = editJson(validFiles(), 'translations/de.json', (t) => {
      (t.app as Record<string, unknown>).parameters = { hourly_cost: { label: 'a' }, hourly_rate: { label: 'b' } };
    });
    expect(lines(check(files), 'warning')).toContain(
      'translations/de.json › app.parameters.hourly_rate: labels a setting the manifest does not define (renamed or removed?).',
    );
  });

  it('warns when another locale leaves settings unlabelled', () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => (m.parameters as unknown[]).push({ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd' }));
    const labelled = editJson(files, 'translations/en.json', (t) => {
      (t.app as Record<string, unknown>).parameters = Object.fromEntries(['hourly_cost', 'a', 'b', 'c', 'd'].map((n) => [n, { label: n }]));
    });
    expect(lines(check(labelled), 'warning')).toEqual([
      'translations/de.json › app.parameters: has no label for a, b, c and 1 more; admins in this locale see the en one.',
    ]);
  });

  it('must be JSON objects', () => {
    const files = validFiles().set('translations/de.json', new TextEncoder().encode('{"app": '));
    expect(lines(check(files))[0]).toMatch(/^translations\/de\.json: is not valid JSON/);
  });
});
