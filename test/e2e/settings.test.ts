import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

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
