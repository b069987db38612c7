import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Rolldown } from 'vite';
import { SIDEBAR_JS_BUDGET_BYTES, kB, measurePageScripts } from '../package/bundle-size';
import { ROOT } from '../package/paths';
import type { BenchSection } from './report';
import { MODEL_PATH } from '../train/paths';

/** How many of the largest contributors to list, so the report says where the bytes go. */
const TOP = 6;

/** The package a bundled module comes from (`react-dom`, `@zendeskgarden/react-forms`), or its src/ folder. */
export function moduleGroup(id: string): string {
  const clean = id.replace(/\\/g, '/').replace(/^\0/, '').replace(/\?.*$/, '');
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (inPackage) return inPackage[1]!;
  const inRepo = /\/((?:src|translations)(?:\/[^/]+)?)(?:\/|$)/.exec(clean);
  return inRepo ? inRepo[1]!.replace(/\.[a-z]+$/, '') : clean;
}

/**
 * The gzipped size of the JavaScript the sidebar page loads, against its 250 kB budget. Builds the
 * page from the current sources in memory (dist/ is left alone), measures what iframe.html loads,
 * following imports between chunks (lazy ones included) as the browser would, and lists the largest
 * contributors by rendered size, so a missed bound says what to trim.
 */
const bundleSize: BenchSection = async (report) => {
  let output: Rolldown.RolldownOutput;
  try {
    const result = await build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', mode: 'production', build: { write: false } });
    output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  } catch (cause) {
    console.log(`  ${(cause as Error).message.split('\n')[0]}`);
    report.bound('sidebar page builds', false, 'vite build failed');
    return;
  }
  const files = new Map<string, Uint8Array>();
  const groups = new Map<string, number>();
  for (const item of output.output) {
    const content = item.type === 'chunk' ? item.code : item.source;
    files.set(item.fileName, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    if (item.type !== 'chunk') continue;
    for (const [id, module] of Object.entries(item.modules)) {
      groups.set(moduleGroup(id), (groups.get(moduleGroup(id)) ?? 0) + module.renderedLength);
    }
  }
  const page = measurePageScripts(files, 'iframe.html');
  const raw = page.scripts.reduce((sum, s) => sum + s.bytes, 0);
  report.figure('sidebar JavaScript, gzipped', Math.round(page.gzipBytes / 100) / 10, 'kB');
  report.figure('sidebar JavaScript before the page runs, gzipped', Math.round(page.initialGzipBytes / 100) / 10, 'kB');
  report.figure('sidebar JavaScript, raw', Math.round(raw / 100) / 10, 'kB');
  report.figure('scripts loaded', page.scripts.length, 'files');
  for (const [group, bytes] of [...groups].toSorted((a, b) => b[1] - a[1]).slice(0, TOP)) {
    report.figure(`unminified, from ${group}`, Math.round(bytes / 100) / 10, 'kB');
  }
  report.bound('sidebar JavaScript within budget', page.gzipBytes <= SIDEBAR_JS_BUDGET_BYTES, `${kB(page.gzipBytes)} of ${kB(SIDEBAR_JS_BUDGET_BYTES)} gzipped`);
  // The learned detectors' weights: a file of their own (copied from model/ into the package's
  // assets by the build, not part of this in-memory bundle), fetched while the app starts.
  const gz = gzipSync(readFileSync(MODEL_PATH)).length;
  report.figure('weights (assets/signals.json), gzipped', Math.round(gz / 100) / 10, 'kB');
  report.bound('weights within 1 MB gzipped', gz <= 1_000_000, `${kB(gz)} of 1000 kB`);
};

export default bundleSize;
