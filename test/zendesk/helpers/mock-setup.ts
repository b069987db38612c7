import { createDemoAccount } from '../../../src/demo/account';
import { createMockApi, type MockApi } from '../../../src/demo/api';
import type { DemoAccount } from '../../../src/demo/types';
import { createFetchPort } from '../../../src/zendesk/fetch-port';
import { DEFAULT_COMMENT_CAP, loadHistory, type LoadOptions, type LoadUpdate, type RequesterRef } from '../../../src/zendesk/history';
import type { RequestPort } from '../../../src/zendesk/port';
import { createRequester, type Requester } from '../../../src/zendesk/request';
import type { RetryPolicy } from '../../../src/zendesk/retry-policy';
import { scaledClock } from './scaled-clock';

export const DEMO_NOW = new Date('2026-11-23T10:00:00Z');
export const ORIGIN = 'https://harborlight.zendesk.com';

let demo: DemoAccount | null = null;
/** The demo account (built once; every test gets a fresh mock API over a copy). */
export function demoAccount(): DemoAccount {
  demo ??= createDemoAccount({ now: DEMO_NOW });
  return structuredClone(demo);
}

export interface MockSetup {
  api: MockApi;
  port: RequestPort;
  requester: Requester;
  clock: ReturnType<typeof scaledClock>;
  /** Loads a requester's history, collecting every update. */
  load(requester: number | RequesterRef | null, options?: LoadOptions): { finished: Promise<LoadUpdate>; updates: LoadUpdate[]; cancel(): void };
}

/**
 * The real mock Zendesk API over the demo account, answered by msw, with the loader's requester and
 * the mock sharing one clock that runs `speed` times faster than real time.
 */
export function mockSetup(
  server: { use(...handlers: MockApi['handlers']): void },
  options: { account?: DemoAccount; latencyMs?: number; rateLimitPerMinute?: number | null; speed?: number; policy?: Partial<RetryPolicy> } = {},
): MockSetup {
  const clock = scaledClock(options.speed ?? 20, DEMO_NOW.getTime());
  const api = createMockApi(options.account ?? demoAccount(), {
    latencyMs: options.latencyMs ?? 0,
    rateLimitPerMinute: options.rateLimitPerMinute === undefined ? null : options.rateLimitPerMinute,
    clock: clock.date,
  });
  server.use(...api.handlers);
  const port = createFetchPort(ORIGIN);
  const requester = createRequester(port, { clock, policy: options.policy });
  return {
    api,
    port,
    requester,
    clock,
    load(requesterRef, loadOptions = {}) {
      const updates: LoadUpdate[] = [];
      const handle = loadHistory(port, requesterRef, { requester, clock, updateIntervalMs: 0, ...loadOptions }, (u) => updates.push(u));
      return { finished: handle.finished, updates, cancel: handle.cancel };
    },
  };
}

/** Every ticket of a requester in the account, archived ones included. */
export function ticketCount(account: DemoAccount, userId: number): number {
  return account.tickets.filter((t) => t.requester_id === userId).length;
}

/** The cold-load request budget of the issue: ceil(N/100) + min(N, cap) + 4. */
export function coldBudget(n: number, cap = DEFAULT_COMMENT_CAP): number {
  return Math.ceil(n / 100) + Math.min(n, cap) + 4;
}
