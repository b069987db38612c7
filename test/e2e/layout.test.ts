import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('the sidebar fits its column in English with the longest rating', async () => {
  const preview = await session.open({ requester: 'abusive' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebarOverflow()).toBe(0);
  await preview.close();
});

test('the sidebar fits its column in German with the longest rating', async () => {
  const preview = await session.open({ requester: 'abusive', locale: 'de' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebarOverflow()).toBe(0);
  await preview.close();
});
