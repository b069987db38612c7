import { afterAll, beforeAll, expect, test } from 'vitest';
import { requesterFacts } from './harness/demo';
import { startPreviewSession, type PreviewSession } from './harness/session';

const loyal = requesterFacts().find((r) => r.key === 'loyal')!;
let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('after Zendesk answered 500, reopening once it recovers reads the whole history', async () => {
  const preview = await session.open({ requester: 'loyal', fault: 'server-error' });
  await preview.waitForSidebarSettled();
  const failed = (await preview.log()).filter((e) => e.kind === 'request');
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.every((e) => e.kind === 'request' && e.status === 500 && !e.done)).toBe(true);

  // Clearing the fault loads a new instance, as reopening the ticket would.
  await preview.page.selectOption('#preview-fault', '');
  await preview.waitForApp();
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await preview.sidebar().getByTestId('requester').innerText()).toBe(`${loyal.name} · ${loyal.ticketCount} tickets`);
});

test('when every read fails, the sidebar shows the error instead of rating an empty history', async () => {
  const preview = await session.open({ requester: 'loyal', fault: 'server-error' });
  const state = await preview.waitForSidebarSettled();
  const text = await preview.sidebar().locator('#root').innerText();
  expect(text).not.toContain('0 tickets');
  expect(state).toBe('error');
});
