import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { RequestPort } from '../../src/zendesk/port';
import { createRequester, type RequestAttempt } from '../../src/zendesk/request';
import { RETRY_DEFAULTS, longestWaitMs } from '../../src/zendesk/retry-policy';
import type { ZafRequestOptions } from '../../src/zendesk/zaf-client';
import { manualClock } from './helpers/manual-clock';

type Answer = { ok: unknown } | { fail: Record<string, unknown> } | 'hang';

/** A port that answers from a script, like ZAF would, and records what it was asked. */
function scriptedPort(answers: Answer[]): RequestPort & { asked: ZafRequestOptions[] } {
  const asked: ZafRequestOptions[] = [];
  return {
    asked,
    request<T>(options: ZafRequestOptions): Promise<T> {
      asked.push(options);
      const answer = answers.shift() ?? { fail: { status: 500 } };
      if (answer === 'hang') return new Promise<T>(() => {});
      return 'ok' in answer ? Promise.resolve(answer.ok as T) : Promise.reject(answer.fail);
    },
  };
}

const schema = z.object({ user: z.object({ id: z.number() }) });
const good = { ok: { user: { id: 1 } } };

/** A port that answers every request `delayMs` after it was asked, as a slow but working Zendesk does. */
function slowPort(clock: ReturnType<typeof manualClock>, delayMs: number | null): RequestPort & { asked: ZafRequestOptions[] } {
  const asked: ZafRequestOptions[] = [];
  return {
    asked,
    request<T>(options: ZafRequestOptions): Promise<T> {
      asked.push(options);
      if (delayMs === null) return new Promise<T>(() => {});
      return clock.sleep(delayMs).then(() => good.ok as T);
    },
  };
}

/** Moves the clock on a second at a time until the promise settles (at most `seconds`). */
async function drive<T>(clock: ReturnType<typeof manualClock>, promise: Promise<T>, seconds = 50): Promise<T> {
  const state = { settled: false };
  void promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  for (let i = 0; i < seconds; i++) {
    if (state.settled) break;
    await clock.advance(1_000);
  }
  return promise;
}

