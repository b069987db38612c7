import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Settings the probe's manifest declares, so tests can check `metadata.settings` defaults. */
export const PROBE_PARAMETERS = [
  { name: 'hourly_cost', type: 'number', default: 15 },
  { name: 'lead_group', type: 'text', default: 'Team leads' },
  { name: 'show_costs', type: 'checkbox', default: true },
  { name: 'api_note', type: 'text' },
];

/** Builds the probe into `outDir` as an app package: manifest.json plus assets/iframe.html. */
export async function buildProbe(outDir: string): Promise<void> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir: join(outDir, 'assets'), emptyOutDir: true, assetsDir: '', rollupOptions: { input: join(root, 'iframe.html') } },
  });
  await mkdir(outDir, { recursive: true });
  const manifest = {
    name: 'ZAF probe',
    version: '9.9.9',
    location: { support: { ticket_sidebar: { url: 'assets/iframe.html' }, user_sidebar: { url: 'assets/iframe.html' } } },
    parameters: PROBE_PARAMETERS,
  };
  await writeFile(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}
