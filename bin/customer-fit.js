#!/usr/bin/env node
// Runs the command from its built JavaScript (dist-cli/, written by `npm run build:cli`, which
// `npm install` and `npm run build` run), so Node needs no TypeScript loader.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist-cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('customer-fit: the command is not built yet: run `npm run build:cli` in the repository (npm install runs it).\n');
  process.exit(2);
}
const { main, processIo } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2), processIo());
