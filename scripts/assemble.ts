/**
 * The second half of `npm run build`: turns dist/ into a complete app package (see
 * `assemblePackage`), then prints its size and the gzipped size of the JavaScript the sidebar loads,
 * against the 250 kB budget (printed, not enforced here; `npm run bench` reports it as a bound).
 */
import { SIDEBAR_JS_BUDGET_BYTES, kB, measurePageScripts } from './package/bundle-size';
import { assemblePackage } from './package/assemble-package';
import { readPackageDir, shippedFiles } from './package/package-files';
import { DIST, ROOT } from './package/paths';

try {
  assemblePackage(ROOT, DIST);
} catch (cause) {
  console.error((cause as Error).message);
  process.exit(1);
}

const files = shippedFiles(readPackageDir(DIST).files);
const total = [...files.values()].reduce((sum, data) => sum + data.length, 0);
const page = measurePageScripts(files);
console.log(`\nApp package assembled in dist/: ${files.size} files, ${kB(total)}.`);
for (const script of page.scripts) {
  console.log(`  ${script.path}: ${kB(script.bytes)}, ${kB(script.gzipBytes)} gzipped${script.lazy ? ' (loaded later)' : ''}`);
}
const verdict = page.gzipBytes <= SIDEBAR_JS_BUDGET_BYTES ? 'within' : 'OVER';
const initial = page.initialGzipBytes < page.gzipBytes ? ` (${kB(page.initialGzipBytes)} before the page runs)` : '';
console.log(`Sidebar JavaScript: ${kB(page.gzipBytes)} gzipped${initial}, ${verdict} the ${kB(SIDEBAR_JS_BUDGET_BYTES)} budget.`);
