/**
 * Every subcommand that reads input says the same kind of thing, with the same exit code, when it
 * has nothing to work on: a missing file, an empty file, an input of blank lines only (an empty
 * NDJSON file), or nothing on stdin.
 */
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

function fakeIo(stdin: string, files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdin: (async function* () {
      if (stdin) yield stdin;
    })(),
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return files[path]!;
    },
  };
  return { io, out: () => out, err: () => err };
}

const FILES = { 'empty.json': '', 'blank.ndjson': '\n  \n\r\n' };
const CASES: [string, string[], string, string][] = [
  ['a missing file', ['missing.ndjson'], '', 'missing.ndjson: no such file'],
  ['an empty file', ['empty.json'], '', 'empty.json: empty'],
  ['an NDJSON file of blank lines', ['blank.ndjson'], '', 'blank.ndjson: empty'],
  ['nothing on stdin', [], '', 'stdin: empty'],
  ['blank lines on stdin', [], '\n\n', 'stdin: empty'],
];

describe.each(['classify', 'score'])('customer-fit %s with nothing to work on', (command) => {
  it.each(CASES)('%s: one line saying so on stderr, nothing on stdout, exit 2', async (_name, args, stdin, what) => {
    const run = fakeIo(stdin, FILES);
    expect(await main([command, ...args], run.io)).toBe(2);
    expect(run.out()).toBe('');
    const lines = run.err().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^customer-fit ${command}: ${what.replace('.', '\\.')}; expected .+\\.$`));
  });
});
