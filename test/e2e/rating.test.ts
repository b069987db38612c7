import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoAccount } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// What an agent sees in the sidebar for each demo requester: the band, the sentence that says why,
// the factors, and quotes that open the ticket they came from.

const account = demoAccount();
let session: PreviewSession;
let preview: PreviewPage;
const dialogs: string[] = [];

/** The band each demo requester must get; null where the history allows more than one fair answer. */
const EXPECTED: Record<string, { band: string | null; notBand?: string }> = {
  loyal: { band: 'good' },
  outage: { band: null, notBand: 'poor' },
  'late-payer': { band: 'poor' },
  abusive: { band: 'poor' },
  newcomer: { band: 'insufficient' },
  'old-anger': { band: 'good' },
};

beforeAll(async () => {
  session = await startPreviewSession();
  preview = await session.open();
  preview.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await session?.close();
});

async function waitForRating(): Promise<void> {
  await preview.sidebar().locator('[data-testid="fit-panel"][data-done="true"]').waitFor({ timeout: 30_000 });
}

describe('the fit rating in the sidebar', () => {
  test.each(account.requesters.map((r) => [r.key, r] as const))('rates %s and explains why', async (key, requester) => {
    await preview.selectRequester(key);
    await waitForRating();
    const sidebar = preview.sidebar();
    const band = await sidebar.getByTestId('band').getAttribute('data-band');
    const expected = EXPECTED[key];
    if (expected?.band) expect(band, `${key}'s band`).toBe(expected.band);
    if (expected?.notBand) expect(band, `${key}'s band`).not.toBe(expected.notBand);
    // The band is in words, not only colour, and a sentence says why.
    expect((await sidebar.getByTestId('band').innerText()).trim().length).toBeGreaterThan(3);
    const summary = await sidebar.getByTestId('summary').innerText();
    expect(summary).toMatch(/\w+.*\.$/);
    expect(await sidebar.getByTestId('requester').innerText()).toContain(requester.user.name);
    if (band !== 'insufficient') expect(await sidebar.getByTestId('factor').count()).toBeGreaterThan(0);
  });

  test('opens a factor to the customer\'s own words with the match highlighted, and a quote opens its ticket', async () => {
    await preview.selectRequester('abusive');
    await waitForRating();
    const sidebar = preview.sidebar();
    const factor = sidebar.locator('[data-testid="factor"][data-kind="warning"]').first();
    await factor.getByRole('button').first().click();
    const quote = factor.getByTestId('evidence').first();
    await quote.waitFor();
    const highlighted = await quote.locator('mark').innerText();
    expect(highlighted.length).toBeGreaterThan(1);
    expect(await quote.locator('blockquote').innerText()).toContain(highlighted);
    const link = quote.getByTestId('evidence-link');
    const id = Number((await link.innerText()).replace(/\D/g, ''));
    expect(account.ticket(id)?.requester_id).toBe(account.requesters.find((r) => r.key === 'abusive')!.user.id);
    await link.click();
    const route = await preview.waitForRouteTo(id);
    expect(route).toBeTruthy();
  });

  test('shows good signs as good signs, and a loyal customer has no warning factor outweighing them', async () => {
    await preview.selectRequester('loyal');
    await waitForRating();
    const kinds = await preview.sidebar().getByTestId('factor').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(kinds).toContain('good');
  });

  test('renders customer-written markup as text and runs none of it', async () => {
    await preview.selectRequester('unsafe');
    await waitForRating();
    const sidebar = preview.sidebar();
    const factors = sidebar.getByTestId('factor');
    for (let i = 0; i < (await factors.count()); i++) await factors.nth(i).getByRole('button').first().click();
    expect(await sidebar.locator('#root script, #root img, #root a[href^="javascript:"], #root b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test('is in German for a German agent, dates and numbers included', async () => {
    const german = await session.open({ requester: 'late-payer', locale: 'de' });
    await german.sidebar().locator('[data-testid="fit-panel"][data-done="true"]').waitFor({ timeout: 30_000 });
    expect(await german.sidebar().getByTestId('band').innerText()).toBe('Passt schlecht');
    expect(await german.sidebar().getByTestId('summary').innerText()).toMatch(/(mal|Tickets)/);
    await german.screenshot('sidebar-de');
    await german.close();
  });

  test('says plainly what could not be read, and offers to read it again', async () => {
    const partial = await session.open({ requester: 'late-payer', fault: 'schema-mismatch' });
    const alert = partial.sidebar().getByTestId('partial');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toMatch(/could not be read/);
    expect(await partial.sidebar().getByTestId('band').count()).toBe(1);
    expect(await partial.axe()).toEqual([]);
    await partial.screenshot('sidebar-partial');
    await partial.close();
  });

  test('shows a full error with a retry when nothing can be read', async () => {
    const failing = await session.open({ requester: 'abusive', fault: 'server-error' });
    const error = failing.sidebar().getByTestId('error');
    await error.waitFor({ timeout: 45_000 });
    expect(await error.getByRole('button').innerText()).toBe('Try again');
    expect(await failing.axe()).toEqual([]);
    await failing.close();
  });

  test('while the ticket list takes 15 s, says what it waits for and for how long, asks again with more time, and rates', async () => {
    const slow = await session.open({ requester: 'outage', fault: 'slow-tickets' });
    const view = slow.sidebar();
    await view.getByTestId('loading').waitFor();
    const waiting = view.getByTestId('waiting');
    // The seconds count on while nothing comes.
    await waiting.filter({ hasText: /^Waiting for Zendesk to list the tickets… [3-9] s/ }).waitFor({ timeout: 12_000 });
    expect(await slow.axe()).toEqual([]);
    await waiting.filter({ hasText: 'Zendesk did not answer within 15 s. Asking again (try 2 of 3), waiting up to 30 s.' }).waitFor({ timeout: 20_000 });
    // The second try has the time the list needs: a rating, not an error.
    await view.getByTestId('band').waitFor({ timeout: 30_000 });
    expect(await view.getByTestId('error').count()).toBe(0);
    expect(await view.getByTestId('waiting').count()).toBe(0);
    await slow.close();
  }, 90_000);

  test('has no accessibility violations with a factor open, and sizes the frame to its content', async () => {
    await preview.selectRequester('late-payer');
    await waitForRating();
    await preview.sidebar().getByTestId('factor').first().getByRole('button').first().click();
    await preview.sidebar().getByTestId('evidence').first().waitFor();
    expect(await preview.axe()).toEqual([]);
    const frame = await preview.sidebarFrame();
    const content = await frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
    await expect.poll(() => preview.frameHeight()).toBeGreaterThanOrEqual(content);
    await preview.screenshot('sidebar-evidence');
  });

  test('no uncaught errors, and no request left this machine', () => {
    expect(preview.errors).toEqual([]);
    expect(session.network.offLocal()).toEqual([]);
  });
});
