import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FrameLocator } from 'playwright-core';
import { DEFAULT_WARNING_SETTINGS, warningState } from '../../src/core/warnings';
import { rawDemoAccount } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

const demo = rawDemoAccount();
const flagged = demo.users.filter((user) => user.tags.some((tag) => tag.startsWith('customer_fit_')));
const nameOf = (key: keyof typeof demo.requesters) => demo.users.find((u) => u.id === demo.requesters[key].userId)!.name;
const DAY_MS = 86_400_000;
const NOW = new Date();

/** What the demo account stores about a flagged customer's warning, read as the sidebar reads it. */
function stateOf(userId: number) {
  return warningState(demo.users.find((u) => u.id === userId)!, DEFAULT_WARNING_SETTINGS, NOW);
}

/** The latest strike or concern on a customer: what "last activity" means on the watchlist. */
function lastActivity(userId: number): number {
  const state = stateOf(userId);
  const dates = [state.raisedAt, ...state.openConcerns.map((c) => c.at)].filter((d): d is string => d !== null).map((d) => Date.parse(d));
  return dates.length ? Math.max(...dates) : -Infinity;
}

let session: PreviewSession;
let preview: PreviewPage;
let app: FrameLocator;

async function names(): Promise<string[]> {
  return app.getByTestId('open-user').allInnerTexts();
}

/** Waits until every customer on the page has a rating or a plain "could not be computed". */
async function waitForRatings(): Promise<void> {
  await app.getByTestId('rating-progress').filter({ hasText: 'The ratings of this page are done.' }).waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  session = await startPreviewSession();
  preview = await session.open({ location: 'nav_bar', role: 'admin', locale: 'en-US' });
  app = preview.sidebar();
  await app.locator('[data-testid="search-status"][data-done="true"]').waitFor({ timeout: 20_000 });
});

afterAll(async () => {
  await session?.close();
});

