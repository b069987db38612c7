import { http, HttpResponse } from 'msw';
import { describe, expect, test } from 'vitest';
import { answerRequest } from '../../src/preview/host/mock-request';

const BASE = 'https://example-account.zendesk.com';

/** A mock that answers 429 `limited` times, then 200, and records what it was asked. */
function rateLimitedThenOk(limited: number, retryAfter: string | null) {
  const seen: string[] = [];
  let calls = 0;
  const handlers = [
    http.get(`${BASE}/api/v2/users/:id`, ({ request }) => {
      seen.push(request.url);
      calls += 1;
      if (calls <= limited) {
        const headers: Record<string, string> = retryAfter === null ? {} : { 'Retry-After': retryAfter };
        return HttpResponse.json({ error: 'APIRateLimitExceeded' }, { status: 429, headers });
      }
      return HttpResponse.json({ user: { id: 7, name: 'Ada' } });
    }),
  ];
  return { handlers, seen };
}

describe('answerRequest', () => {
  test('resolves a relative URL against the account and resolves with the parsed body', async () => {
    const { handlers, seen } = rateLimitedThenOk(0, null);
    const outcome = await answerRequest(handlers, { url: '/api/v2/users/7.json' }, BASE);
    expect(seen).toEqual([`${BASE}/api/v2/users/7.json`]);
    expect(outcome).toMatchObject({ done: true, status: 200, unhandled: false, retries: 0 });
    expect(outcome.responseArgs[0]).toEqual({ user: { id: 7, name: 'Ada' } });
    expect(outcome.responseArgs[1]).toBe('success');
  });

  test('puts an object `data` of a GET into the query, as jQuery.ajax does', async () => {
    const { handlers, seen } = rateLimitedThenOk(0, null);
    await answerRequest(handlers, { url: '/api/v2/users/7', data: { include: 'organizations' } }, BASE);
    expect(new URL(seen[0]!).searchParams.get('include')).toBe('organizations');
  });

  test('retries a 429 after Retry-After unless autoRetry is false', async () => {
    const waited: number[] = [];
    const wait = async (ms: number) => {
      waited.push(ms);
    };
    const retried = rateLimitedThenOk(2, '2');
    const outcome = await answerRequest(retried.handlers, { url: '/api/v2/users/7' }, BASE, wait);
    expect(outcome).toMatchObject({ done: true, status: 200, retries: 2 });
    expect(waited).toEqual([2000, 2000]);

    const manual = rateLimitedThenOk(1, '2');
    const failed = await answerRequest(manual.handlers, { url: '/api/v2/users/7', autoRetry: false }, BASE, wait);
    expect(failed).toMatchObject({ done: false, status: 429, retries: 0 });
    expect(failed.responseArgs[0]).toMatchObject({ status: 429, statusText: 'Too Many Requests', responseHeaders: { 'retry-after': '2' } });
  });

  test('gives up retrying after three attempts and caps a long Retry-After', async () => {
    const waited: number[] = [];
    const { handlers } = rateLimitedThenOk(10, '30');
    const outcome = await answerRequest(handlers, { url: '/api/v2/users/7' }, BASE, async (ms) => {
      waited.push(ms);
    });
    expect(outcome).toMatchObject({ done: false, status: 429, retries: 3 });
    expect(waited).toEqual([5000, 5000, 5000]);
  });

  test('an endpoint no handler knows fails with 404 and is marked unhandled', async () => {
    const outcome = await answerRequest([], { url: '/api/v2/nothing.json' }, BASE);
    expect(outcome).toMatchObject({ done: false, status: 404, unhandled: true });
    const failure = outcome.responseArgs[0] as { responseText: string; statusText: string };
    expect(failure.statusText).toBe('Not Found');
    expect(JSON.parse(failure.responseText)).toMatchObject({ error: 'RecordNotFound' });
  });

  test('a body that is not the JSON it claims to be fails as a parse error', async () => {
    const handlers = [http.get(`${BASE}/api/v2/broken`, () => new HttpResponse('{"tickets":[', { headers: { 'Content-Type': 'application/json' } }))];
    const outcome = await answerRequest(handlers, { url: '/api/v2/broken', dataType: 'json' }, BASE);
    expect(outcome).toMatchObject({ done: false, status: 200 });
    expect(outcome.responseArgs[1]).toBe('parsererror');
  });

  test('a write sends its body with the given content type', async () => {
    let received: { type: string | null; body: unknown } | null = null;
    const handlers = [
      http.put(`${BASE}/api/v2/users/7`, async ({ request }) => {
        received = { type: request.headers.get('Content-Type'), body: await request.json() };
        return HttpResponse.json({ user: { id: 7 } });
      }),
    ];
    const data = JSON.stringify({ user: { notes: 'x' } });
    const outcome = await answerRequest(handlers, { url: '/api/v2/users/7', type: 'PUT', contentType: 'application/json', data }, BASE);
    expect(outcome.done).toBe(true);
    expect(received).toEqual({ type: 'application/json', body: { user: { notes: 'x' } } });
  });
});
