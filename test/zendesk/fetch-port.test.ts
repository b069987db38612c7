import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFetchPort } from '../../src/zendesk/fetch-port';

const BASE = 'https://example.zendesk.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const port = createFetchPort(BASE);

describe('createFetchPort, like ZAF client.request', () => {
  it('resolves the parsed JSON of a success, sent to the account origin', async () => {
    server.use(http.get(`${BASE}/api/v2/users/1`, () => HttpResponse.json({ user: { id: 1 } })));
    await expect(port.request({ url: '/api/v2/users/1' })).resolves.toEqual({ user: { id: 1 } });
  });

  it('resolves the complete response with headers when asked', async () => {
    server.use(http.get(`${BASE}/api/v2/users/1`, () => HttpResponse.json({ ok: true }, { headers: { 'X-Rate-Limit-Remaining': '42' } })));
    const answer = await port.request<{ responseJSON: unknown; status: number; headers: Record<string, string> }>({ url: '/api/v2/users/1', httpCompleteResponse: true });
    expect(answer.status).toBe(200);
    expect(answer.responseJSON).toEqual({ ok: true });
    expect(answer.headers['x-rate-limit-remaining']).toBe('42');
  });

  it('rejects an error status with status, statusText, responseText and headers', async () => {
    server.use(http.get(`${BASE}/api/v2/tickets/9`, () => HttpResponse.json({ error: 'RecordNotFound' }, { status: 429, headers: { 'Retry-After': '12' } })));
    const failure = await port.request({ url: '/api/v2/tickets/9' }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ status: 429, responseText: '{"error":"RecordNotFound"}' });
    expect((failure as { getResponseHeader(name: string): string | null }).getResponseHeader('retry-after')).toBe('12');
  });

  it('rejects a success whose body is not JSON as a parser error', async () => {
    server.use(http.get(`${BASE}/api/v2/users/1`, () => new HttpResponse('<html>Maintenance</html>', { status: 200, headers: { 'Content-Type': 'text/html' } })));
    await expect(port.request({ url: '/api/v2/users/1', dataType: 'json' })).rejects.toMatchObject({ status: 200, statusText: 'parsererror' });
  });

  it('rejects a network failure with status 0', async () => {
    server.use(http.get(`${BASE}/api/v2/users/1`, () => HttpResponse.error()));
    await expect(port.request({ url: '/api/v2/users/1' })).rejects.toMatchObject({ status: 0, statusText: 'error' });
  });

  it('rejects a request over its timeout with status 0 and "timeout"', async () => {
    server.use(
      http.get(`${BASE}/api/v2/users/1`, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    await expect(port.request({ url: '/api/v2/users/1', timeout: 30 })).rejects.toMatchObject({ status: 0, statusText: 'timeout' });
  });
});
