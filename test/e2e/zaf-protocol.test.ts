import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Frame } from 'playwright-core';
import { createDemoAccount } from '../../src/demo';
import { demoAccount } from './harness/demo';
import type { PreviewPage } from './harness/preview-page';
import { startPreviewSession, type PreviewSession } from './harness/session';
import { PROBE_PARAMETERS } from './probe/build';

/**
 * The host side of the ZAF protocol, checked against the real SDK: the probe page is nothing but
 * `ZAFClient.init()`, so each answer here is what the app gets from the same calls.
 */
const account = demoAccount();
const [first, second] = account.requesters;
let session: PreviewSession;

type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Calls the probe's client inside its frame and reports how the promise settled. */
function settle(frame: Frame, call: string, ...args: unknown[]): Promise<Settled> {
  return frame.evaluate(
    async ([method, params]) => {
      const client = window.zafProbe.client as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      try {
        return { ok: true as const, value: await client[method]!(...params) };
      } catch (error) {
        const plain = error instanceof Error ? { name: error.name, message: error.message } : error;
        return { ok: false as const, error: plain };
      }
    },
    [call, args] as [string, unknown[]],
  );
}

async function openProbe(params: Parameters<PreviewSession['open']>[0] = {}): Promise<{ preview: PreviewPage; frame: Frame }> {
  const preview = await session.open(params);
  const frame = await preview.sidebarFrame();
  await frame.waitForFunction(() => window.zafProbe !== undefined);
  return { preview, frame };
}

beforeAll(async () => {
  session = await startPreviewSession({ dirs: { app: inject('probeDir') } });
});

afterAll(async () => {
  await session?.close();
});

describe('registration', () => {
  test('app.registered carries the ticket sidebar context and the manifest defaults as settings', async () => {
    const { preview, frame } = await openProbe({ requester: second!.key });
    const registered = (await frame.evaluate(() => window.zafProbe.registered)) as {
      context: Record<string, unknown>;
      metadata: Record<string, unknown>;
    };
    expect(registered.context).toMatchObject({
      host: 'zendesk',
      product: 'support',
      location: 'ticket_sidebar',
      ticketId: second!.ticketId,
      instanceGuid: await preview.instanceGuid(),
    });
    expect(registered.metadata).toMatchObject({ name: 'ZAF probe', version: '9.9.9' });
    // As an installation stores them: text for text and number fields, booleans for checkboxes.
    expect(registered.metadata.settings).toEqual({ hourly_cost: '15', lead_group: 'Team leads', show_costs: true });
    // client.context() and client.metadata() answer from the same registration.
    expect(await settle(frame, 'context')).toMatchObject({ ok: true, value: { ticketId: second!.ticketId } });
    expect(PROBE_PARAMETERS.length).toBeGreaterThan(Object.keys(registered.metadata.settings as object).length);
    await preview.close();
  });

  test('settings set on the page override the manifest defaults', async () => {
    const { preview, frame } = await openProbe({ settings: { hourly_cost: 42 } });
    expect(await settle(frame, 'metadata')).toMatchObject({ ok: true, value: { settings: { hourly_cost: '42', lead_group: 'Team leads' } } });
    await preview.close();
  });

  test('the app runs on another origin than the workspace, as in Zendesk', async () => {
    const { preview, frame } = await openProbe();
    const appOrigin = await frame.evaluate(() => window.location.origin);
    expect(appOrigin).not.toBe(new URL(preview.page.url()).origin);
    expect(await frame.evaluate(() => {
      try {
        return window.parent.document.title;
      } catch {
        return 'blocked';
      }
    })).toBe('blocked');
    await preview.close();
  });
});

describe('client.get', () => {
  test('reads the requester, the ticket and the agent', async () => {
    const { preview, frame } = await openProbe({ requester: first!.key });
    const result = await settle(frame, 'get', ['ticket.requester', 'ticket.id', 'currentUser', 'currentAccount.subdomain']);
    expect(result).toMatchObject({
      ok: true,
      value: {
        'ticket.requester': { id: first!.user.id, name: first!.user.name },
        'ticket.id': first!.ticketId,
        currentUser: { role: 'agent', locale: 'en-US' },
        'currentAccount.subdomain': account.subdomain,
        errors: {},
      },
    });
    await preview.close();
  });

  test('a team lead is an admin in the leads group, in the chosen language', async () => {
    const { preview, frame } = await openProbe({ role: 'admin', locale: 'de' });
    const result = await settle(frame, 'get', 'currentUser');
    expect(result.ok).toBe(true);
    const user = (result as { value: { currentUser: { role: string; locale: string; groups: { name: string }[] } } }).value.currentUser;
    expect(user.role).toBe('admin');
    expect(user.locale).toBe('de');
    expect(user.groups.map((g) => g.name)).toContain('Team leads');
    await preview.close();
  });

  test('switching the role on the page reloads the app as the other agent', async () => {
    const { preview } = await openProbe();
    const frame = await preview.selectRole('admin');
    await frame.waitForFunction(() => window.zafProbe !== undefined);
    expect(await settle(frame, 'get', 'currentUser.role')).toMatchObject({ ok: true, value: { 'currentUser.role': 'admin' } });
    await preview.close();
  });

  test('an unknown path rejects with an error that names it', async () => {
    const { preview, frame } = await openProbe();
    const result = await settle(frame, 'get', 'ticket.noSuchThing');
    expect(result.ok).toBe(false);
    expect((result as { error: { message: string } }).error.message).toContain('ticket.noSuchThing');
    await preview.close();
  });

  test('the user sidebar exposes the user, not a ticket', async () => {
    const { preview, frame } = await openProbe({ requester: second!.key, location: 'user_sidebar' });
    expect(await settle(frame, 'context')).toMatchObject({ ok: true, value: { location: 'user_sidebar', userId: second!.user.id } });
    expect(await settle(frame, 'get', 'user.name')).toMatchObject({ ok: true, value: { 'user.name': second!.user.name } });
    expect((await settle(frame, 'get', 'ticket.id')).ok).toBe(false);
    await preview.close();
  });
});

