import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

test('a quote the learned detector found shows its sentence, its weightiest words and how sure it is', async () => {
  const preview = await session.open({ requester: 'abusive' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  await expect.poll(() => sidebar.getByTestId('detection-incomplete').count()).toBe(0);
  const abuse = sidebar.locator('[data-testid="factor"][data-factor="abuse"]');
  await abuse.getByRole('button').first().click();
  const learned = abuse.getByTestId('evidence').filter({ has: sidebar.getByTestId('evidence-confidence') }).first();
  await learned.waitFor();
  expect(await learned.getByTestId('evidence-confidence').innerText()).toMatch(/learned detector, \d+% sure/);
  const sentence = learned.getByTestId('evidence-sentence');
  expect((await sentence.innerText()).length).toBeGreaterThan(10);
  expect(await sentence.locator('strong').count()).toBeGreaterThan(0);
});

test('without the weights the sidebar says detection is incomplete and still rates with the patterns', async () => {
  // Registered after the network guard, so it answers first (Playwright runs the newest route first).
  await session.browser.context.route('**/signals.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  try {
    const preview = await session.open({ requester: 'abusive' });
    expect(await preview.waitForSidebarSettled()).toBe('ready');
    const sidebar = preview.sidebar();
    expect(await sidebar.getByTestId('detection-incomplete').innerText()).toContain('Detection is incomplete');
    // The patterns still find the abuse, and nothing claims the learned detector's certainty.
    const abuse = sidebar.locator('[data-testid="factor"][data-factor="abuse"]');
    await abuse.getByRole('button').first().click();
    await abuse.getByTestId('evidence').first().waitFor();
    expect(await sidebar.getByTestId('evidence-confidence').count()).toBe(0);
  } finally {
    await session.browser.context.unroute('**/signals.json');
  }
});
