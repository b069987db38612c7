/**
 * The sidebar page as Vite builds it with the project's config: loadable from the package alone.
 * This builds the real UI, so it fails while the UI does not compile, which is the point. The size
 * budget is not asserted here: `npm run bench` bounds it, and `npm run build` prints it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePageScripts, scriptReferences } from '../../scripts/package/bundle-size';
import { readPackageDir, textOf } from '../../scripts/package/package-files';
import { ROOT } from '../../scripts/package/paths';
import { checkContentSecurity } from '../../scripts/package/rules/content-security';
import { checkPages } from '../../scripts/package/rules/pages';

let out = '';
let files: Map<string, Uint8Array> = new Map();

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'customer-fit-page-'));
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = env;
  }
  // Seen from the package root, as Zendesk serves it: the build's folder is assets/.
  files = new Map([...readPackageDir(out).files].map(([path, data]) => [`assets/${path}`, data]));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the built sidebar page', () => {
  it('is assets/iframe.html, the page the manifest names', () => {
    expect(files.has('assets/iframe.html')).toBe(true);
  });

  it('loads its scripts by relative path from the package, none from another host', () => {
    const html = textOf(files, 'assets/iframe.html')!;
    expect(scriptReferences(html).length).toBeGreaterThan(0);
    for (const url of scriptReferences(html)) expect(url).toMatch(/^\.\//);
    expect(checkPages({ pkg: { files, symlinks: [] }, manifest: undefined })).toEqual([]);
  });

  it('carries its Content-Security-Policy ahead of its script, allowing only its own scripts and origin', () => {
    expect(checkContentSecurity({ pkg: { files, symlinks: [] }, manifest: undefined })).toEqual([]);
    expect(textOf(files, 'assets/iframe.html')).toMatch(/<meta\s+http-equiv="Content-Security-Policy"/);
  });

  it('bundles the ZAF SDK instead of fetching it', () => {
    const code = measurePageScripts(files).scripts.map((s) => textOf(files, s.path)).join('\n');
    expect(code).toContain('app.registered');
    expect(code).not.toMatch(/static\.zdassets\.com/);
  });

  it('writes only file types Zendesk serves from assets/', () => {
    for (const path of files.keys()) expect(path).toMatch(/\.(html|js|css|map|svg|png|woff2?|json)$/);
  });

  it('ships the learned detectors\' weights as their own file, not inside the page script', () => {
    expect([...files.keys()]).toContain('assets/signals.json');
    const code = measurePageScripts(files).scripts.map((s) => textOf(files, s.path)).join('\n');
    expect(code).not.toContain('"hashBits"');
  });
});
