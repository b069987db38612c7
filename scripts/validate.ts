/**
 * The local package check: `tsx scripts/validate.ts <dist-dir | package.zip>`.
 * Prints each problem with the file and field it is in, and exits non-zero when any is an error.
 * On a directory it checks what `npm run package` would zip (local zcli settings and earlier zips
 * are left out); on a zip, exactly what is in it.
 */
import { existsSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { readPackage, shippedFiles } from './package/package-files';
import { formatProblem } from './package/problem';
import { validatePackage } from './package/validate-package';

const target = process.argv[2] ?? 'dist';
if (!existsSync(target)) {
  console.error(`${target} does not exist: run \`npm run build\` (or \`npm run package\` for the zip) first.`);
  process.exit(2);
}
const read = readPackage(target);
const pkg = statSync(target).isDirectory() ? { ...read, files: shippedFiles(read.files) } : read;
const problems = validatePackage(pkg);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const name = relative(process.cwd(), target) || target;

for (const problem of problems) console.log(formatProblem(problem));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
console.log(
  problems.length
    ? `\n${name}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(pkg.files.size, 'file')}.`
    : `${name}: no problems in ${plural(pkg.files.size, 'file')}.`,
);
process.exitCode = errors ? 1 : 0;
