import { copyFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { WRITE_DOC_SCREENSHOTS, type PreviewParams } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// Pictures of the app in the preview for the docs: each one is taken once the rating is read.
const SHOTS: { name: string; params: PreviewParams }[] = [
  { name: 'sidebar-late-payer', params: { requester: 'late-payer' } },
  { name: 'sidebar-abusive-de', params: { requester: 'abusive', locale: 'de' } },
  { name: 'sidebar-outage-dark', params: { requester: 'outage', colorScheme: 'dark' } },
  { name: 'sidebar-final-notice-team-lead', params: { requester: 'watch-final-notice', role: 'admin' } },
];

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

// The app package's marketplace screenshots (assets/screenshot-<n>.png, 1280×800) are these pictures,
// copied there only by `npm run screenshots`.
const ASSETS = fileURLToPath(new URL('../../assets/', import.meta.url));

test.each(SHOTS.map((shot, index) => [shot.name, shot, index] as const))('%s', async (_name, shot, index) => {
  const preview = await session.open(shot.params);
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const path = await preview.screenshot(shot.name);
  expect(statSync(path).size).toBeGreaterThan(10_000);
  if (WRITE_DOC_SCREENSHOTS) copyFileSync(path, `${ASSETS}screenshot-${index}.png`);
  await preview.close();
});
