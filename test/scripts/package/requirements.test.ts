import { describe, expect, it } from 'vitest';
import { check, editJson, json, lines, validFiles } from '../fixture';

const withRequirements = (value: unknown) => check(validFiles().set('requirements.json', json(value)));

describe('requirements.json', () => {
  it('is optional, and accepted when well formed', () => {
    expect(withRequirements({ user_fields: { fit_notes: { type: 'textarea', key: 'fit_notes', title: 'Fit notes' } } })).toEqual([]);
  });

  it('must be a JSON object without repeated keys', () => {
    const bad = new TextEncoder().encode('{"user_fields": {"a": {"key": "a", "title": "A"}, "a": {"key": "b", "title": "B"}}}');
    expect(lines(check(validFiles().set('requirements.json', bad)))).toContain(
      'requirements.json › user_fields.a: appears twice; Zendesk rejects repeated keys instead of keeping the last one.',
    );
    expect(lines(check(validFiles().set('requirements.json', new TextEncoder().encode('[]'))))).toContain(
      'requirements.json: must hold a JSON object at the top level.',
    );
  });

  it('knows the resource types', () => {
    expect(lines(withRequirements({ ticket_forms: {} }))[0]).toMatch(/^requirements\.json › ticket_forms: "ticket_forms" is not a requirement type/);
  });

  it('needs the fields Zendesk creates resources from', () => {
    const problems = lines(withRequirements({ user_fields: { notes: { type: 'text' } }, webhooks: { hook: { name: 'h', endpoint: 'https://x.example' } } }));
    expect(problems).toContain('requirements.json › user_fields.notes.title: is missing: Zendesk needs it to create the resource.');
    expect(problems).toContain('requirements.json › user_fields.notes.key: is missing: Zendesk needs it to create the resource.');
    expect(problems).toContain('requirements.json › webhooks.hook.http_method: is missing: Zendesk needs it to create the resource.');
  });

  it('rejects retired target types', () => {
    expect(lines(withRequirements({ targets: { t: { title: 'T', type: 'http_target' } } }))).toContain(
      'requirements.json › targets.t.type: "http_target" targets are retired; require a webhook instead.',
    );
  });

  it('is required by a requirementsOnly app', () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => (m.requirementsOnly = true));
    expect(lines(check(files))).toContain('requirements.json: is missing, but the manifest says requirementsOnly.');
  });
});
