import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import { DISMISSALS_FIELD, parseDismissals } from '../../src/core/dismissals';
import { launchChromium, type LaunchedBrowser } from './harness/chromium';
import { rawDemoAccount } from './harness/demo';
import { guardNetwork } from './harness/network-guard';
import { poll } from './harness/poll';
import { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// Agents correct the evidence: one dismisses a quote as "not a red flag", the score changes at
// once, the dismissal is kept in Zendesk (the customer's user field) for every agent, and it can be
// restored. `share` keeps the demo account's writes in common between tabs, browsers and reloads.

const demo = rawDemoAccount();
// A customer in the middle of the scale, whose repeated-issue quotes move the score: at 0 or 100
// a dismissal could change the factors and still leave the score where it was.
const KEY = 'watch-concern';
const customer = demo.users.find((u) => u.id === demo.requesters[KEY].userId)!;
let session: PreviewSession;
let other: LaunchedBrowser | null = null;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await other?.close();
  await session?.close();
});

async function score(app: FrameLocator): Promise<number> {
  return Number(await app.getByTestId('score').innerText().then((t) => t.match(/\d+/)?.[0]));
}

async function settled(preview: PreviewPage): Promise<FrameLocator> {
  expect(await preview.waitForSidebarSettled(30_000)).toBe('ready');
  return preview.sidebar();
}

/** The customer's record as the preview server keeps it for every tab. */
async function sharedRecord(preview: PreviewPage): Promise<{ user_fields: Record<string, unknown>; tags: string[] } | null> {
  return preview.page.evaluate(async (id) => {
    const answer = await fetch(`/__shared/users/${id}`);
    return answer.ok ? ((await answer.json()) as { user_fields: Record<string, unknown>; tags: string[] }) : null;
  }, customer.id);
}

