import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The local files zcli must not zip: its settings (which may hold secure values) and our zips. */
export const ZCLI_IGNORE = ['zcli.apps.config.json', 'customer-fit-*.zip'];

/**
 * Completes the app package in `dist` after `vite build` wrote the page into `dist/assets/`:
 * removes whatever an earlier run left beside it (a renamed locale, an old zip, zcli settings),
 * writes a `.zcliignore`, then copies the manifest, `requirements.json`, `translations/*.json` and every file of `assets/` (logos, nav bar icon,
 * screenshots) from `root`, giving the layout Zendesk expects of an app package
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/ ,
 * https://developer.zendesk.com/apps/docs/developer-guide/styling).
 * Throws when the page was not built, or when a file of assets/ would overwrite a different one there.
 */
export function assemblePackage(root: string, dist: string): void {
  if (!existsSync(join(dist, 'assets', 'iframe.html'))) {
    throw new Error('dist/assets/iframe.html is missing: run `vite build` first (npm run build does both).');
  }
  for (const entry of readdirSync(dist)) {
    if (entry !== 'assets') rmSync(join(dist, entry), { recursive: true, force: true });
  }
  copyFileSync(join(root, 'manifest.json'), join(dist, 'manifest.json'));
  // requirements.json creates the warning flag's user fields when the app is installed.
  if (existsSync(join(root, 'requirements.json'))) copyFileSync(join(root, 'requirements.json'), join(dist, 'requirements.json'));
  // For anyone who zips dist/ with `zcli apps:package dist` instead of `npm run package`: zcli leaves
  // out what .zcliignore lists (createAppPkg in github.com/zendesk/zcli, packages/zcli-apps/src/lib/package.ts),
  // and its glob skips dotfiles, so this file does not ship either.
  writeFileSync(join(dist, '.zcliignore'), `${ZCLI_IGNORE.join('\n')}\n`);

  mkdirSync(join(dist, 'translations'));
  for (const name of readdirSync(join(root, 'translations'))) {
    if (name.endsWith('.json')) copyFileSync(join(root, 'translations', name), join(dist, 'translations', name));
  }

  for (const name of readdirSync(join(root, 'assets'))) {
    // Dotfiles (.DS_Store and the like) are never app assets; the package check would reject them.
    if (name.startsWith('.') || !statSync(join(root, 'assets', name)).isFile()) continue;
    const source = join(root, 'assets', name);
    const target = join(dist, 'assets', name);
    // The same bytes are a copy from an earlier run over the same build; other bytes are a clash.
    if (existsSync(target) && !readFileSync(target).equals(readFileSync(source))) {
      throw new Error(`assets/${name} clashes with dist/assets/${name}; run the whole \`npm run build\`, whose page build empties dist/assets/.`);
    }
    copyFileSync(source, target);
  }
}
