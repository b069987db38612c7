import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewServer } from '../../src/preview/server';
import type { RunningServer } from '../../src/preview/static-server';

let server: RunningServer;
beforeAll(async () => {
  const empty = mkdtempSync(join(tmpdir(), 'cf-preview-'));
  server = await startPreviewServer(0, { app: empty, host: empty });
});
afterAll(() => server.close());

describe('the preview server keeps written customers for every tab', () => {
  test('what one tab puts, another reads; unknown users are 404 and odd paths are refused', async () => {
    const url = new URL('/__shared/users/42', server.url);
    expect((await fetch(url)).status).toBe(404);
    const record = { user_fields: { customer_fit_dismissals: '{"v":1}' }, tags: ['vip'] };
    expect((await fetch(url, { method: 'PUT', body: JSON.stringify(record) })).status).toBe(204);
    expect(await (await fetch(url)).json()).toEqual(record);
    expect((await fetch(url, { method: 'PUT', body: 'not json' })).status).toBe(400);
    expect((await fetch(new URL('/__shared/users/../etc', server.url))).status).toBe(404);
    expect((await fetch(url, { method: 'DELETE' })).status).toBe(405);
  });
});
