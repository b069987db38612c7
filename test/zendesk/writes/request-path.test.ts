import { describe, expect, it } from 'vitest';
import { WARNING_FIELDS } from '../../../src/core/warnings/fields';
import { requesterFor } from '../../../src/zendesk/request';
import { readRequester } from '../../../src/zendesk/writes/read';
import { runWarningAction, type WriteResult } from '../../../src/zendesk/writes/run';
import { manualClock } from '../helpers/manual-clock';
import { createRecordingPort } from './support/fetch-port';
import { AGENT, LEAD, requester, REQUESTER_ID, SETTINGS, TICKET_ID } from './support/fixtures';
import { plan, planConcern, planStrike, useFakeZendesk } from './support/harness';

// Writes go through the same request path as reads: the same timeouts, retry policy, Retry-After
// handling, scheduler and clock. Each test gets a port of its own with a clock that moves only when
// told to, so a 15 s timeout or a 12 s Retry-After takes no real time.

const NOW = new Date('2026-11-23T10:00:00Z');
const { zd, port } = useFakeZendesk();

const NOTE = /^\/api\/v2\/tickets\/\d+\.json$/;
const USER = /^\/api\/v2\/users\/\d+\.json$/;
const TAGS = /^\/api\/v2\/users\/\d+\/tags\.json$/;

const realPause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once `check` holds, polling in real time (the requests go through msw); fails after 5 s. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await realPause(10);
  }
  throw new Error(`gave up waiting for ${what}`);
}

function settles<T>(promise: Promise<T>): { done: () => boolean; value: Promise<T> } {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  return { done: () => done, value: promise };
}

function timedPort() {
  const clock = manualClock(NOW.getTime());
  const own = createRecordingPort();
  requesterFor(own, { clock });
  return { clock, own };
}

describe('a write that gets no answer', () => {
  it('times out on the clock, is not sent twice when it is a note, and Finish recording writes the note once', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    const { clock, own } = timedPort();
    let reached = false;
    zd().before('PUT', NOTE, () => {
      reached = true;
      return new Promise<void>(() => {});
    });
    const run = settles(runWarningAction(own, action, SETTINGS, { now: () => NOW }));
    await until(() => reached, 'the note request');
    await clock.advance(14_000);
    await realPause(20);
    expect(run.done()).toBe(false);
    await clock.advance(2_000);
    await until(run.done, 'the write to give up');
    const first: WriteResult = await run.value;
    expect(first.status).toBe('failed');
    const note = first.steps.find((s) => s.step === 'note')!;
    expect(note.status).toBe('failed');
    expect(note.failure).toMatchObject({ kind: 'timeout', step: 'note', retryable: true });
    // Adding a comment is not idempotent: after a timeout it may have landed, so it is never resent blindly.
    expect(zd().log.filter((r) => r.method === 'PUT' && NOTE.test(r.path))).toHaveLength(1);

    const second = await runWarningAction(own, action, SETTINGS, { now: () => NOW });
    expect(second.status).toBe('completed');
    expect(zd().comments.get(TICKET_ID)).toHaveLength(1);
  });

  it('retries a user-field write after its timeout, since writing the same fields twice changes nothing', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(LEAD.id);
    const action = await plan(port(), planStrike, LEAD, 'Threatened staff', NOW);
    const { clock, own } = timedPort();
    let reached = false;
    zd().before('PUT', USER, () => {
      reached = true;
      return new Promise<void>(() => {});
    });
    const run = settles(runWarningAction(own, action, SETTINGS, { now: () => NOW }));
    await until(() => reached, 'the user-field request');
    await clock.advance(15_000);
    // The retry waits its backoff (at most 3 s) on the same clock.
    await until(() => clock.sleepers() > 0, 'the backoff');
    await clock.advance(3_000);
    await until(run.done, 'the write to finish');
    const result = await run.value;
    expect(result.status).toBe('completed');
    expect(zd().log.filter((r) => r.method === 'PUT' && USER.test(r.path))).toHaveLength(2);
    expect(zd().users.get(REQUESTER_ID)!.user_fields[WARNING_FIELDS.level]).toBe('customer_fit_strike_1');
  });
});

describe('a write Zendesk rate-limits', () => {
  it('waits the Retry-After on the shared clock, holds the reads of the same sidebar meanwhile, then finishes', async () => {
    zd().users.set(REQUESTER_ID, requester());
    zd().actAs(AGENT.id);
    const action = await plan(port(), planConcern, AGENT, 'Rude on the phone', NOW);
    const { clock, own } = timedPort();
    zd().fail({ method: 'PUT', path: TAGS, status: 429, headers: { 'Retry-After': '12' } });
    const run = settles(runWarningAction(own, action, SETTINGS, { now: () => NOW }));
    const tagRequests = () => zd().log.filter((r) => r.method === 'PUT' && TAGS.test(r.path)).length;
    await until(() => tagRequests() === 1, 'the rate-limited tag request');
    await realPause(30);
    // A read through the same port now waits too: the scheduler is paused until the Retry-After ends.
    const readsBefore = zd().log.filter((r) => r.method === 'GET').length;
    const read = settles(readRequester(own, REQUESTER_ID));
    await clock.advance(11_000);
    await realPause(30);
    expect(run.done()).toBe(false);
    expect(read.done()).toBe(false);
    expect(tagRequests()).toBe(1);
    expect(zd().log.filter((r) => r.method === 'GET').length).toBe(readsBefore);
    await clock.advance(2_000);
    await until(() => run.done() && read.done(), 'the write and the read');
    const result = await run.value;
    expect(result.status).toBe('completed');
    expect(tagRequests()).toBe(2);
    expect(zd().users.get(REQUESTER_ID)!.tags).toContain('customer_fit_concern');
  });
});
