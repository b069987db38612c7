import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { planClear, planConcern, planStrike, type PlanInput, type PlanResult } from '../../../../src/core/warnings/plan';
import { preselectEvidence } from '../../../../src/core/warnings/plan';
import type { CurrentUserLike, WarningAction } from '../../../../src/core/warnings/types';
import { requesterFor } from '../../../../src/zendesk/request';
import { scaledClock } from '../../helpers/scaled-clock';
import { readRequester } from '../../../../src/zendesk/writes/read';
import { runWarningAction, type WriteResult } from '../../../../src/zendesk/writes/run';
import { createFakeZendesk, type FakeZendesk } from './fake-zendesk';
import { createRecordingPort, type RecordingPort } from './fetch-port';
import { AGENT, rating, requester, SETTINGS, TICKET_ID } from './fixtures';

/**
 * One msw server per test file, with a fresh fake Zendesk per test; unhandled requests fail the test
 * (anything not going to the fake account's /api/v2 would be one). The port's requests are not
 * retried automatically, so a fault injected once reaches the write and the tests see how the step
 * reports it and how running the decision again finishes it; `request-path.test.ts` covers the
 * automatic retries and waits on ports of its own.
 */
export function useFakeZendesk(): { zd: () => FakeZendesk; port: () => RecordingPort } {
  let zd = createFakeZendesk();
  let port = unretried(createRecordingPort());
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    zd = createFakeZendesk();
    port = unretried(createRecordingPort());
    server.use(...zd.handlers);
  });
  afterAll(() => server.close());
  server.use(...zd.handlers);
  return { zd: () => zd, port: () => port };
}

/**
 * No automatic retries, and a clock a thousand times faster than the real one, so the pause a 429
 * puts on the port's queue takes milliseconds; the timeout is raised to match, so a slow test
 * machine does not time a request out.
 */
function unretried(port: RecordingPort): RecordingPort {
  const policy = { retries: 0, rateLimitRetries: 0, timeoutMs: 15_000_000, timeoutMaxMs: 15_000_000 };
  requesterFor(port, { policy, clock: scaledClock(1000) });
  return port;
}

let opCounter = 0;
export function nextOp(): string {
  opCounter += 1;
  return `op-test-${String(opCounter).padStart(6, '0')}`;
}

export type Planner = (input: PlanInput) => PlanResult;

/** Plans from what the person sees now (a fresh read), like the sidebar does. */
export async function plan(
  port: RecordingPort,
  planner: Planner,
  by: CurrentUserLike,
  reason: string,
  now: Date,
  op = nextOp(),
): Promise<WarningAction> {
  const user = await readRequester(port, requester().id);
  const fit = rating();
  const result = planner({
    op,
    user,
    ticketId: TICKET_ID,
    by,
    reason,
    evidence: preselectEvidence(fit),
    rating: fit,
    settings: SETTINGS,
    now,
    accountUrl: 'https://acme.zendesk.com',
  });
  if (!result.ok) throw new Error(`plan refused: ${result.problems.map((p) => p.message).join(' ')}`);
  return result.action;
}

export async function act(
  zd: FakeZendesk,
  port: RecordingPort,
  planner: Planner,
  by: CurrentUserLike,
  reason: string,
  now: Date,
): Promise<WriteResult> {
  zd.actAs(by.id);
  const action = await plan(port, planner, by, reason, now);
  return runWarningAction(port, action, SETTINGS, { now: () => now });
}

export { AGENT, planClear, planConcern, planStrike };
