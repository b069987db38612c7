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

test('the first rating shows once the ticket list is in, while the comment threads are still on their way', async () => {
  // Every thread answers after 10 s; the list, with each ticket's opening message, at once.
  const preview = await session.open({ requester: 'heavy', fault: 'slow-comments' });
  const sidebar = preview.sidebar();
  const started = Date.now();
  await sidebar.getByTestId('band').waitFor({ timeout: 8_000 });
  expect(Date.now() - started).toBeLessThan(8_000);
  expect(await sidebar.getByTestId('fit-panel').getAttribute('data-done')).toBe('false');
  expect(await sidebar.getByTestId('factor').count()).toBeGreaterThan(0);
  await preview.close();
});

test('a review threat in the opening message of a ticket whose thread was not read reaches the rating, with its quote and a link to its ticket', async () => {
  const payer = demo.requesters['late-payer'].userId;
  const suspended = demo.tickets.find((t) => t.requester_id === payer && t.subject.startsWith('Why is my site showing'))!;
  // One thread read in full (the newest); every other ticket speaks through its opening message.
  const preview = await session.open({ requester: 'late-payer', settings: { comment_ticket_cap: 1 } });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  const own = demo.tickets.filter((t) => t.requester_id === payer).length;
  expect(await sidebar.getByTestId('read-stats').innerText()).toBe(
    `Read 1 ticket in full (${demo.comments[String(newestOf(payer))]!.length} messages). The opening messages of ${own - 1} more tickets were read; their replies were not.`,
  );
  const threat = sidebar.locator('[data-testid="factor"][data-factor="review-threat"]');
  await threat.getByRole('button').first().click();
  await threat.getByRole('button', { name: /^Show all/ }).click();
  const quote = threat.getByTestId('evidence').filter({ hasText: 'review on Google and Yelp' });
  await quote.waitFor();
  const link = quote.getByTestId('evidence-link');
  expect(await link.getAttribute('href')).toBe(`#ticket-${suspended.id}`);
  await link.click();
  expect((await preview.waitForRouteTo(suspended.id)).known).toBe(true);
});

function newestOf(userId: number): number {
  return demo.tickets.filter((t) => t.requester_id === userId).toSorted((a, b) => b.updated_at.localeCompare(a.updated_at) || b.id - a.id)[0]!.id;
}
