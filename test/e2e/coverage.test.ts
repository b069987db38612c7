import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARCHIVED_BEYOND_SEARCH } from '../../src/demo/api/scenarios';
import { requesterFacts } from './harness/demo';
import type { PreviewPage, PreviewParams } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// What the sidebar says of how much of a customer's history it read, with the preview's presets
// for a list cut short, tickets that could not be read, and more archived tickets than Search pages.

const heavy = requesterFacts().find((r) => r.key === 'heavy')!;
let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
});

afterAll(async () => {
  await session?.close();
});

/** Opens the heavy requester; each app instance starts with nothing cached (the preview's frame has no localStorage). */
async function openHeavy(params: PreviewParams): Promise<PreviewPage> {
  return session.open({ ...params, requester: 'heavy' });
}

test('a ticket list cut short after its first page says the total is unknown and marks the band provisional, in English and German', async () => {
  const preview = await openHeavy({ fault: 'list-fails-after-first-page' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  expect(await sidebar.getByTestId('requester').innerText()).toBe(`${heavy.name} · at least 100 tickets`);
  expect(await sidebar.getByTestId('provisional').innerText()).toBe('Provisional');
  expect(await sidebar.getByTestId('provisional-note').innerText()).toBe('Provisional: based on the 100 tickets read, of an unknown number.');
  const partial = await sidebar.getByTestId('partial').innerText();
  expect(partial).toContain('More tickets could not be listed; how many is not known (Zendesk answered with an error).');
  expect(partial).not.toMatch(/\b1 ticket could not be listed/);
  expect(await preview.axe()).toEqual([]);
  expect(await preview.sidebarOverflow()).toBe(0);
  await preview.screenshot('sidebar-provisional');

  await preview.selectLocale('de');
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  expect(await sidebar.getByTestId('requester').innerText()).toBe(`${heavy.name} · mindestens 100 Tickets`);
  expect(await sidebar.getByTestId('provisional').innerText()).toBe('Vorläufig');
  expect(await sidebar.getByTestId('provisional-note').innerText()).toBe('Vorläufig: beruht auf den 100 gelesenen Tickets, die Gesamtzahl ist unbekannt.');
  expect(await sidebar.getByTestId('partial').innerText()).toContain('Weitere Tickets konnten nicht aufgelistet werden; wie viele, ist nicht bekannt');
  await preview.close();
});

test('re-opened from the cache, the sidebar still says which tickets could not be read, and reads them on retry', async () => {
  const preview = await openHeavy({ fault: 'unreadable-after-first-page' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  const said = '14 tickets could not be read (the answer was not what Zendesk normally sends).';
  expect(await sidebar.getByTestId('partial').innerText()).toContain(said);

  // Another customer on the ticket, then this one again: the same app instance re-opens the history
  // from its cache and reads only the first page of the list to see what changed.
  await preview.reassignRequester('loyal');
  await sidebar.getByTestId('requester').filter({ hasNotText: heavy.name }).waitFor();
  await preview.waitForSidebarSettled();
  const asked = (await preview.log()).filter((e) => e.kind === 'request').length;
  await preview.reassignRequester('heavy');
  await sidebar.getByTestId('requester').filter({ hasText: heavy.name }).waitFor();
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const warm = (await preview.log()).filter((e) => e.kind === 'request').slice(asked);
  expect(warm.filter((e) => e.kind === 'request' && e.url.includes('/tickets/requested'))).toHaveLength(1);
  expect(await sidebar.getByTestId('requester').innerText()).toBe(`${heavy.name} · 1,500 tickets`);
  expect(await sidebar.getByTestId('partial').innerText()).toContain(said);
  expect(await sidebar.getByTestId('provisional').count()).toBe(0);

  await sidebar.getByTestId('partial').getByRole('button').click();
  await sidebar.getByTestId('partial').waitFor({ state: 'detached' });
  expect(await sidebar.getByTestId('requester').innerText()).toBe(`${heavy.name} · 1,500 tickets`);
  await preview.close();
});

test('archived tickets beyond the 1,000 Search pages are read as well, and counted', async () => {
  const preview = await openHeavy({ fault: 'archived-beyond-search' });
  expect(await preview.waitForSidebarSettled()).toBe('ready');
  const sidebar = preview.sidebar();
  const total = (heavy.ticketCount + ARCHIVED_BEYOND_SEARCH).toLocaleString('en-US');
  expect(await sidebar.getByTestId('requester').innerText()).toBe(`${heavy.name} · ${total} tickets`);
  expect(await sidebar.getByTestId('partial').count()).toBe(0);
  expect(await sidebar.getByTestId('provisional').count()).toBe(0);
  const exported = (await preview.log()).filter((e) => e.kind === 'request' && e.url.includes('/api/v2/search/export'));
  expect(exported.length).toBeGreaterThan(0);
  await preview.close();
});
