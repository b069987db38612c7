import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { requesterFacts } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

const requesters = requesterFacts();
const count = new Intl.NumberFormat('en-US');
let session: PreviewSession;
let preview: PreviewPage;

beforeAll(async () => {
  session = await startPreviewSession();
  preview = await session.open();
});

afterAll(async () => {
  await session?.close();
});

describe('the sidebar in the preview', () => {
  test('offers every demo requester in the switcher', async () => {
    expect(await preview.requesterKeys()).toEqual(requesters.map((r) => r.key));
  });

  // One case per requester: what an agent sees once the app has read that requester's history.
  test.each(requesters.map((r) => [r.key, r] as const))('%s: name and ticket count, read through the mock API', async (_key, requester) => {
    await preview.selectRequester(requester.key);
    expect(await preview.waitForSidebarSettled()).toBe('ready');
    const noun = requester.ticketCount === 1 ? 'ticket' : 'tickets';
    expect(await preview.sidebar().getByTestId('requester').innerText()).toBe(`${requester.name} · ${count.format(requester.ticketCount)} ${noun}`);
    // Nothing is cut off at the sidebar's width.
    expect(await preview.sidebarOverflow()).toBe(0);
    // It got there through client.request to the mock API, and only to endpoints the mock knows.
    const guid = await preview.instanceGuid();
    const requests = (await preview.log()).filter((e) => e.instanceGuid === guid && e.kind === 'request');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((e) => e.kind === 'request' && (e.unhandled || !e.done))).toEqual([]);
  });

  test('on the user profile, the user sidebar rates the same customer', async () => {
    const requester = requesters.find((r) => r.key === 'late-payer')!;
    await preview.selectRequester(requester.key);
    await preview.selectLocation('user_sidebar');
    expect(await preview.waitForSidebarSettled()).toBe('ready');
    expect(await preview.sidebar().getByTestId('requester').innerText()).toBe(`${requester.name} · ${requester.ticketCount} tickets`);
    const guid = await preview.instanceGuid();
    const asked = (await preview.log()).flatMap((e) => (e.instanceGuid === guid && e.kind === 'get' ? e.paths : []));
    expect(asked).toContain('user');
    await preview.selectLocation('ticket_sidebar');
  });

  test('renders customer-written markup as text, on the host and in the app', async () => {
    const marked = requesters.find((r) => /[<>]/.test(r.name));
    expect(marked, 'the demo account should include a requester whose name contains markup').toBeDefined();
    await preview.selectRequester(marked!.key);
    await preview.waitForSidebarSettled();
    expect(await preview.sidebar().getByTestId('requester').innerText()).toContain(marked!.name);
    expect(await preview.page.locator('.ticket script, .ticket img, .ticket b').count()).toBe(0);
    expect(await preview.sidebar().locator('#root b, #root img[onerror], #root script').count()).toBe(0);
  });

  test('saves a screenshot of the workspace with the rated sidebar', async () => {
    await preview.selectRequester(requesters[0]!.key);
    await preview.waitForSidebarSettled();
    await preview.screenshot('sidebar');
  });

  test('has no WCAG 2.1 AA violations that axe can find', async () => {
    await preview.selectRequester(requesters[0]!.key);
    await preview.waitForSidebarSettled();
    expect(await preview.axe('sidebar')).toEqual([]);
  });

  test('no uncaught errors, and no request left this machine', () => {
    expect(preview.errors).toEqual([]);
    expect(session.network.requests.length).toBeGreaterThan(0);
    expect(session.network.offLocal()).toEqual([]);
  });
});