describe('the watchlist in the nav bar', () => {
  test('lists every flagged customer of the demo account, most severe first, found through Search', async () => {
    expect(flagged.length).toBeGreaterThanOrEqual(5);
    expect(await app.getByTestId('search-status').innerText()).toContain(`${flagged.length} customers on the watchlist`);
    expect((await names()).toSorted()).toEqual(flagged.map((u) => u.name).toSorted());
    // Final notice, strike 2 (the newer strike first), strike 1, then a concern without a strike.
    expect((await names()).slice(0, 5)).toEqual([nameOf('watch-final-notice'), nameOf('watch-strike-2'), nameOf('watch-forged'), nameOf('watch-strike-1'), nameOf('watch-concern')]);
    expect(await app.getByTestId('level').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-level')))).toEqual(['final-notice', 'strike-2', 'strike-2', 'strike-1', 'concern']);
    // One user search per app tag (the rating loads search archived tickets too, by type:ticket).
    const userSearches = (await preview.log()).filter(
      (e) => e.kind === 'request' && new URL(e.url).pathname === '/api/v2/search' && new URL(e.url).searchParams.get('query')?.startsWith('type:user'),
    );
    expect(userSearches.length).toBe(4);
  });

  test('shows the open concerns and who raised them, and when and by whom the warning was given', async () => {
    for (const user of flagged) {
      const state = stateOf(user.id);
      const row = app.locator(`[data-testid="watch-row"][data-user-id="${user.id}"]`);
      const concerns = await row.getByTestId('concerns').innerText();
      if (state.openConcerns.length === 0) {
        expect(concerns).toBe('None');
      } else {
        const raisers = [...new Set(state.openConcerns.map((c) => c.by.name))];
        expect(concerns).toContain(`${state.openConcerns.length} open concern`);
        expect(concerns).toContain(`raised by ${raisers.join(', ')}`);
      }
      if (state.effectiveLevel > 0 && state.latest?.action === 'strike') {
        expect(await row.getByTestId('level').innerText()).toContain(`by ${state.latest.by.name}`);
      }
    }
  });

  test('rates the customers on the page, with their tickets of the last 90 days', async () => {
    await waitForRatings();
    const statuses = await app.getByTestId('rating').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));
    expect(statuses.every((s) => s === 'rated')).toBe(true);
    for (const user of flagged) {
      const row = app.locator(`[data-testid="watch-row"][data-user-id="${user.id}"]`);
      const recent = demo.tickets.filter((t) => t.requester_id === user.id && Date.now() - Date.parse(t.created_at) <= 90 * DAY_MS).length;
      expect(await row.getByTestId('tickets-recent').innerText()).toBe(String(recent));
      const org = demo.organizations.find((o) => o.id === user.organization_id);
      expect(await row.getByTestId('organization').innerText()).toBe(org?.name ?? 'No organization');
    }
  });

  test('sorts by name, last activity and fit', async () => {
    await app.getByTestId('sort-name').focus();
    await preview.page.keyboard.press('Enter');
    expect(await names()).toEqual(flagged.map((u) => u.name).toSorted((a, b) => a.localeCompare(b)));
    await app.getByTestId('sort-name').click();
    expect(await names()).toEqual(flagged.map((u) => u.name).toSorted((a, b) => b.localeCompare(a)));

    // Newest activity (the latest strike or concern) first.
    await app.getByTestId('sort-activity').click();
    const byActivity = flagged.toSorted((a, b) => lastActivity(b.id) - lastActivity(a.id)).map((u) => u.name);
    expect(await names()).toEqual(byActivity);
    expect(await app.locator('th[aria-sort="descending"]').innerText()).toContain('Last activity');

    await app.getByTestId('sort-band').click();
    const rank: Record<string, number> = { poor: 3, watch: 2, good: 1, insufficient: 0 };
    const bands = await app.getByTestId('rating').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-band') ?? ''));
    expect(bands.map((b) => rank[b])).toEqual(bands.map((b) => rank[b]).toSorted((a, b) => b! - a!));

    await app.getByTestId('sort-level').click();
    expect((await names())[0]).toBe(nameOf('watch-final-notice'));
  });

  test('filters by level, fit and last activity', async () => {
    await app.getByTestId('filter-level').selectOption('strike-1');
    expect(await names()).toEqual([nameOf('watch-strike-1')]);
    await app.getByTestId('filter-level').selectOption('any');

    const band = await app.locator(`[data-testid="watch-row"][data-user-id="${demo.requesters['watch-final-notice'].userId}"] [data-testid="rating"]`).getAttribute('data-band');
    const allBands = await app.getByTestId('rating').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-band')));
    await app.getByTestId('filter-band').selectOption(band!);
    expect((await names()).length).toBe(allBands.filter((b) => b === band).length);
    expect(await names()).toContain(nameOf('watch-final-notice'));
    await app.getByTestId('filter-band').selectOption('any');

    await app.getByTestId('filter-activity').selectOption('30');
    const recent = flagged.filter((u) => NOW.getTime() - lastActivity(u.id) <= 30 * DAY_MS).map((u) => u.name);
    expect(recent.length).toBeGreaterThan(0);
    expect(recent.length).toBeLessThan(flagged.length);
    expect((await names()).toSorted()).toEqual(recent.toSorted());
    // Nothing is left when the filters exclude each other.
    await app.getByTestId('filter-activity').selectOption('older');
    await app.getByTestId('filter-level').selectOption('final-notice');
    expect(await app.getByTestId('no-match').innerText()).toBe('No customer matches these filters.');
    await app.getByTestId('filter-level').selectOption('any');
    await app.getByTestId('filter-activity').selectOption('any');
    expect((await names()).length).toBe(flagged.length);
  });

  test('expands a row to the same factors and evidence the sidebar shows', async () => {
    const row = app.locator(`[data-testid="watch-row"][data-user-id="${demo.requesters['watch-final-notice'].userId}"]`);
    const toggle = row.getByTestId('toggle-details');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // By keyboard, as a lead working through the list would.
    await toggle.focus();
    await preview.page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const details = app.getByTestId('watch-details');
    await details.waitFor();
    expect(await details.getByTestId('summary').innerText()).not.toBe('');
    expect(await details.getByTestId('factor').count()).toBeGreaterThan(0);
    await preview.screenshot('watchlist');
  });

  test('has no WCAG 2.1 AA violations that axe can find, with a row expanded', async () => {
    expect(await preview.axe('sidebar')).toEqual([]);
  });

  test('a row opens the customer in Zendesk', async () => {
    const kyle = demo.requesters['watch-concern'].userId;
    await app.locator(`[data-testid="watch-row"][data-user-id="${kyle}"]`).getByTestId('open-user').focus();
    await preview.page.keyboard.press('Enter');
    const entry = await preview.waitForLog(`routeTo user ${kyle}`, (e) => e.kind === 'routeTo' && e.target === 'user' && Number(e.id) === kyle);
    expect(entry).toMatchObject({ known: true });
  });

  test('tells an agent, politely, that the page is for team leads, and searches nothing', async () => {
    const agent = await session.open({ location: 'nav_bar', role: 'agent', locale: 'en-US' });
    const view = agent.sidebar();
    await view.getByTestId('leads-only').waitFor();
    expect(await view.getByTestId('leads-only').innerText()).toContain('The watchlist is for team leads.');
    expect(await view.getByTestId('watchlist').count()).toBe(0);
    // The lead's page searched; the agent's did not ask Zendesk for anything of the watchlist.
    const requests = (await agent.log()).filter((e) => e.kind === 'request').map((e) => (e.kind === 'request' ? new URL(e.url).pathname : ''));
    expect(requests.filter((path) => path.startsWith('/api/v2/search'))).toEqual([]);
    expect((await preview.log()).some((e) => e.kind === 'request' && new URL(e.url).pathname === '/api/v2/search')).toBe(true);
    expect(await agent.axe('sidebar')).toEqual([]);
  });

  test('shows progress while the ratings load, two customers at a time', async () => {
    // Zendesk is slow to list tickets: the search is done, the ratings are still being read.
    const slow = await session.open({ location: 'nav_bar', role: 'admin', locale: 'en-US', fault: 'slow-tickets' });
    const view = slow.sidebar();
    await view.locator('[data-testid="search-status"][data-done="true"]').waitFor({ timeout: 20_000 });
    await view.getByTestId('rating-progress').filter({ hasText: `Rating the customers on this page: 0 of ${flagged.length} done` }).waitFor();
    const statuses = await view.getByTestId('rating').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));
    expect(statuses.filter((s) => s === 'loading')).toHaveLength(2);
    expect(statuses.filter((s) => s === 'queued')).toHaveLength(flagged.length - 2);
    expect(await view.getByTestId('rating').first().innerText()).toMatch(/Rating…|Waiting to be rated/);
    await slow.close();
  });

  test('never says that no customer is flagged when Zendesk did not answer the searches', async () => {
    const failing = await session.open({ location: 'nav_bar', role: 'admin', locale: 'en-US', fault: 'server-error' });
    const view = failing.sidebar();
    await view.locator('[data-testid="search-status"][data-done="true"]').waitFor({ timeout: 20_000 });
    const status = await view.getByTestId('search-status').innerText();
    expect(status).not.toMatch(/No customer/);
    expect(status).toBe('Zendesk did not answer the search, so it is not known who is on the watchlist.');
    expect(await view.getByTestId('search-problems').getByRole('button', { name: 'Search again' }).isEnabled()).toBe(true);
    expect(await failing.axe('sidebar')).toEqual([]);
    await failing.close();
  });

  test('says plainly when a rating could not be computed, and offers to try again', async () => {
    const broken = await session.open({ location: 'nav_bar', role: 'admin', locale: 'en-US', fault: 'malformed-json' });
    const view = broken.sidebar();
    await view.getByTestId('rating-progress').filter({ hasText: 'The ratings of this page are done.' }).waitFor({ timeout: 30_000 });
    const failed = view.locator('[data-testid="rating"][data-status="failed"]');
    expect(await failed.count()).toBe(flagged.length);
    expect(await failed.first().innerText()).toContain('Could not be computed: the answer was not what Zendesk normally sends.');
    expect(await failed.first().getByRole('button', { name: 'Try again' }).isEnabled()).toBe(true);
    // Without a rating there is nothing to unfold.
    expect(await view.getByTestId('toggle-details').first().isDisabled()).toBe(true);
    await broken.close();
  });

  test('speaks German', async () => {
    const german = await session.open({ location: 'nav_bar', role: 'admin', locale: 'de' });
    const view = german.sidebar();
    await view.locator('[data-testid="search-status"][data-done="true"]').waitFor({ timeout: 20_000 });
    expect(await view.getByRole('heading', { level: 1 }).innerText()).toBe('Beobachtungsliste');
    expect(await view.getByTestId('search-status').innerText()).toContain(`${flagged.length} Kunden auf der Beobachtungsliste`);
  });
});

