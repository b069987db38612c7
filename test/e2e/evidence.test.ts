import { afterAll, beforeAll, expect, test } from 'vitest';
import { rawDemoAccount } from './harness/demo';
import { startPreviewSession, type PreviewSession } from './harness/session';

const demo = rawDemoAccount();
let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('opening a quoted ticket from the evidence routes the workspace to that ticket', async () => {
  const preview = await session.open({ requester: 'abusive' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  // Expand the first factor to see its quotes, as an agent would.
  await sidebar.getByTestId('factor').first().getByRole('button').first().click();
  const link = sidebar.getByTestId('evidence-link').first();
  const ticketId = Number((await link.getAttribute('href'))?.replace('#ticket-', ''));
  const ticket = demo.tickets.find((t) => t.id === ticketId);
  expect(ticket?.requester_id, 'the quote should come from one of the requester’s own tickets').toBe(demo.requesters.abusive.userId);

  await link.click();
  expect((await preview.waitForRouteTo(ticketId)).known).toBe(true);
  await preview.page.getByText(`Opened ticket #${ticketId}`).waitFor();
  expect(await preview.page.textContent('.ticket-subject')).toBe(ticket!.subject);
  // The new tab's sidebar rates the same requester again.
  await preview.waitForApp();
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await sidebar.getByTestId('requester').innerText()).toContain(demo.users.find((u) => u.id === ticket!.requester_id)!.name);
});
