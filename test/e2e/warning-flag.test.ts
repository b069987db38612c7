import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// The warning flag as a team uses it: an agent raises a concern, a lead gives strike 1, 2 and the
// final notice, the banner follows each step, the notes land on the ticket, and the lead clears it.
// One host page throughout, so the demo account keeps every write.

let session: PreviewSession;
let preview: PreviewPage;

beforeAll(async () => {
  session = await startPreviewSession();
  preview = await session.open({ requester: 'abusive', role: 'agent' });
});

afterAll(async () => {
  await session?.close();
});

async function ready(): Promise<FrameLocator> {
  const app = preview.sidebar();
  await app.locator('[data-testid="fit-panel"][data-done="true"]').waitFor({ timeout: 30_000 });
  await app.getByTestId('warning-actions').waitFor();
  return app;
}

async function act(app: FrameLocator, open: string, reason: string): Promise<void> {
  // The sidebar may still settle (the warning state arriving moves the buttons) when the click
  // lands; like a person, click again if the form did not open.
  const form = app.locator('form[data-testid^="form-"]');
  for (let attempt = 0; attempt < 5 && !(await form.isVisible()); attempt++) {
    await app.getByRole('button', { name: open }).click();
    await form.waitFor({ timeout: 2_000 }).catch(() => undefined);
  }
  await form.waitFor();
  await app.getByTestId('reason').fill(reason);
  const confirm = app.getByTestId('confirm');
  // A double click must record one step: the button locks while writing.
  await confirm.dblclick();
  await app.getByTestId('write-done').waitFor({ timeout: 20_000 });
}

/** The internal notes the host's ticket view shows, as text. */
async function notes(): Promise<string[]> {
  return preview.page.locator('.ticket .comment.internal').allInnerTexts();
}

describe('the warning flag', () => {
  test('an agent raises a concern; it is an internal note and the agent gets no strike buttons', async () => {
    const app = await ready();
    expect(await app.getByTestId('open-strike').count()).toBe(0);
    await act(app, 'Raise a concern', 'Called Priya an idiot on the phone and threatened a Google review.');
    await expect.poll(notes).toHaveLength(1);
    expect((await notes())[0]).toContain('Called Priya an idiot');
  });

  test('a lead sees the open concern and gives strike 1, strike 2 and the final notice; the banner follows', async () => {
    await preview.selectRole('admin');
    let app = await ready();
    expect(await app.getByTestId('concern').innerText()).toContain('Called Priya an idiot');

    const steps = [
      { open: 'Give strike 1', level: '1', title: 'Strike 1' },
      { open: 'Give strike 2', level: '2', title: 'Strike 2' },
      { open: 'Give the final notice', level: '3', title: 'Final notice' },
    ];
    for (const [index, step] of steps.entries()) {
      app = await ready();
      await act(app, step.open, `Step ${index + 1}: insulted the support team again.`);
      const banner = app.getByTestId('warning-banner');
      await expect.poll(() => banner.getAttribute('data-level')).toBe(step.level);
      expect(await banner.innerText()).toContain(step.title);
      expect(await banner.innerText()).toContain(`Step ${index + 1}: insulted the support team again.`);
      await expect.poll(notes).toHaveLength(index + 2);
    }
    expect(await app.getByTestId('final-notice-text').innerText()).toMatch(/refer the customer to another provider/);
    // After the final notice there is no further strike to give.
    expect(await app.getByTestId('open-strike').count()).toBe(0);
    await preview.screenshot('warning-final-notice');
    expect(await preview.axe()).toEqual([]);
  });

  test('every agent sees the banner on the customer\'s tickets', async () => {
    await preview.selectRole('agent');
    const app = await ready();
    expect(await app.getByTestId('warning-banner').getAttribute('data-level')).toBe('3');
  });

  test('the lead clears the warning, with a note, and the banner goes', async () => {
    await preview.selectRole('admin');
    const app = await ready();
    await act(app, 'Clear the warning', 'Spoke with the owner; he apologised and we agreed how to work together.');
    await expect.poll(() => app.getByTestId('warning-banner').count()).toBe(0);
    await expect.poll(notes).toHaveLength(5);
    expect(await app.getByRole('button', { name: 'Give strike 1' }).count()).toBe(1);
  });

  test('no uncaught errors, and no request left this machine', () => {
    expect(preview.errors).toEqual([]);
    expect(session.network.offLocal()).toEqual([]);
  });
});