describe('the watchlist over more than one page', () => {
  // Six more customers get a concern through the sidebar, as agents raise them; the host page keeps
  // every write, so the nav bar then lists eleven customers on two pages. The second page holds only
  // a customer the sidebar never opened, so any read of them would be the watchlist's.
  const raised = ['loyal', 'outage', 'late-payer', 'abusive', 'newcomer', 'unsafe'] as const;

  test('pages through the list, rating only the page on screen', async () => {
    const page = await session.open({ requester: raised[0], role: 'admin', location: 'ticket_sidebar', locale: 'en-US' });
    for (const key of raised) {
      if (key !== raised[0]) await page.selectRequester(key);
      const view = page.sidebar();
      await view.locator('[data-testid="fit-panel"][data-done="true"]').waitFor({ timeout: 30_000 });
      await view.getByTestId('warning-actions').waitFor();
      await view.getByRole('button', { name: 'Raise a concern' }).click();
      await view.getByTestId('reason').fill(`Asked three times for the same thing (${key}).`);
      await view.getByTestId('confirm').click();
      await view.getByTestId('write-done').waitFor({ timeout: 20_000 });
    }

    await page.selectLocation('nav_bar');
    const view = page.sidebar();
    const total = flagged.length + raised.length;
    await view.locator('[data-testid="search-status"][data-done="true"]').waitFor({ timeout: 20_000 });
    expect(await view.getByTestId('search-status').innerText()).toContain(`${total} customers on the watchlist`);
    expect(await view.getByTestId('page-status').innerText()).toBe(`Customers 1–10 of ${total}`);
    expect(await view.getByTestId('page-previous').isDisabled()).toBe(true);
    expect(await view.getByTestId('watch-row').count()).toBe(10);
    await view.getByTestId('rating-progress').filter({ hasText: 'The ratings of this page are done.' }).waitFor({ timeout: 30_000 });
    const firstPage = await view.getByTestId('watch-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-user-id'))));

    const readBefore = (await page.log()).filter((e) => e.kind === 'request').map((e) => (e.kind === 'request' ? new URL(e.url).pathname : ''));
    await view.getByTestId('page-next').click();
    expect(await view.getByTestId('page-status').innerText()).toBe(`Customers 11–${total} of ${total}`);
    expect(await view.getByTestId('page-next').isDisabled()).toBe(true);
    const secondPage = await view.getByTestId('watch-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-user-id'))));
    expect(secondPage).toHaveLength(total - 10);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    // The customers of the second page were not read while the first page was on screen.
    for (const id of secondPage) expect(readBefore.filter((path) => path.startsWith(`/api/v2/users/${id}`))).toEqual([]);
    await view.getByTestId('rating-progress').filter({ hasText: 'The ratings of this page are done.' }).waitFor({ timeout: 30_000 });

    // Back to the first page: its ratings are kept, nothing is read again.
    await view.getByTestId('page-previous').click();
    const statuses = await view.getByTestId('rating').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-status')));
    expect(statuses.every((s) => s === 'rated')).toBe(true);
    expect(await page.axe('sidebar')).toEqual([]);
    await page.close();
  }, 180_000);
});
