import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreviewSession, type PreviewSession } from './harness/session';

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

for (const [locale, legend] of [
  ['en', /red hatched.*warning sign/i],
  ['de', /rot schraffiert.*Warnzeichen/i],
] as const) {
  test(`the ticket chart says under it what its red hatching means (${locale})`, async () => {
    const preview = await session.open({ requester: 'late-payer', locale });
    expect(await preview.waitForSidebarSettled()).toBe('ready');
    const trend = preview.sidebar().getByTestId('trend');
    expect(await trend.locator('[data-flagged="true"]').count()).toBeGreaterThan(0);
    const shown = trend.getByTestId('trend-legend');
    expect(await shown.isVisible()).toBe(true);
    expect(await shown.innerText()).toMatch(legend);
    // A screen reader hears the same meaning with the chart.
    const chart = trend.getByRole('img');
    const describedBy = await chart.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await trend.locator(`[id="${describedBy}"]`).innerText()).toMatch(legend);
    expect(await preview.axe()).toEqual([]);
    await preview.close();
  });
}
