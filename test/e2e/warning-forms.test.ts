import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_WARNING_SETTINGS, warningState } from '../../src/core/warnings';
import type { RequesterKey } from '../../src/demo';
import { rawDemoAccount } from './harness/demo';
import { startPreviewSession, type PreviewSession } from './harness/session';
import { openWarningForm, warningActionsReady } from './harness/warning-form';

// Each warning form says which step it records, and each person sees what is already open before
// adding to it. Every test opens its own page, so each starts from the demo account as generated.

const demo = rawDemoAccount();
const userOf = (key: RequesterKey) => demo.users.find((u) => u.id === demo.requesters[key].userId)!;
const stateOf = (key: RequesterKey) => warningState(userOf(key), DEFAULT_WARNING_SETTINGS, new Date());

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

describe('the warning forms', () => {
  test.each([
    { key: 'watch-strike-1', locale: 'en-US', step: 'Give strike 2' },
    { key: 'watch-strike-2', locale: 'en-US', step: 'Give the final notice' },
    { key: 'watch-strike-2', locale: 'de', step: 'Letzte Verwarnung erteilen' },
  ] as const)('a lead on $key ($locale) gets a form titled "$step" with a button that says so', async ({ key, locale, step }) => {
    const preview = await session.open({ requester: key, role: 'admin', locale });
    const app = await warningActionsReady(preview);
    const form = await openWarningForm(app, step);
    expect(await form.locator('h3').first().innerText()).toBe(step);
    expect(await form.getByTestId('confirm').innerText()).toBe(step);
    expect(await form.innerText()).not.toMatch(/Give a warning|Record the warning|Verwarnung festhalten/);
    await preview.screenshot(`warning-form-${key}-${locale}`);
    await preview.close();
  });

  test('with open concerns and no warning, a lead closes the concerns; nothing offers to clear a warning', async () => {
    const preview = await session.open({ requester: 'watch-concern', role: 'admin' });
    const app = await warningActionsReady(preview);
    expect(await app.getByRole('button', { name: 'Clear the warning' }).count()).toBe(0);
    const form = await openWarningForm(app, 'Close the concerns');
    expect(await form.locator('h3').first().innerText()).toBe('Close the concerns');
    expect(await form.getByTestId('confirm').innerText()).toBe('Close the concerns');
    await app.getByTestId('reason').fill('Talked it through with Kyle; the homepage brief is now written down.');
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-done').waitFor({ timeout: 20_000 });
    await expect.poll(() => app.getByTestId('concern').count()).toBe(0);
    expect(await app.getByTestId('warning-banner').count()).toBe(0);
    await preview.close();
  });

  test('an agent sees the open concerns (who, when, why) just above where they raise another', async () => {
    const open = stateOf('watch-strike-1').openConcerns;
    expect(open.length).toBeGreaterThan(0);
    const preview = await session.open({ requester: 'watch-strike-1', role: 'agent' });
    const app = await warningActionsReady(preview);
    expect(await app.getByTestId('open-strike').count()).toBe(0);
    const form = await openWarningForm(app, 'Raise a concern');
    const items = app.getByTestId('concern');
    expect(await items.count()).toBe(open.length);
    for (const [index, concern] of open.entries()) {
      const text = await items.nth(index).innerText();
      expect(text).toContain(`Raised by ${concern.by.name}`);
      expect(text).toContain(concern.reason);
      // The page built its account a moment after this file did: the same dates, seconds later.
      const shown = Date.parse((await items.nth(index).locator('time').getAttribute('datetime'))!);
      expect(Math.abs(shown - Date.parse(concern.at))).toBeLessThan(10 * 60_000);
    }
    const list = (await app.getByTestId('concerns').boundingBox())!;
    const reason = (await form.getByTestId('reason').boundingBox())!;
    expect(list.y + list.height).toBeLessThanOrEqual(reason.y);
    expect(reason.y - (list.y + list.height)).toBeLessThan(300);
    await preview.screenshot('warning-form-agent-concerns');
    expect(await preview.axe()).toEqual([]);
    await preview.close();
  });

  test('on the user profile, a lead gives the next strike; the note goes on the ticket the form names', async () => {
    const user = userOf('watch-strike-1');
    const target = demo.tickets
      .filter((t) => t.requester_id === user.id && t.status !== 'closed')
      .toSorted((a, b) => b.updated_at.localeCompare(a.updated_at))[0]!;
    const preview = await session.open({ requester: 'watch-strike-1', role: 'admin', location: 'user_sidebar' });
    const app = await warningActionsReady(preview);
    const form = await openWarningForm(app, 'Give strike 2');
    expect(await form.getByTestId('note-ticket').innerText()).toContain(`#${target.id}`);
    const reason = 'Third refund demand; asked for the owner by name on every call.';
    await app.getByTestId('reason').fill(reason);
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-done').waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('write-done').innerText()).toContain(`#${target.id}`);
    const banner = app.getByTestId('warning-banner');
    await expect.poll(() => banner.getAttribute('data-level')).toBe('2');
    // The banner's link opens that ticket, and the host shows the note on it.
    await banner.getByRole('link', { name: `Open the note on ticket #${target.id}` }).click();
    await preview.waitForRouteTo(target.id);
    await expect.poll(() => preview.page.locator('.ticket .comment.internal').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(reason)]),
    );
    await preview.close();
  });

  test('no request left this machine', () => {
    expect(session.network.offLocal()).toEqual([]);
  });
});
