import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';
import { openWarningForm, warningActionsReady } from './harness/warning-form';

// What a lead sees when a write fails, and what the ticket carries afterwards. Every test opens its
// own page, so each starts from the demo account as generated.

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** The internal notes the host's ticket view shows, oldest first. */
async function notes(preview: PreviewPage): Promise<string[]> {
  return preview.page.locator('.ticket .comment.internal').allInnerTexts();
}

const STRIKE_1 = 'Customer Fit: warning, strike 1 of 3';
const NOT_RECORDED = 'Customer Fit: the step above was not recorded';

describe('a write that fails', () => {
  test('is explained in German to a German-speaking lead', async () => {
    const preview = await session.open({ requester: 'loyal', role: 'admin', locale: 'de', fault: 'write-invalid' });
    const app = await warningActionsReady(preview);
    await openWarningForm(app, '1. Verwarnung erteilen');
    await app.getByTestId('reason').fill('Hat am Telefon mit einer schlechten Bewertung gedroht.');
    await app.getByTestId('confirm').click();
    const alert = app.getByTestId('write-result');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.getAttribute('data-status')).toBe('failed');
    const text = await alert.innerText();
    expect(text).toContain('Zendesk hat abgelehnt, die interne Notiz in Ticket #');
    expect(text).toContain('Es wurde nichts gespeichert.');
    expect(text).not.toMatch(/Could not|refused|Nothing was|Try again|reinstall/);
    await preview.close();
  });
});

describe('a form that cannot be sent yet', () => {
  test('tells a German-speaking lead what to fix in German', async () => {
    const preview = await session.open({ requester: 'loyal', role: 'admin', locale: 'de' });
    const app = await warningActionsReady(preview);
    const form = await openWarningForm(app, '1. Verwarnung erteilen');
    await app.getByTestId('confirm').click();
    await expect.poll(() => form.innerText()).toContain('Schreiben Sie einen kurzen Grund');
    expect(await form.innerText()).not.toMatch(/Write a short reason|Choose at least/);
    await preview.close();
  });
});

describe('one decision, one operation', () => {
  test('editing the reason after a half-done strike records the new reason and marks the first note not recorded', async () => {
    const preview = await session.open({ requester: 'loyal', role: 'admin', fault: 'write-record-invalid-once' });
    const app = await warningActionsReady(preview);
    await openWarningForm(app, 'Give strike 1');
    const first = 'Shouted at the front desk on Monday.';
    const second = 'Shouted at the front desk on Monday and threatened a review.';
    await app.getByTestId('reason').fill(first);
    await app.getByTestId('confirm').click();
    const alert = app.getByTestId('write-result');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.getAttribute('data-status')).toBe('partial');

    await app.getByTestId('reason').fill(second);
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-done').waitFor({ timeout: 20_000 });
    await expect.poll(() => app.getByTestId('warning-reason').innerText()).toBe(second);

    // The first note stays, followed by one saying it was not recorded; the recorded reason has its own note.
    await expect.poll(async () => (await notes(preview)).filter((n) => n.includes(NOT_RECORDED)).length).toBe(1);
    const all = await notes(preview);
    const strikes = all.filter((n) => n.includes(STRIKE_1));
    expect(strikes).toHaveLength(2);
    expect(strikes[0]).toContain(first);
    expect(strikes[1]).toContain(second);
    const withdrawn = all.findIndex((n) => n.includes(NOT_RECORDED));
    expect(withdrawn).toBeGreaterThan(all.indexOf(strikes[0]!));
    expect(withdrawn).toBeLessThan(all.indexOf(strikes[1]!));
    await preview.close();
  });

  test('cancelling a half-done strike marks its note not recorded, so a new strike 1 is not a second note for one decision', async () => {
    const preview = await session.open({ requester: 'loyal', role: 'admin', fault: 'write-record-invalid-once' });
    const app = await warningActionsReady(preview);
    await openWarningForm(app, 'Give strike 1');
    await app.getByTestId('reason').fill('Refused to pay the agreed deposit.');
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-result').waitFor({ timeout: 20_000 });
    await app.getByRole('button', { name: 'Cancel', exact: true }).click();
    await app.getByTestId('warning-actions').waitFor({ timeout: 15_000 });
    await expect.poll(async () => (await notes(preview)).filter((n) => n.includes(NOT_RECORDED)).length).toBe(1);

    await openWarningForm(app, 'Give strike 1');
    await app.getByTestId('reason').fill('Refused to pay the agreed deposit, twice.');
    await app.getByTestId('confirm').click();
    await app.getByTestId('write-done').waitFor({ timeout: 20_000 });
    const all = await notes(preview);
    expect(all.filter((n) => n.includes(STRIKE_1))).toHaveLength(2);
    expect(all.filter((n) => n.includes(NOT_RECORDED))).toHaveLength(1);
    await preview.close();
  });

  test('no request left this machine', () => {
    expect(session.network.offLocal()).toEqual([]);
  });
});
