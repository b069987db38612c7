import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoAccount } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

const account = demoAccount();
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
    expect(await preview.requesterKeys()).toEqual(account.requesters.map((r) => r.key));
  });

  // One case per requester: what an agent sees in the sidebar after opening that requester's ticket.
  test.each(account.requesters.map((r) => [r.key, r] as const))('shows %s by name', async (key, requester) => {
    await preview.selectRequester(key);
    const ticket = account.ticket(requester.ticketId);
    // The host shows the requester's own ticket, its subject as literal text.
    expect(await preview.page.textContent('.ticket-subject')).toBe(ticket?.subject);
    // The app got the requester through client.get('ticket.requester') and renders the name.
    await preview.sidebar().getByText(requester.user.name, { exact: true }).waitFor();
    const guid = await preview.instanceGuid();
    const asked = (await preview.log()).filter((e) => e.instanceGuid === guid && e.kind === 'get');
    expect(asked.flatMap((e) => (e.kind === 'get' ? e.paths : []))).toContain('ticket.requester');
  });

  test('renders customer-written markup as text, on the host and in the app', async () => {
    const marked = account.requesters.find((r) => /[<>]/.test(r.user.name) || /[<>]/.test(account.ticket(r.ticketId)?.subject ?? ''));
    expect(marked, 'the demo account should include a requester whose text contains markup').toBeDefined();
    await preview.selectRequester(marked!.key);
    await preview.sidebar().getByText(marked!.user.name, { exact: true }).waitFor();
    expect(await preview.page.locator('.ticket script, .ticket img, .ticket b').count()).toBe(0);
    expect(await preview.sidebar().locator('#root b, #root img, #root script').count()).toBe(0);
  });

  test('saves a screenshot of the workspace with the sidebar', async () => {
    const first = account.requesters[0]!;
    await preview.selectRequester(first.key);
    await preview.sidebar().getByText(first.user.name, { exact: true }).waitFor();
    await preview.screenshot('sidebar');
  });

  test('has no WCAG 2.1 AA violations that axe can find', async () => {
    const first = account.requesters[0]!;
    await preview.selectRequester(first.key);
    await preview.sidebar().getByText(first.user.name, { exact: true }).waitFor();
    expect(await preview.axe('sidebar')).toEqual([]);
  });

  test('no uncaught errors, and no request left this machine', () => {
    expect(preview.errors).toEqual([]);
    expect(session.network.requests.length).toBeGreaterThan(0);
    expect(session.network.offLocal()).toEqual([]);
  });
});
