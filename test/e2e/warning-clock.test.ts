import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// A sidebar stays open for hours (a lead opens a ticket in the morning and acts the next day). The
// strike must carry the moment the lead confirms it, not the moment the sidebar opened: that date
// is what the 180-day expiry counts from. The browser's clock is Playwright's fake one, so the test
// can move it forward 30 hours between opening and confirming.

const OPENED = new Date('2026-12-07T20:00:00.000Z');
const CONFIRMED = new Date(OPENED.getTime() + 30 * 3_600_000); // 2026-12-09T02:00Z, two days later

let session: PreviewSession;
let preview: PreviewPage;

beforeAll(async () => {
  session = await startPreviewSession();
  await session.browser.context.clock.install({ time: OPENED });
  preview = await session.open({ requester: 'abusive', role: 'admin' });
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

describe('a warning is stamped when the lead confirms it', () => {
  test('a strike confirmed 30 hours after the sidebar opened records the confirm time in the field, the record and the note', async () => {
    const app = await ready();
    // Capture what the app sends to Zendesk: the user update carrying the warning fields.
    await preview.page.evaluate(() => {
      const sent: string[] = [];
      (window as unknown as { sentFields: string[] }).sentFields = sent;
      window.addEventListener('message', (event) => {
        // The SDK posts `client.request` as JSON: { key: 'request:<n>', message: { url, type, data } }.
        const posted = (typeof event.data === 'string' ? JSON.parse(event.data) : event.data) as { key?: string; message?: { type?: string; data?: unknown } };
        const data = posted.message?.data;
        if (posted.key?.startsWith('request:') && posted.message?.type === 'PUT' && typeof data === 'string' && data.includes('customer_fit_warning_date')) sent.push(data);
      });
    });

    const form = app.locator('form[data-testid="form-strike"]');
    for (let attempt = 0; attempt < 5 && !(await form.isVisible()); attempt++) {
      await app.getByRole('button', { name: 'Give strike 1' }).click();
      await form.waitFor({ timeout: 2_000 }).catch(() => undefined);
    }
    await app.getByTestId('reason').fill('Swore at Priya on the phone again.');

    // The lead leaves the form open overnight and confirms the next day.
    await session.browser.context.clock.setSystemTime(CONFIRMED);
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-done').waitFor({ timeout: 20_000 });

    const sent = await preview.page.evaluate(() => (window as unknown as { sentFields: string[] }).sentFields);
    expect(sent).toHaveLength(1);
    const update = JSON.parse(sent[0]!) as { user: { user_fields: Record<string, string> } };
    const fields = update.user.user_fields;
    expect(fields.customer_fit_warning_date).toBe('2026-12-09');
    const record = JSON.parse(fields.customer_fit_warning_record ?? '{}') as { at: string };
    expect(Date.parse(record.at)).toBeGreaterThanOrEqual(CONFIRMED.getTime());
    expect(Date.parse(record.at)).toBeLessThan(CONFIRMED.getTime() + 5 * 60_000);

    const note = (await preview.page.locator('.ticket .comment.internal').allInnerTexts()).find((text) => text.includes('strike 1 of 3'));
    expect(note).toMatch(/Given by: .+ on 2026-12-09 02:0\d UTC/);

    // The banner counts from the confirm time too: given just now, not "tomorrow" or "yesterday".
    const time = app.getByTestId('warning-banner').locator('time');
    expect(Date.parse((await time.getAttribute('datetime')) ?? '')).toBe(Date.parse(record.at));
  });
});
