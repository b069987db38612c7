/**
 * A guard for the commands that work on data kept outside the repository, in ../shared beside it
 * (the evaluation on real customer text). Exits 2 with one line saying what is missing, so the
 * command does not fail later with a stack trace.
 *
 *   tsx scripts/needs-shared.ts <path under ../shared> <command name>
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [wanted = 'data', command = 'this command'] = process.argv.slice(2);
if (!existsSync(path.resolve(ROOT, '..', 'shared', wanted))) {
  console.error(`${command} needs ../shared/${wanted} beside the repository (the evaluation data, not part of the repository); npm test does not.`);
  process.exit(2);
}
