import { describe, expect, it } from 'vitest';
import { check, editJson, json, lines, validFiles } from '../fixture';

const withManifest = (edit: (m: Record<string, unknown>) => void) => check(editJson(validFiles(), 'manifest.json', edit));

describe('manifest.json', () => {
  it('must exist at the package root', () => {
    const files = validFiles();
    files.delete('manifest.json');
    expect(lines(check(files))).toContain('manifest.json: is missing: every app package has a manifest at its root.');
  });

  it('is reported when the package was zipped with its folder around it', () => {
    const nested = new Map([...validFiles()].map(([path, data]) => [`dist/${path}`, data]));
    expect(lines(check(nested)).join('\n')).toMatch(/^dist\/manifest\.json: the manifest must be at the root of the package/m);
  });

  it('must be JSON', () => {
    const files = validFiles().set('manifest.json', new TextEncoder().encode('{ "name": "Customer Fit", }'));
    expect(lines(check(files))[0]).toMatch(/^manifest\.json: is not valid JSON/);
  });

  it('must not repeat a key, which JSON.parse would silently collapse', () => {
    const text = '{"name":"A","author":{"name":"x","email":"a@b.co","url":"https://a.b","name":"y"},"name":"B"}';
    const problems = lines(check(validFiles().set('manifest.json', new TextEncoder().encode(text))));
    expect(problems).toContain('manifest.json › author.name: appears twice; Zendesk rejects repeated keys instead of keeping the last one.');
    expect(problems).toContain('manifest.json › name: appears twice; Zendesk rejects repeated keys instead of keeping the last one.');
  });

  it('needs an author with name, email and url', () => {
    expect(lines(withManifest((m) => delete m.author))).toContain(
      'manifest.json › author: is missing: Zendesk requires an author with name, email and url.',
    );
    expect(lines(withManifest((m) => (m.author = { name: 'A', url: 'https://a.example' })))).toContain(
      'manifest.json › author.email: is missing or empty.',
    );
  });

  it('needs a valid author url and email', () => {
    const problems = lines(withManifest((m) => (m.author = { name: 'A', email: 'nobody', url: 'github.com/x' })));
    expect(problems).toContain('manifest.json › author.url: "github.com/x" is not a valid http(s) url.');
    expect(problems).toContain('manifest.json › author.email: "nobody" is not an email address; users send support requests there.');
  });

  it('warns about a placeholder author contact before publishing, not for a private app', () => {
    const placeholder = { name: 'A', email: 'set-before-publishing@customer-fit.invalid', url: 'https://customer-fit.invalid/set-before-publishing' };
    const published = lines(withManifest((m) => ((m.author = placeholder), (m.private = false))), 'warning');
    expect(published).toContain('manifest.json › author.email: "set-before-publishing@customer-fit.invalid" is a placeholder: set a real contact before publishing (users send support requests there).');
    expect(published).toContain('manifest.json › author.url: "https://customer-fit.invalid/set-before-publishing" is a placeholder: set a real contact before publishing (users send support requests there).');
    expect(withManifest((m) => ((m.author = placeholder), (m.private = true))).map((p) => p.message).join('\n')).not.toMatch(/placeholder/);
    expect(withManifest((m) => ((m.author = { name: 'A', email: 'help@harborlight.io', url: 'https://harborlight.io' }), (m.private = false))).map((p) => p.message).join('\n')).not.toMatch(/placeholder/);
  });

  it('the app\'s own manifest says its author must be set before publishing', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as { private: boolean; author: Record<string, string> };
    expect(manifest.private).toBe(true);
    expect(`${manifest.author.name} ${manifest.author.email} ${manifest.author.url}`).toMatch(/set before publishing|set-before-publishing/);
  });

  it('needs a defaultLocale that is a locale', () => {
    expect(lines(withManifest((m) => delete m.defaultLocale))).toContain('manifest.json › defaultLocale: is missing: Zendesk requires it (e.g. "en").');
    expect(lines(withManifest((m) => (m.defaultLocale = 'English')))).toContain(
      'manifest.json › defaultLocale: "English" is not a locale such as "en" or "pt-br".',
    );
  });

  it('needs a frameworkVersion that Zendesk serves', () => {
    expect(lines(withManifest((m) => delete m.frameworkVersion))).toContain('manifest.json › frameworkVersion: is missing: use "2.0".');
    expect(lines(withManifest((m) => (m.frameworkVersion = '1.0')))).toContain(
      'manifest.json › frameworkVersion: "1.0" is not a version Zendesk serves (2.0).',
    );
  });

  it('wants flags to be booleans and warns when the version is missing', () => {
    expect(lines(withManifest((m) => (m.private = 'yes')))).toContain('manifest.json › private: must be true or false.');
    expect(lines(withManifest((m) => delete m.version), 'warning')[0]).toMatch(/^manifest\.json › version: is missing/);
  });

  it('rejects a manifest that is not an object', () => {
    expect(lines(check(validFiles().set('manifest.json', json([1, 2]))))).toContain('manifest.json: must hold a JSON object at the top level.');
  });
});
