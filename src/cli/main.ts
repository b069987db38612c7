import { readFile } from 'node:fs/promises';
import { EXIT, type CliIo, type Command } from './io';
import { forTerminal } from './terminal';

const USAGE = `Usage: customer-fit <command> [options]

Commands:
  classify [FILE]            read NDJSON {"id","text"} lines (stdin without FILE), print the signals found in each
  score [FILE] [--format json|text]
                             read a history bundle (JSON), print the fit rating
  demo-bundle <name>         print a demo requester's history as a bundle (see: demo-bundle --list)
`;

// Loaded on demand so that one command's dependencies do not slow the others' start.
const commands: Record<string, () => Promise<{ run: Command }>> = {
  classify: () => import('./classify'),
  score: () => import('./score'),
  'demo-bundle': () => import('./demo-bundle'),
};

/**
 * Runs `customer-fit <command> …`. Everything said on stderr goes through `forTerminal`: messages
 * quote the input, and a customer's escape sequences must not reach the terminal.
 *
 * @param argv - the arguments after the program name
 * @param processStreams - the process streams
 * @returns the exit code (see EXIT in ./io.ts)
 * @example await main(['score', 'bundle.json'], processIo()) // => 0, the rating printed as JSON
 */
export async function main(argv: string[], processStreams: CliIo): Promise<number> {
  const io: CliIo = { ...processStreams, stderr: (text) => processStreams.stderr(forTerminal(text)) };
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
  try {
    const { run } = await load();
    return await run(args, io);
  } catch (error) {
    // A fault of the command, not of the input: one line, not a stack trace.
    io.stderr(`customer-fit ${name}: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the command and its input.\n`);
    return EXIT.internal;
  }
}

/**
 * The process's streams, as bytes: the commands decode them, so that bytes that are not UTF-8 are
 * reported rather than replaced. A reader that stops early (`| head -1`) ends the command quietly
 * with exit 0, as it asked for no more; any other failure to write says so and exits 3.
 *
 * @returns the streams for `main`
 * @example process.exitCode = await main(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(forTerminal(`customer-fit: cannot write the output (${error.message}).\n`));
    process.exit(EXIT.cannotWrite);
  });
  // With stderr gone there is no one left to tell.
  process.stderr.on('error', () => {});
  return {
    stdin: process.stdin,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path),
  };
}
