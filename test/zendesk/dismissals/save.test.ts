import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DISMISSALS_FIELD, parseDismissals, quoteId, type Dismissal } from '../../../src/core/dismissals';
import { createDemoAccount } from '../../../src/demo/account';
import { createMockApi } from '../../../src/demo/api';
import type { DemoAccount } from '../../../src/demo/types';
import { createFetchPort } from '../../../src/zendesk/fetch-port';
import { isDismissalNotKeptError, readDismissals, saveDismissal } from '../../../src/zendesk/dismissals';
import type { RequestPort } from '../../../src/zendesk/port';
import type { ZafRequestOptions } from '../../../src/zendesk/zaf-client';

const NOW = new Date('2026-11-23T10:00:00Z');
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

let base: DemoAccount | null = null;
function setup(options: { appFieldsInstalled?: boolean } = {}) {
  base ??= createDemoAccount({ now: NOW });
  const account = structuredClone(base);
  const api = createMockApi(account, { latencyMs: 0, rateLimitPerMinute: null, clock: () => NOW, ...options });
  server.use(...api.handlers);
  const customer = account.users.find((u) => u.id === account.requesters.abusive.userId)!;
  return { account, customer };
}

/** A port per agent, logging what it sent, with a hook before each request to interleave agents. */
function agentPort(hook: (options: ZafRequestOptions) => Promise<void> | void = () => undefined) {
  const inner = createFetchPort('https://demo.zendesk.test');
  const sent: { method: string; url: string; body: unknown }[] = [];
  const port: RequestPort & { sent: typeof sent } = {
    sent,
    async request<T>(options: ZafRequestOptions): Promise<T> {
      await hook(options);
      sent.push({ method: options.type ?? 'GET', url: options.url, body: options.data === undefined ? undefined : JSON.parse(String(options.data)) });
      return inner.request<T>(options);
    },
  };
  return port;
}

function dismissal(ticketId: number, by: string, at = NOW.toISOString()): Dismissal {
  return { ticketId, commentId: ticketId * 10, signal: 'abuse', quote: 'abc12', by: { id: ticketId, name: by }, at, reason: `${by} knows them` };
}

const fast = { settleMs: 0 };
const jitter = () => new Promise<void>((r) => setTimeout(r, Math.floor(Math.random() * 5)));

describe('saving a dismissal on the customer', () => {
  it('writes the dismissals field alone: the user’s other fields and tags stay as they were', async () => {
    const { customer } = setup();
    customer.user_fields.customer_fit_warning_record = '{"keep":"me"}';
    const before = structuredClone(customer);
    const port = agentPort();
    const d = dismissal(1, 'Sam');
    await saveDismissal(port, customer.id, { kind: 'dismissed', entry: d }, fast);
    const writes = port.sent.filter((r) => r.method !== 'GET');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body).toEqual({ user: { user_fields: { [DISMISSALS_FIELD]: expect.any(String) } } });
    expect(customer.tags).toEqual(before.tags);
    const { [DISMISSALS_FIELD]: written, ...others } = customer.user_fields;
    expect(others).toEqual(before.user_fields);
    expect(parseDismissals({ [DISMISSALS_FIELD]: written }).stored.dismissed).toEqual([d]);
  });

  it('two agents who both read before either wrote: the second write replaces the first, which is merged back', async () => {
    const { customer } = setup();
    // A reads, B reads, A writes, B writes (without A's), then A reads back and finds it gone.
    let release!: () => void;
    const bothRead = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    let bWrote!: () => void;
    const bWrites = new Promise<void>((resolve) => (bWrote = resolve));
    const a = agentPort(async (o) => {
      if ((o.type ?? 'GET') === 'GET' && a.sent.some((r) => r.method === 'PUT')) await bWrites;
      if ((o.type ?? 'GET') === 'GET' && ++reads === 2) release();
      if (o.type === 'PUT') await bothRead;
    });
    const b = agentPort(async (o) => {
      if ((o.type ?? 'GET') === 'GET' && ++reads === 2) release();
      if (o.type === 'PUT') {
        await bothRead;
        while (!a.sent.some((r) => r.method === 'PUT')) await new Promise((r) => setTimeout(r, 1));
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    const bSave = saveDismissal(b, customer.id, { kind: 'dismissed', entry: dismissal(2, 'Bea') }, fast).finally(() => bWrote());
    const aSave = saveDismissal(a, customer.id, { kind: 'dismissed', entry: dismissal(1, 'Ada') }, fast);
    await Promise.all([aSave, bSave]);
    expect(a.sent.filter((r) => r.method === 'PUT').length).toBe(2);
    const kept = (await readDismissals(agentPort(), customer.id)).stored.dismissed.map((d) => d.by.name).toSorted();
    expect(kept).toEqual(['Ada', 'Bea']);
  });

  it('three agents at once with random delays on every request: nothing is lost, over many interleavings', async () => {
    for (let seed = 1; seed <= 8; seed++) {
      const { customer } = setup();
      let state = seed * 7919;
      const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
      const delay = () => new Promise<void>((r) => setTimeout(r, Math.floor(random() * 8)));
      const agents = ['Ada', 'Bea', 'Cy'].map((name, i) => ({ port: agentPort(delay), entry: dismissal(i + 1, name) }));
      await Promise.all(agents.map(({ port, entry }) => saveDismissal(port, customer.id, { kind: 'dismissed', entry }, { settleMs: 40 })));
      const kept = (await readDismissals(agentPort(), customer.id)).stored.dismissed.map(quoteId).toSorted();
      expect(kept, `seed ${seed}`).toEqual(agents.map((a) => quoteId(a.entry)).toSorted());
    }
  });

  it('a restore and another agent’s dismissal at once both hold', async () => {
    const { customer } = setup();
    const first = dismissal(1, 'Ada', '2026-11-23T09:00:00.000Z');
    await saveDismissal(agentPort(), customer.id, { kind: 'dismissed', entry: first }, fast);
    const restore = { ...first, by: { id: 9, name: 'Lead' }, at: NOW.toISOString() };
    await Promise.all([
      saveDismissal(agentPort(jitter), customer.id, { kind: 'restored', entry: restore }, { settleMs: 30 }),
      saveDismissal(agentPort(jitter), customer.id, { kind: 'dismissed', entry: dismissal(2, 'Bea') }, { settleMs: 30 }),
    ]);
    const { stored } = await readDismissals(agentPort(), customer.id);
    expect(stored.dismissed.map((d) => d.by.name)).toEqual(['Bea']);
    expect(stored.restored.map((r) => r.by.name)).toEqual(['Lead']);
  });

  it('does not overwrite a field it cannot read, and says so', async () => {
    const { customer } = setup();
    customer.user_fields[DISMISSALS_FIELD] = 'notes typed by hand';
    const port = agentPort();
    const error = await saveDismissal(port, customer.id, { kind: 'dismissed', entry: dismissal(1, 'Ada') }, fast).catch((e: unknown) => e);
    expect(isDismissalNotKeptError(error) && error.reason).toBe('unreadable');
    expect((error as Error).message).toMatch(/cannot read, so it was not overwritten/);
    expect(customer.user_fields[DISMISSALS_FIELD]).toBe('notes typed by hand');
    expect(port.sent.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('says the field is missing when the account does not have it', async () => {
    const { customer } = setup({ appFieldsInstalled: false });
    const error = await saveDismissal(agentPort(), customer.id, { kind: 'dismissed', entry: dismissal(1, 'Ada') }, fast).catch((e: unknown) => e);
    expect(isDismissalNotKeptError(error) && error.reason).toBe('no-field');
  });
});
