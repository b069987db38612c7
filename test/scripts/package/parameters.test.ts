import { describe, expect, it } from 'vitest';
import { check, editJson, lines, validFiles } from '../fixture';

/** A package whose manifest has these settings, each labelled in en.json so only the manifest rules speak. */
function withParameters(parameters: Record<string, unknown>[]) {
  const names = parameters.map((p) => p.name).filter((n): n is string => typeof n === 'string');
  let files = editJson(validFiles(), 'manifest.json', (m) => (m.parameters = parameters));
  files = editJson(files, 'translations/en.json', (t) => {
    (t.app as Record<string, unknown>).parameters = Object.fromEntries(names.map((n) => [n, { label: n }]));
  });
  files.delete('translations/de.json');
  return check(files);
}

describe('manifest.json parameters', () => {
  it('accepts every documented type', () => {
    const types = ['text', 'multiline', 'checkbox', 'url', 'number', 'hidden', 'oauth'];
    expect(lines(withParameters(types.map((type) => ({ name: `s_${type}`, type }))))).toEqual([]);
  });

  it('rejects the removed password type with the way to replace it', () => {
    expect(lines(withParameters([{ name: 'token', type: 'password' }]))).toContain(
      'manifest.json › parameters[name="token"].type: "password" is no longer a setting type: use "text" with "secure": true.',
    );
  });

  it('rejects an unknown type', () => {
    expect(lines(withParameters([{ name: 'mode', type: 'select' }]))).toContain(
      'manifest.json › parameters[name="mode"].type: "select" is not a setting type (text, multiline, checkbox, url, number, hidden, oauth).',
    );
  });

  it('needs unique names', () => {
    expect(lines(withParameters([{ name: 'cost' }, { name: 'cost', type: 'number' }]))).toContain(
      'manifest.json › parameters[name="cost"]: "cost" is defined twice; setting names must be unique.',
    );
  });

  it('does not allow a setting called name', () => {
    expect(lines(withParameters([{ name: 'name' }]))).toContain(
      'manifest.json › parameters[name="name"].name: a setting cannot be called "name": Zendesk reserves it for the installation\'s own name.',
    );
  });

  it('does not allow a required hidden setting', () => {
    expect(lines(withParameters([{ name: 'secret_id', type: 'hidden', required: true }]))).toContain(
      'manifest.json › parameters[name="secret_id"].required: a hidden setting cannot be required: the admin has no field to fill it in.',
    );
  });

  it('needs a name, boolean flags, one oauth setting at most, scopes only when secure', () => {
    const problems = lines(
      withParameters([
        { type: 'text' },
        { name: 'a', required: 'yes' },
        { name: 'o1', type: 'oauth', secure: true },
        { name: 'o2', type: 'oauth' },
        { name: 'key', scopes: ['header'] },
      ]),
    );
    expect(problems).toContain('manifest.json › parameters[0].name: is missing: every setting needs a name.');
    expect(problems).toContain('manifest.json › parameters[name="a"].required: must be true or false.');
    expect(problems).toContain('manifest.json › parameters[name="o1"].secure: an oauth setting cannot be secure.');
    expect(problems).toContain('manifest.json › parameters: has 2 oauth settings; an app can have only one.');
    expect(problems).toContain('manifest.json › parameters[name="key"].scopes: only a secure setting can have scopes.');
  });

  it('warns about a default of the wrong kind', () => {
    expect(lines(withParameters([{ name: 'watch', type: 'checkbox', default: 'true' }]), 'warning')).toContain(
      'manifest.json › parameters[name="watch"].default: "true" should be true or false for a checkbox setting.',
    );
  });

  it('must be an array', () => {
    expect(lines(check(editJson(validFiles(), 'manifest.json', (m) => (m.parameters = { cost: 1 }))))).toContain(
      'manifest.json › parameters: must be an array of settings.',
    );
  });
});
