import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseWarningFields } from '../../src/core/warnings';
import { rawDemoAccount } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';

// The warning fields are user fields, which any agent allowed to edit users can change. In the demo
// account, Nadia Brandt's strike 2 was written by a script Tom (an agent) ran, naming Ana, the team
// lead; its note claims Ana too, but Zendesk records Tom as the note's author. Everyone who opens
// the customer must see that the step is not backed by a lead's note, and who really wrote it.

const demo = rawDemoAccount();
const userOf = (name: string) => demo.users.find((u) => u.name === name)!;
const TOM = userOf('Tom Okafor');
const forged = demo.users.find((u) => u.id === demo.requesters['watch-forged'].userId)!;

let session: PreviewSession;
let preview: PreviewPage;

beforeAll(async () => {
  session = await startPreviewSession();
  preview = await session.open({ requester: 'watch-forged', role: 'admin', locale: 'en-US' });
});

afterAll(async () => {
  await session?.close();
});

describe('a warning recorded in a team lead\'s name from an agent\'s account', () => {
  test('the record on the customer claims the team lead', () => {
    expect(parseWarningFields(forged.user_fields).record?.by.name).toBe('Ana Ferreira');
  });

  test('the sidebar shows strike 2 as not verified, naming the agent who wrote its note; strike 1, which the team lead gave, is not flagged', async () => {
    const app = preview.sidebar();
    const banner = app.getByTestId('warning-banner');
    await expect.poll(() => banner.getAttribute('data-check'), { timeout: 30_000 }).toBe('unverified');
    expect(await banner.getAttribute('data-level')).toBe('2');
    const steps = app.getByTestId('unverified-step');
    expect(await steps.count()).toBe(1);
    expect(await steps.getAttribute('data-level')).toBe('2');
    expect(await steps.getAttribute('data-author-id')).toBe(String(TOM.id));
    expect(await steps.innerText()).toBe('Strike 2 names Ana Ferreira, but its note was written by Tom Okafor, who is not a team lead.');
    expect(await preview.axe()).toEqual([]);
  });

  test('an agent sees it too, in German', async () => {
    await preview.selectRole('agent');
    await preview.selectLocale('de');
    const app = preview.sidebar();
    await expect.poll(() => app.getByTestId('warning-banner').getAttribute('data-check'), { timeout: 30_000 }).toBe('unverified');
    expect(await app.getByTestId('unverified-step').innerText()).toBe(
      '2. Verwarnung nennt Ana Ferreira, aber die Notiz hat Tom Okafor geschrieben, und Tom Okafor gehört nicht zur Teamleitung.',
    );
  });

  test('a warning the team lead gave is verified and shows no such notice', async () => {
    await preview.selectRequester('watch-final-notice');
    const app = preview.sidebar();
    await expect.poll(() => app.getByTestId('warning-banner').getAttribute('data-check'), { timeout: 30_000 }).toBe('verified');
    expect(await app.getByTestId('warning-unverified').count()).toBe(0);
  });

  test('the watchlist row says so, naming the agent; the other rows do not', async () => {
    await preview.selectLocale('en-US');
    await preview.selectRole('admin');
    await preview.selectLocation('nav_bar');
    const app = preview.sidebar();
    const row = app.locator(`[data-testid="watch-row"][data-user-id="${forged.id}"]`);
    const note = row.getByTestId('level-unverified');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.innerText()).toBe('Not verified: Strike 2 names Ana Ferreira, but its note was written by Tom Okafor, who is not a team lead.');
    expect(await note.getAttribute('data-author-id')).toBe(String(TOM.id));
    // Every other flagged customer's warning was given by the team lead.
    const checks = () => app.getByTestId('level').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-check')));
    await expect.poll(async () => (await checks()).every((c) => c === 'verified' || c === 'unverified'), { timeout: 30_000 }).toBe(true);
    expect((await checks()).filter((c) => c === 'unverified')).toHaveLength(1);
    expect(await app.getByTestId('level-unverified').count()).toBe(1);
  });

  test('no uncaught errors, and no request left this machine', () => {
    expect(preview.errors).toEqual([]);
    expect(session.network.offLocal()).toEqual([]);
  });
});
