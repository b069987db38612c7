/**
 * Completes the app package in dist/ after `vite build` wrote the page into dist/assets/:
 * copies the manifest, the translations and everything in assets/ (logos, nav bar icon, screenshots),
 * so that dist/ has the layout Zendesk expects of an app
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/ ,
 * https://developer.zendesk.com/apps/docs/developer-guide/styling), then prints the size of the
 * JavaScript the sidebar loads.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SIDEBAR_JS_BUDGET_BYTES, kB, measurePageScripts } from './package/bundle-size';
import { readPackageDir } from './package/package-files';
import { DIST, ROOT } from './package/paths';

/** Copies `from` to `to`, refusing to overwrite a file the page build wrote (two files, one name). */
function copyNew(from: string, to: string): void {
  if (existsSync(to)) throw new Error(`${to} already exists: assets/ and the page build both write it.`);
  copyFileSync(from, to);
}

if (!existsSync(join(DIST, 'assets', 'iframe.html'))) {
  console.error('dist/assets/iframe.html is missing: run `vite build` first (npm run build does both).');
  process.exit(1);
}

// Leave only what vite just built, so nothing from an earlier run (a renamed locale, an old zip) ships.
for (const entry of readdirSync(DIST)) {
  if (entry !== 'assets') rmSync(join(DIST, entry), { recursive: true, force: true });
}

copyFileSync(join(ROOT, 'manifest.json'), join(DIST, 'manifest.json'));

mkdirSync(join(DIST, 'translations'));
for (const name of readdirSync(join(ROOT, 'translations'))) {
  if (name.endsWith('.json')) copyFileSync(join(ROOT, 'translations', name), join(DIST, 'translations', name));
}

for (const name of readdirSync(join(ROOT, 'assets'))) {
  // Dotfiles (.DS_Store and the like) are never app assets; the package check would reject them.
  if (name.startsWith('.') || !statSync(join(ROOT, 'assets', name)).isFile()) continue;
  copyNew(join(ROOT, 'assets', name), join(DIST, 'assets', name));
}

const files = readPackageDir(DIST).files;
const total = [...files.values()].reduce((sum, data) => sum + data.length, 0);
const page = measurePageScripts(files);
console.log(`\nApp package assembled in dist/: ${files.size} files, ${kB(total)}.`);
for (const script of page.scripts) {
  console.log(`  ${script.path}: ${kB(script.bytes)}, ${kB(script.gzipBytes)} gzipped`);
}
const verdict = page.gzipBytes <= SIDEBAR_JS_BUDGET_BYTES ? 'within' : 'OVER';
console.log(`Sidebar JavaScript: ${kB(page.gzipBytes)} gzipped, ${verdict} the ${kB(SIDEBAR_JS_BUDGET_BYTES)} budget.`);