describe('the requester', () => {
  it('asks ZAF without its automatic retry and for the complete response', async () => {
    const port = scriptedPort([{ ok: { status: 200, responseJSON: { user: { id: 1 } }, headers: {} } }]);
    const requester = createRequester(port, { clock: manualClock() });
    await expect(requester.getJson('/api/v2/users/1', schema)).resolves.toEqual({ user: { id: 1 } });
    expect(port.asked[0]).toMatchObject({ url: '/api/v2/users/1', type: 'GET', autoRetry: false, httpCompleteResponse: true });
  });

  it.each([
    ['500', { fail: { status: 500 } }],
    ['502', { fail: { status: 502, responseText: '<html>Bad Gateway</html>' } }],
    ['503', { fail: { status: 503 } }],
    ['a network failure', { fail: { status: 0, statusText: 'error' } }],
  ] as [string, Answer][])('retries after %s and succeeds', async (_, failure) => {
    const clock = manualClock();
    const port = scriptedPort([failure, good]);
    const requester = createRequester(port, { clock, random: () => 0 });
    await expect(drive(clock, requester.getJson('/api/v2/users/1', schema))).resolves.toEqual({ user: { id: 1 } });
    expect(port.asked).toHaveLength(2);
  });

  it('gives up after two retries with the last error, naming the request', async () => {
    const clock = manualClock();
    const port = scriptedPort([{ fail: { status: 503 } }, { fail: { status: 503 } }, { fail: { status: 503, statusText: 'Service Unavailable' } }, good]);
    const requester = createRequester(port, { clock });
    const error = await drive(clock, requester.getJson('/api/v2/users/1', schema)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'HttpError', status: 503, request: { method: 'GET', url: '/api/v2/users/1' } });
    expect(port.asked).toHaveLength(3);
  });

  it.each([403, 404, 422])('does not retry %d', async (status) => {
    const port = scriptedPort([{ fail: { status } }, good]);
    const requester = createRequester(port, { clock: manualClock() });
    await expect(requester.getJson('/api/v2/users/1', schema)).rejects.toMatchObject({ name: 'HttpError', status });
    expect(port.asked).toHaveLength(1);
  });

  it('waits what Retry-After says after a 429, then asks again', async () => {
    const clock = manualClock();
    const port = scriptedPort([{ fail: { status: 429, responseHeaders: { 'Retry-After': '7' } } }, good]);
    const requester = createRequester(port, { clock });
    const result = requester.getJson('/api/v2/users/1', schema);
    await clock.advance(0); // the 429 comes back at 0 s
    await clock.advance(6_000);
    expect(port.asked).toHaveLength(1);
    await clock.advance(1_000);
    await expect(result).resolves.toEqual({ user: { id: 1 } });
    expect(port.asked).toHaveLength(2);
  });

  it('reads ratelimit-reset when a 429 has no Retry-After', async () => {
    const port = scriptedPort([{ fail: { status: 429, headers: { 'ratelimit-reset': '41' } } }]);
    const requester = createRequester(port, { clock: manualClock(), policy: { rateLimitRetries: 0 } });
    await expect(requester.getJson('/api/v2/users/1', schema)).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 41_000 });
  });

  it('gives up on a 429 that asks for a wait longer than a minute', async () => {
    const port = scriptedPort([{ fail: { status: 429, responseHeaders: { 'retry-after': '3600' } } }]);
    const requester = createRequester(port, { clock: manualClock() });
    await expect(requester.getJson('/api/v2/users/1', schema)).rejects.toMatchObject({ name: 'RateLimitError', retryAfterMs: 3_600_000 });
    expect(port.asked).toHaveLength(1);
  });

  it('times out a request that never answers, and retries it', async () => {
    const clock = manualClock();
    const port = scriptedPort(['hang', good]);
    const requester = createRequester(port, { clock, policy: { timeoutMs: 5_000 } });
    await expect(drive(clock, requester.getJson('/api/v2/users/1', schema))).resolves.toEqual({ user: { id: 1 } });
    expect(port.asked).toHaveLength(2);
  });

  it('gets the answer of a Zendesk that takes 20 s for every request: the second try waits longer', async () => {
    const clock = manualClock();
    const port = slowPort(clock, 20_000);
    const requester = createRequester(port, { clock, random: () => 0 });
    await expect(drive(clock, requester.getJson('/api/v2/users/1', schema), 120)).resolves.toEqual({ user: { id: 1 } });
    expect(port.asked.map((asked) => asked.timeout)).toEqual([15_000, 30_000]);
  });

  it('gives up on a Zendesk that never answers after tries of 15, 30 and 60 s, telling the caller of each', async () => {
    const clock = manualClock();
    const requester = createRequester(slowPort(clock, null), { clock, random: () => 0 });
    const tries: RequestAttempt[] = [];
    const error = await drive(clock, requester.getJson('/api/v2/users/1', schema, { onAttempt: (a) => tries.push(a) }), 200).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 60_000 });
    expect(tries.map(({ attempt, attempts, timeoutMs }) => ({ attempt, attempts, timeoutMs }))).toEqual([
      { attempt: 1, attempts: 3, timeoutMs: 15_000 },
      { attempt: 2, attempts: 3, timeoutMs: 30_000 },
      { attempt: 3, attempts: 3, timeoutMs: 60_000 },
    ]);
    expect(tries.map((a) => a.previous?.name ?? null)).toEqual([null, 'TimeoutError', 'TimeoutError']);
    // Each try is sent once the one before has had its full time.
    expect(tries[1]!.sentAt - tries[0]!.sentAt).toBeGreaterThanOrEqual(15_000);
    expect(tries[2]!.sentAt - tries[1]!.sentAt).toBeGreaterThanOrEqual(30_000);
    // Nobody waits more than two minutes for one request, whatever Zendesk does (429 waits aside).
    expect(tries.reduce((sum, a) => sum + a.timeoutMs, 0)).toBeLessThanOrEqual(longestWaitMs(RETRY_DEFAULTS));
    expect(longestWaitMs(RETRY_DEFAULTS)).toBeLessThanOrEqual(120_000);
  });

  it('reports an answer of the wrong shape as a ParseError that quotes no customer text', async () => {
    const port = scriptedPort([{ ok: { user: { id: 'secret customer words' } } }]);
    const requester = createRequester(port, { clock: manualClock() });
    const error = (await requester.getJson('/api/v2/users/1', schema).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ name: 'ParseError' });
    expect(error.message).toContain('user.id');
    expect(error.message).not.toContain('secret customer words');
    expect(port.asked).toHaveLength(1);
  });

  it('reports an HTML page answered with 200 as a ParseError', async () => {
    const port = scriptedPort([{ fail: { status: 200, statusText: 'parsererror', responseText: '<!DOCTYPE html><title>Maintenance</title>' } }]);
    const requester = createRequester(port, { clock: manualClock() });
    await expect(requester.getJson('/api/v2/users/1', schema)).rejects.toMatchObject({ name: 'ParseError', detail: 'an HTML page instead of JSON' });
  });

  it('stops at once when cancelled, without asking again', async () => {
    const clock = manualClock();
    const port = scriptedPort(['hang']);
    const requester = createRequester(port, { clock });
    const controller = new AbortController();
    const result = requester.getJson('/api/v2/users/1', schema, { signal: controller.signal });
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    await clock.advance(60_000);
    expect(port.asked).toHaveLength(1);
  });
});

