import { readFile } from 'node:fs/promises';
import type { CliIo, Command } from './io';

const USAGE = `Usage: customer-fit <command> [options]

Commands:
  classify [FILE]            read NDJSON {"id","text"} lines (stdin without FILE), print the signals found in each
  score [FILE] [--format json|text]
                             read a history bundle (JSON), print the fit rating
  demo-bundle <name>         print a demo requester's history as a bundle (see: demo-bundle --list)
  corrections [FILE...]      print the quotes the team dismissed in history bundles as training rows (JSONL)
`;

// Loaded on demand so that one command's dependencies do not slow the others' start.
const commands: Record<string, () => Promise<{ run: Command }>> = {
  classify: () => import('./classify'),
  score: () => import('./score'),
  'demo-bundle': () => import('./demo-bundle'),
  corrections: () => import('./corrections'),
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(USAGE);
    return name ? 0 : 1;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`customer-fit: unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  const { run } = await load();
  return run(args, io);
}

export function processIo(): CliIo {
  process.stdin.setEncoding('utf8');
  return {
    stdin: process.stdin,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
  };
}
