import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('the customer who takes most of the team\'s capacity is not a good fit, and the sidebar says how much it read', async () => {
  const preview = await session.open({ requester: 'heavy' });
  expect(await preview.waitForSidebarSettled(30_000)).toBe('ready');
  const sidebar = preview.sidebar();
  expect(await sidebar.getByTestId('band').getAttribute('data-band')).toMatch(/^(watch|poor)$/);
  const volume = sidebar.locator('[data-testid="factor"][data-factor="ticket-volume"]');
  expect(await volume.innerText()).toMatch(/tickets a month, \d+ times the [\d.]+ of a typical customer/);
  expect(await volume.innerText()).not.toMatch(/times on [\d,]+ tickets/);
  expect(await sidebar.getByTestId('read-stats').innerText()).toMatch(/^Read 30 tickets in full \([\d,]+ messages\)\. The opening messages of 1,470 more tickets were read/);
});

test('a polite request or an apology is not shown as a complaint', async () => {
  const preview = await session.open({ requester: 'loyal' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  const complaint = sidebar.locator('[data-testid="factor"][data-factor="complaint"]');
  if ((await complaint.count()) === 0) return;
  await complaint.getByRole('button').first().click();
  const all = complaint.getByRole('button', { name: /^Show all/ });
  if (await all.count()) await all.click();
  expect(await complaint.innerText()).not.toContain('locked myself out');
});

test('a state is told by its figures, without a field path, and tagged evidence says it was tagged', async () => {
  const preview = await session.open({ requester: 'late-payer' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  const overdue = sidebar.locator('[data-testid="factor"][data-factor="overdue-field"]');
  await overdue.getByRole('button').first().click();
  const text = await overdue.innerText();
  expect(text).toMatch(/\d+ days overdue on their account; more than \d+ counts as late\./);
  expect(text.match(/days overdue/g)).toHaveLength(1);
  expect(text).not.toMatch(/user\.|user_fields|payment_overdue/);
  const billing = sidebar.locator('[data-testid="factor"][data-factor="billing-tags"]');
  await billing.getByRole('button').first().click();
  expect(await billing.getByTestId('evidence-tagged').first().innerText()).toMatch(/^Tagged [a-z_, ]+:$/);
});
