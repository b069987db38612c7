/**
 * Zips the assembled app package: `dist/` → `dist/customer-fit-<version>.zip`, manifest at the zip
 * root, nothing hidden, no local zcli settings or earlier zips. Checks the result with the package
 * check first and refuses to write a zip Zendesk would reject. Run after `npm run build`
 * (`npm run package` does both); `tsx scripts/package.ts <dir>` packages another folder.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kB } from './package/bundle-size';
import { readPackageDir, shippedFiles } from './package/package-files';
import { DIST } from './package/paths';
import { formatProblem } from './package/problem';
import { validatePackage } from './package/validate-package';
import { zipPackage } from './package/zip';
import { isObject, readJsonObject } from './package/json';

const dir = process.argv[2] ?? DIST;
const shown = relative(process.cwd(), dir) || '.';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`${join(shown, 'manifest.json')} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const read = readPackageDir(dir);
const files = shippedFiles(read.files);
const problems = validatePackage({ files, symlinks: read.symlinks });
for (const problem of problems) console.log(formatProblem(problem));
if (problems.some((p) => p.severity === 'error')) {
  console.error('\nNot packaged: fix the errors above (npm run validate lists them too).');
  process.exit(1);
}
const manifest = readJsonObject(files, 'manifest.json').value;
const version = isObject(manifest) && typeof manifest.version === 'string' ? manifest.version : '0.0.0';
const zip = zipPackage(files);
const name = `customer-fit-${version}.zip`;
writeFileSync(join(dir, name), zip);
console.log(`Packaged ${files.size} files into ${join(shown, name)} (${kB(zip.length)}).`);
