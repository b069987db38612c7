/** What a newcomer and an admin read first: the README's opening commands and its install steps. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const requirements = JSON.parse(readFileSync(join(ROOT, 'requirements.json'), 'utf8')) as { user_fields: Record<string, unknown> };
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { parameters: unknown[] };

describe('README.md', () => {
  it('opens with the two set-up commands', () => {
    const firstBlock = /```sh\n([^]*?)```/.exec(readme)?.[1] ?? '';
    expect(readme).toMatch(/^# Customer Fit\n\n```sh\n/);
    expect(firstBlock).toMatch(/^npm install && npm start\b/m);
    expect(firstBlock).toMatch(/^npm install && npm test\b/m);
  });

  const section = readme.slice(readme.indexOf('## Run it in your Zendesk account'), readme.indexOf('## Documentation'));

  it('walks an admin through plans, tagging, roles, what the install creates, uninstalling and upgrading, in that order', () => {
    const steps = [/Suite Growth or above, or Support Professional/, /Allow\s+tagging on users/, /role restrictions/, /What the install creates/, /Uninstalling, and what stays behind/, /Upgrade without losing the warnings/];
    const at = steps.map((step) => section.search(step));
    expect(at.every((i) => i >= 0), String(at)).toBe(true);
    expect(at).toEqual(at.toSorted((a, b) => a - b));
    expect(section).toContain('https://developer.zendesk.com/documentation/apps/getting-started/uploading-and-installing-a-private-app/');
  });

  it('names every user field the install creates, and the install form\'s real number of settings', () => {
    for (const key of Object.keys(requirements.user_fields)) expect(section).toContain(`\`${key}\``);
    expect(section).toContain(`${manifest.parameters.length} settings`);
  });
});
