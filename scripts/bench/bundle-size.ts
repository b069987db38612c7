import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SIDEBAR_JS_BUDGET_BYTES, kB, measurePageScripts } from '../package/bundle-size';
import { readPackageDir } from '../package/package-files';
import { ROOT } from '../package/paths';
import type { BenchSection } from './report';

/**
 * The gzipped size of the JavaScript the sidebar page loads, against its 250 kB budget. Builds the
 * page from the current sources into a scratch folder (leaving dist/ alone), then measures what
 * iframe.html loads, following imports between chunks (lazy ones included) as the browser would.
 */
const bundleSize: BenchSection = async (report) => {
  const out = mkdtempSync(join(tmpdir(), 'customer-fit-bundle-'));
  try {
    try {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    } catch {
      // Vite has printed why; a page that does not build has no size to report.
      report.bound('sidebar page builds', false, 'vite build failed, see above');
      return;
    }
    const page = measurePageScripts(readPackageDir(out).files, 'iframe.html');
    report.figure('sidebar JavaScript, gzipped', Math.round(page.gzipBytes / 100) / 10, 'kB');
    report.figure('sidebar JavaScript, raw', Math.round(page.scripts.reduce((s, x) => s + x.bytes, 0) / 100) / 10, 'kB');
    report.figure('sidebar JavaScript before the page runs, gzipped', Math.round(page.initialGzipBytes / 100) / 10, 'kB');
    report.figure('scripts loaded', page.scripts.length, 'files');
    report.bound('sidebar JavaScript within budget', page.gzipBytes <= SIDEBAR_JS_BUDGET_BYTES, `${kB(page.gzipBytes)} of ${kB(SIDEBAR_JS_BUDGET_BYTES)} gzipped`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
};

export default bundleSize;