describe('the requester sending a write', () => {
  it('takes a 204 without a body (Remove Tags) as done, as ZAF hands it over with an empty responseText', async () => {
    const port = scriptedPort([{ ok: { status: 204, responseText: '', responseJSON: undefined, headers: {} } }]);
    const requester = createRequester(port, { clock: manualClock() });
    await expect(requester.send('DELETE', '/api/v2/users/1/tags.json', { schema: z.unknown(), body: { tags: ['a'] }, idempotent: true })).resolves.toBeNull();
    expect(port.asked[0]).toMatchObject({ type: 'DELETE', data: '{"tags":["a"]}', contentType: 'application/json', autoRetry: false });
  });

  it('does not resend a write that is not idempotent after a 5xx, but resends one that is', async () => {
    const once = scriptedPort([{ fail: { status: 503 } }, good]);
    const clock = manualClock();
    const note = createRequester(once, { clock }).send('PUT', '/api/v2/tickets/5.json', { schema: z.unknown(), body: {}, idempotent: false });
    await expect(note).rejects.toMatchObject({ name: 'HttpError', status: 503 });
    expect(once.asked).toHaveLength(1);
    const twice = scriptedPort([{ fail: { status: 503 } }, good]);
    const fields = createRequester(twice, { clock }).send('PUT', '/api/v2/users/1.json', { schema, body: {}, idempotent: true });
    await expect(drive(clock, fields)).resolves.toEqual({ user: { id: 1 } });
    expect(twice.asked).toHaveLength(2);
  });
});

describe('the requester sending JSON that is not idempotent', () => {
  it('waits out a 429 and sends again, but gives up at once on a 503', async () => {
    const clock = manualClock();
    const limited = scriptedPort([{ fail: { status: 429, getResponseHeader: (name: string) => (name === 'Retry-After' ? '2' : null) } }, good]);
    const sent = createRequester(limited, { clock }).sendJson('PUT', '/api/v2/users/1.json', { user: {} }, schema);
    await expect(drive(clock, sent)).resolves.toEqual({ user: { id: 1 } });
    expect(limited.asked).toHaveLength(2);
    const failing = scriptedPort([{ fail: { status: 503 } }, good]);
    await expect(createRequester(failing, { clock }).sendJson('POST', '/api/v2/x.json', {}, schema)).rejects.toMatchObject({ status: 503 });
    expect(failing.asked).toHaveLength(1);
  });
});
