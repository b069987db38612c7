import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildHostPage } from '../../src/preview/build-host';
import { PATHS } from '../../src/preview/paths';
import type { PreviewDirs } from '../../src/preview/server';
import { buildProbe } from './probe/build';

declare module 'vitest' {
  export interface ProvidedContext {
    previewDirs: PreviewDirs;
    /** An app package whose page is the bare ZAF SDK, for protocol tests. */
    probeDir: string;
  }
}

/**
 * Builds once for the whole run, into a private copy: the app package from dist/ (built first
 * when missing; `npm test` builds it just before), the preview host page and the ZAF probe.
 * A rebuild of dist/ while the tests run then cannot pull files from under the browser.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(PATHS.app, 'assets', 'iframe.html')) || process.env.E2E_BUILD_APP === '1') {
    execFileSync('npm', ['run', 'build'], { cwd: PATHS.repoRoot, stdio: 'inherit' });
  }
  const root = await mkdtemp(join(tmpdir(), 'customer-fit-preview-'));
  const dirs: PreviewDirs = { app: join(root, 'app'), host: join(root, 'host') };
  await cp(PATHS.app, dirs.app, { recursive: true });
  await buildHostPage(dirs.host);
  await buildProbe(join(root, 'probe'));
  project.provide('previewDirs', dirs);
  project.provide('probeDir', join(root, 'probe'));
  return () => rm(root, { recursive: true, force: true });
}