describe('client.invoke', () => {
  test('resize sets the height of the sidebar iframe', async () => {
    const { preview, frame } = await openProbe();
    expect((await settle(frame, 'invoke', 'resize', { width: '100%', height: '437px' })).ok).toBe(true);
    expect(await preview.frameHeight()).toBe(437);
    await preview.close();
  });

  test('routeTo a ticket is logged and opens that ticket in the workspace', async () => {
    const { preview, frame } = await openProbe({ requester: first!.key });
    const other = account.requesters.find((r) => r.ticketId !== first!.ticketId)!;
    const result = await settle(frame, 'invoke', 'routeTo', 'ticket', other.ticketId);
    expect(result.ok).toBe(true);
    const entry = await preview.waitForRouteTo(other.ticketId);
    expect(entry.known).toBe(true);
    await preview.page.getByText(`Opened ticket #${other.ticketId}`).waitFor();
    expect(await preview.page.textContent('.ticket-subject')).toBe(account.ticket(other.ticketId)!.subject);
    // A new tab in Zendesk is a new app instance, on the opened ticket.
    const reopened = await preview.waitForApp();
    await reopened.waitForFunction(() => window.zafProbe !== undefined);
    expect(await settle(reopened, 'get', 'ticket.id')).toMatchObject({ ok: true, value: { 'ticket.id': other.ticketId } });
    await preview.close();
  });

  test('routeTo a ticket of someone outside the switcher shows that ticket with its own requester', async () => {
    const demo = createDemoAccount({ now: new Date() });
    const known = new Set(Object.values(demo.requesters).map((r) => r.userId));
    const stranger = demo.tickets.find((t) => !known.has(t.requester_id) && !demo.archivedTicketIds.includes(t.id))!;
    const { preview, frame } = await openProbe({ requester: first!.key });
    await settle(frame, 'invoke', 'routeTo', 'ticket', stranger.id);
    await preview.page.getByText(`Opened ticket #${stranger.id}`).waitFor();
    const reopened = await preview.waitForApp();
    await reopened.waitForFunction(() => window.zafProbe !== undefined);
    expect(await settle(reopened, 'get', 'ticket.requester.id')).toMatchObject({ ok: true, value: { 'ticket.requester.id': stranger.requester_id } });
    expect(await preview.page.textContent('.ticket-subject')).toBe(stranger.subject);
    await preview.close();
  });

  test('a switch made right after a routeTo wins over it', async () => {
    const { preview, frame } = await openProbe({ requester: first!.key });
    const third = account.requesters[2]!;
    await settle(frame, 'invoke', 'routeTo', 'ticket', second!.ticketId);
    await preview.selectRequester(third.key);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(new URL(preview.page.url()).searchParams.get('requester')).toBe(third.key);
    expect(await preview.page.textContent('.ticket-subject')).toBe(account.ticket(third.ticketId)!.subject);
    await preview.close();
  });

  test('notify shows its message on the workspace, as text', async () => {
    const { preview, frame } = await openProbe();
    expect((await settle(frame, 'invoke', 'notify', 'Saved <i>the note</i>', 'notice')).ok).toBe(true);
    await expect.poll(() => preview.banner()).toBe('Saved <i>the note</i>');
    expect(await preview.page.locator('#preview-banner i').count()).toBe(0);
    await preview.close();
  });

  test('an action the host does not have rejects', async () => {
    const { preview, frame } = await openProbe();
    expect((await settle(frame, 'invoke', 'instances.nope')).ok).toBe(false);
    await preview.close();
  });
});

