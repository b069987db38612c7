import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREVIEW_PORT } from '../../src/preview/server';

const ROOT = join(import.meta.dirname, '..', '..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('npm start and npm run dev can run at the same time', () => {
  const devPort = Number(/zcli apps:server \S+ --port (\d+)/.exec(scripts.dev ?? '')?.[1]);

  it('on distinct default ports', () => {
    expect(devPort).toBe(4567); // where Zendesk's ?zcli_apps=true looks for the local app
    expect(DEFAULT_PREVIEW_PORT).not.toBe(devPort);
  });

  it('both named in the README', () => {
    expect(readme).toContain(`http://localhost:${DEFAULT_PREVIEW_PORT}/`);
    expect(readme).toMatch(new RegExp(`npm run dev[^]*${devPort}`));
  });
});
