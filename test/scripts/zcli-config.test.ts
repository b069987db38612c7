import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/package/paths';
import { zcliConfig } from '../../scripts/zcli-config';
import { editJson, json, validFiles, writePackageDir } from './fixture';

const settings = [
  { name: 'hourly_cost', type: 'number', default: 15 },
  { name: 'api_token', type: 'text', secure: true },
  { name: 'show_watchlist', type: 'checkbox' },
  { name: 'lead_group', type: 'text', default: 'Leads' },
];

describe('zcliConfig', () => {
  it('gives every setting a value: its default, else an empty one', () => {
    expect(zcliConfig({ parameters: settings }, {})).toEqual({
      parameters: { hourly_cost: 15, api_token: '', show_watchlist: false, lead_group: 'Leads' },
    });
  });

  it('keeps what the developer set, and the app and installation ids, and drops removed settings', () => {
    const existing = { app_id: '42', installation_id: 'abc', parameters: { api_token: 'mine', lead_group: 'Team', old_setting: 'x' } };
    expect(zcliConfig({ parameters: settings }, existing)).toEqual({
      app_id: '42',
      installation_id: 'abc',
      parameters: { hourly_cost: 15, api_token: 'mine', show_watchlist: false, lead_group: 'Team' },
    });
  });

  it('copes with a manifest without settings and a malformed old config', () => {
    expect(zcliConfig({}, 'nonsense')).toEqual({ parameters: {} });
  });
});

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('zcli apps:server with the written config', () => {
  it('starts without asking for settings and serves the app and its assets', async () => {
    const files = editJson(validFiles(), 'manifest.json', (m) => (m.parameters = settings));
    const dir = writePackageDir(files);
    writeFileSync(join(dir, 'zcli.apps.config.json'), json(zcliConfig({ parameters: settings }, {})));
    const port = await freePort();
    // stdin is closed: had zcli wanted to prompt for a setting, it would never get an answer.
    const server = spawn(join(ROOT, 'node_modules', '.bin', 'zcli'), ['apps:server', dir, '--port', String(port), '--bind', '127.0.0.1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      let body: { apps: { name: string; locations: unknown }[]; installations: { settings: Record<string, unknown>[] }[] } | undefined;
      for (let tries = 0; tries < 60 && !body; tries++) {
        await new Promise((r) => setTimeout(r, 250));
        body = await fetch(`http://127.0.0.1:${port}/app.json`).then((r) => r.json(), () => undefined);
      }
      expect(body, log).toBeDefined();
      expect(body!.apps[0]!.name).toBe('Customer Fit');
      expect(body!.installations[0]!.settings).toEqual([
        { title: 'Customer Fit' },
        { hourly_cost: 15 },
        { api_token: '' },
        { show_watchlist: false },
        { lead_group: 'Leads' },
      ]);
      const page = await fetch(`http://127.0.0.1:${port}/0/assets/iframe.html`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('iframe-abc.js');
    } finally {
      server.kill();
    }
  }, 30_000);
});