describe('client.request against the mock API', () => {
  test('resolves with the parsed body', async () => {
    const { preview, frame } = await openProbe();
    const result = await settle(frame, 'request', { url: `/api/v2/users/${first!.user.id}.json`, type: 'GET' });
    expect(result).toMatchObject({ ok: true, value: { user: { id: first!.user.id, name: first!.user.name } } });
    await preview.close();
  });

  test('with httpCompleteResponse, resolves with status, headers and responseJSON', async () => {
    const { preview, frame } = await openProbe();
    const result = await settle(frame, 'request', { url: `/api/v2/users/${first!.user.id}.json`, httpCompleteResponse: true });
    expect(result).toMatchObject({ ok: true, value: { status: 200, responseJSON: { user: { id: first!.user.id } } } });
    expect((result as { value: { headers: Record<string, string> } }).value.headers['content-type']).toContain('json');
    await preview.close();
  });

  test('a 404 rejects with status, statusText and responseText, as ZAF does', async () => {
    const { preview, frame } = await openProbe();
    const result = await settle(frame, 'request', { url: '/api/v2/users/999999999.json' });
    expect(result.ok).toBe(false);
    const failure = (result as { error: { status: number; statusText: string; responseText: string } }).error;
    expect(failure.status).toBe(404);
    expect(failure.statusText).toBe('Not Found');
    expect(JSON.parse(failure.responseText)).toHaveProperty('error');
    await preview.close();
  });

  test('an injected fault fails every call until it is switched off', async () => {
    const fault = account.faults[0];
    expect(fault, 'the demo API should offer at least one fault').toBeDefined();
    const { preview, frame } = await openProbe({ fault });
    const failed = await settle(frame, 'request', { url: `/api/v2/users/${first!.user.id}.json`, autoRetry: false });
    expect(failed.ok).toBe(false);
    expect((failed as { error: { status: number } }).error.status).toBeGreaterThanOrEqual(400);
    await preview.page.selectOption('#preview-fault', '');
    const healthy = await preview.waitForApp();
    await healthy.waitForFunction(() => window.zafProbe !== undefined);
    expect((await settle(healthy, 'request', { url: `/api/v2/users/${first!.user.id}.json` })).ok).toBe(true);
    await preview.close();
  });

  test('a note the app adds to the open ticket appears in the conversation at once', async () => {
    const { preview, frame } = await openProbe({ requester: first!.key });
    const before = await preview.page.locator('.ticket .comment').count();
    const body = JSON.stringify({ ticket: { comment: { body: 'Probe note <b>not bold</b>', public: false } } });
    const result = await settle(frame, 'request', { url: `/api/v2/tickets/${first!.ticketId}.json`, type: 'PUT', contentType: 'application/json', data: body });
    expect(result.ok).toBe(true);
    const note = preview.page.locator('.ticket .comment.internal').last();
    await note.waitFor();
    expect(await preview.page.locator('.ticket .comment').count()).toBe(before + 1);
    expect(await note.locator('.comment-body').innerText()).toBe('Probe note <b>not bold</b>');
    await preview.close();
  });

  test('every request is logged with its outcome', async () => {
    const { preview, frame } = await openProbe();
    await settle(frame, 'request', { url: '/api/v2/users/999999999.json' });
    const entry = await preview.waitForLog('the logged request', (e) => e.kind === 'request' && e.url.includes('999999999'));
    expect(entry).toMatchObject({ kind: 'request', method: 'GET', status: 404, done: false });
    await preview.close();
  });
});

describe('events', () => {
  test('client.trigger reaches the app’s own listeners', async () => {
    const { preview, frame } = await openProbe();
    await frame.evaluate(() => window.zafProbe.listen('probe.ping'));
    await frame.evaluate(() => window.zafProbe.client.trigger?.('probe.ping', { n: 1 }));
    await frame.waitForFunction(() => window.zafProbe.events.some((e) => e.name === 'probe.ping'));
    expect(await frame.evaluate(() => window.zafProbe.events)).toEqual([{ name: 'probe.ping', data: { n: 1 } }]);
    await preview.close();
  });

  test('changing the ticket’s requester fires its change events in the running app', async () => {
    const { preview, frame } = await openProbe({ requester: first!.key });
    await frame.evaluate(() => window.zafProbe.listen('ticket.requester.id.changed'));
    const guid = await preview.instanceGuid();
    await preview.reassignRequester(second!.key);
    await frame.waitForFunction(() => window.zafProbe.events.length > 0);
    expect(await frame.evaluate(() => window.zafProbe.events)).toEqual([{ name: 'ticket.requester.id.changed', data: second!.user.id }]);
    expect(await settle(frame, 'get', 'ticket.requester.name')).toMatchObject({ ok: true, value: { 'ticket.requester.name': second!.user.name } });
    expect(await preview.instanceGuid()).toBe(guid);
    await preview.close();
  });

  test('switching to the dark scheme tells the running app without reloading it', async () => {
    const { preview, frame } = await openProbe();
    expect(await settle(frame, 'get', 'colorScheme')).toMatchObject({ ok: true, value: { colorScheme: 'light' } });
    await frame.evaluate(() => window.zafProbe.listen('colorScheme.changed'));
    const guid = await preview.instanceGuid();
    await preview.page.selectOption('#preview-color-scheme', 'dark');
    await frame.waitForFunction(() => window.zafProbe.events.length > 0);
    expect(await frame.evaluate(() => window.zafProbe.events)).toEqual([{ name: 'colorScheme.changed', data: 'dark' }]);
    expect(await preview.instanceGuid()).toBe(guid);
    await preview.close();
  });
});

test('nothing left this machine', () => {
  expect(session.network.offLocal()).toEqual([]);
});
