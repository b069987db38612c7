import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

const ROOT = join(import.meta.dirname, '..', '..');
const en = JSON.parse(readFileSync(join(ROOT, 'translations/en.json'), 'utf8')) as { app: { parameters: Record<string, { label: string; helpText: string }> } };

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('a setting changed on the page reaches the app: hiding ratings from agents', async () => {
  const preview = await session.open({ requester: 'late-payer' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');

  await preview.page.getByText('App settings').click();
  await preview.page.fill('#setting-hide_rating_from_roles', 'agent');
  await preview.page.getByRole('button', { name: 'Apply and reload' }).click();
  await preview.waitForApp();
  await preview.sidebar().getByTestId('rating-hidden').waitFor();
  expect(new URL(preview.page.url()).searchParams.get('settings')).toBe(JSON.stringify({ hide_rating_from_roles: 'agent' }));

  // A team lead still sees the rating under the same settings.
  await preview.selectRole('admin');
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebar().getByTestId('rating-hidden').count()).toBe(0);
});

test('the settings panel shows the install form: its labels and hints, not raw keys', async () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { parameters: { name: string }[] };
  const preview = await session.open({ requester: 'loyal' });
  await preview.page.getByText('App settings').click();
  const shown = await preview.page.locator('details.settings .control').evaluateAll((controls) =>
    controls.map((c) => ({ label: c.querySelector('label')?.textContent ?? '', hint: c.querySelector('.hint')?.textContent ?? '' })),
  );
  expect(shown).toEqual(manifest.parameters.map((p) => ({ label: en.app.parameters[p.name]!.label, hint: en.app.parameters[p.name]!.helpText })));
  expect(shown.length).toBeLessThanOrEqual(12);
});

test('the advanced setting reaches the app: JSON that does not parse is named, by its label, to an admin only', async () => {
  const preview = await session.open({ requester: 'late-payer', role: 'admin' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  await preview.page.getByText('App settings').click();
  await preview.page.fill('#setting-advanced', '{weight_abuse: 20}');
  await preview.page.getByRole('button', { name: 'Apply and reload' }).click();
  await preview.waitForApp();
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const notice = preview.sidebar().getByTestId('settings-problems');
  await notice.getByText(/advanced must be a JSON object/).waitFor();
  expect(await notice.innerText()).toContain(`${en.app.parameters.advanced!.label}:`);

  // An agent cannot mend the settings: the sidebar does not show them keys they cannot act on.
  const agent = await session.open({ requester: 'late-payer', role: 'agent', settings: { advanced: '{weight_abuse: 20}' } });
  expect(await agent.waitForSidebarSettled()).toBe('ready');
  expect(await agent.sidebar().getByTestId('settings-problems').count()).toBe(0);
});