describe('dismissing a quote', () => {
  let before = 0;
  let after = 0;
  let first: PreviewPage;
  let original: Awaited<ReturnType<typeof sharedRecord>> = null;

  test('an agent dismisses a quote: the score changes at once and the rating says one quote was dismissed', async () => {
    first = await session.open({ requester: KEY, role: 'agent', share: true });
    const app = await settled(first);
    before = await score(app);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(100);
    // The customer as the mock API held them before any write (the first tab shares its copy).
    original = await sharedRecord(first);
    expect(original).not.toBeNull();
    const factor = app.locator('[data-testid="factor"][data-factor="repeat-issue"]');
    await factor.getByRole('button').first().click();
    const quotes = factor.getByTestId('evidence');
    const count = await quotes.count();
    expect(count).toBeGreaterThan(0);
    await quotes.first().getByTestId('dismiss-open').click();
    await app.getByTestId('dismiss-reason').fill('A new request about another page, not the same problem again.');
    expect(await first.axe()).toEqual([]);
    await app.getByTestId('dismiss-confirm').click();
    await app.getByTestId('dismissed-count').waitFor();
    expect(await app.getByTestId('dismissed-count').getAttribute('data-count')).toBe('1');
    after = await score(app);
    expect(after).not.toBe(before);
    // Saved: the rating says so once Zendesk has it (read back after the settle time).
    await app.locator('[data-testid="dismissed"][data-saving="false"]').waitFor();
    expect(await app.getByTestId('dismiss-failed').count()).toBe(0);
  });

  test('the mock API got one write of the dismissals field alone; the customer’s other fields and tags are untouched', async () => {
    const writes = (await first.log()).filter((e) => e.kind === 'request' && e.method !== 'GET');
    expect(writes.map((e) => (e.kind === 'request' ? `${e.method} ${new URL(e.url, 'https://x').pathname}` : ''))).toEqual([`PUT /api/v2/users/${customer.id}.json`]);
    const body = writes[0]!.kind === 'request' ? (writes[0]!.body as { user: Record<string, unknown> }) : null;
    expect(Object.keys(body!.user)).toEqual(['user_fields']);
    expect(Object.keys(body!.user.user_fields as object)).toEqual([DISMISSALS_FIELD]);
    const stored = parseDismissals(body!.user.user_fields as Record<string, unknown>);
    expect(stored.problems).toEqual([]);
    expect(stored.stored.dismissed.map((d) => d.reason)).toEqual(['A new request about another page, not the same problem again.']);
    const record = await sharedRecord(first);
    const { [DISMISSALS_FIELD]: written, ...others } = record!.user_fields;
    expect(written).toBe(body!.user.user_fields![DISMISSALS_FIELD as keyof object]);
    expect(original!.user_fields[DISMISSALS_FIELD] ?? null).toBeNull();
    expect(others).toEqual(original!.user_fields);
    expect(record!.tags).toEqual(original!.tags);
    expect(record!.tags.length).toBeGreaterThan(0);
  });

  test('a reload keeps the dismissal, and the list shows who dismissed it and why', async () => {
    await first.page.reload();
    await first.page.waitForSelector('body[data-ready="true"]');
    await first.waitForApp();
    const app = await settled(first);
    expect(await score(app)).toBe(after);
    await app.getByTestId('dismissed-toggle').click();
    const item = app.getByTestId('dismissed-quote');
    expect(await item.count()).toBe(1);
    expect(await item.innerText()).toContain('not the same problem again');
    expect(await first.axe()).toEqual([]);
    expect(await first.sidebarOverflow()).toBe(0);
    await app.getByTestId('dismissed').scrollIntoViewIfNeeded();
    await first.screenshot('sidebar-dismissed');
  });

  test('a second browser sees the same rating and the same dismissal', async () => {
    other = await launchChromium();
    await guardNetwork(other.context);
    const second = await PreviewPage.open(other.context, session.server.url, { requester: KEY, role: 'agent', share: true });
    const app = await settled(second);
    expect(await score(app)).toBe(after);
    expect(await app.getByTestId('dismissed-count').getAttribute('data-count')).toBe('1');
    await second.page.close();
  });

  test('restoring it brings the score back, here and in the other browser', async () => {
    const app = first.sidebar();
    await app.getByTestId('restore').click();
    await poll('the score before the dismissal', async () => ((await score(app)) === before ? true : undefined));
    await app.getByTestId('dismissed').waitFor({ state: 'detached' });
    // Saved: the other browser reads the restore.
    await poll('the restore saved', async () => {
      const record = await sharedRecord(first);
      const parsed = parseDismissals(record?.user_fields);
      return parsed.stored.dismissed.length === 0 && parsed.stored.restored.length === 1 ? true : undefined;
    });
    const second = await PreviewPage.open(other!.context, session.server.url, { requester: KEY, role: 'agent', share: true });
    const again = await settled(second);
    expect(await score(again)).toBe(before);
    expect(await again.getByTestId('dismissed').count()).toBe(0);
  });
});

describe('who may dismiss', () => {
  test('with dismiss_evidence_by leads, an agent sees no dismiss action and a lead does, in German too', async () => {
    const settings = { advanced: JSON.stringify({ dismiss_evidence_by: 'leads' }) };
    const agent = await session.open({ requester: 'abusive', role: 'agent', settings });
    const app = await settled(agent);
    await app.locator('[data-testid="factor"][data-kind="warning"]').first().getByRole('button').first().click();
    await app.getByTestId('evidence').first().waitFor();
    expect(await app.getByTestId('dismiss-open').count()).toBe(0);
    const lead = await session.open({ requester: 'abusive', role: 'admin', locale: 'de', settings });
    const leadApp = await settled(lead);
    await leadApp.locator('[data-testid="factor"][data-kind="warning"]').first().getByRole('button').first().click();
    await leadApp.getByTestId('dismiss-open').first().waitFor();
    expect(await leadApp.getByTestId('dismiss-open').first().innerText()).toContain('Kein Warnzeichen');
    await leadApp.getByTestId('dismiss-open').first().click();
    await leadApp.getByTestId('dismiss-reason').fill('Er meint das ironisch, so reden wir seit Jahren.');
    expect(await lead.axe()).toEqual([]);
    await leadApp.getByTestId('dismiss-form').scrollIntoViewIfNeeded();
    await lead.screenshot('sidebar-dismiss-de');
  });
});
