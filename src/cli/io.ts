import type { ModelLoad } from './model';
import { decodeUtf8, lineOfByte } from './utf8';

/** What a command needs from the process, passed in so commands can be tested without one. */
export interface CliIo {
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A file's bytes (text is taken as already decoded). */
  readFile: (path: string) => Promise<string | Uint8Array>;
  /** Loads the learned detectors (the package's weights file when not given). */
  loadModel?: () => Promise<ModelLoad>;
}

/** A subcommand: takes its own arguments, returns the exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>;

/** Exit codes every subcommand shares. */
export const EXIT = {
  /** Done. */
  ok: 0,
  /** The input was read, but some of it was not usable (a bad NDJSON line, a bundle that does not validate). */
  badData: 1,
  /** Nothing to work on: wrong arguments, a missing or unreadable file, or an empty input. */
  noInput: 2,
  /** The output could not be written (a reader that stops early is not that: it ends the command with 0). */
  cannotWrite: 3,
  /** A fault of the command itself, said in one line; please report it. */
  internal: 70,
} as const;

/**
 * The one way every subcommand says it has nothing to work on:
 * `customer-fit <command>: <source>: <problem>; expected <what>.`
 *
 * @param command - the subcommand
 * @param source - the file name, or `stdin`
 * @param problem - e.g. `no such file`, `empty`
 * @param expected - what the input should hold
 * @returns the line to print on stderr
 * @example inputProblem('score', 'b.json', 'empty', 'a history bundle (JSON)') // => 'customer-fit score: b.json: empty; expected a history bundle (JSON).\n'
 */
export function inputProblem(command: string, source: string, problem: string, expected: string): string {
  return `customer-fit ${command}: ${source}: ${problem}; expected ${expected}.\n`;
}

/** Why a file could not be read, in a few words. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT' || message.startsWith('ENOENT')) return 'no such file';
  if (code === 'EISDIR' || message.startsWith('EISDIR')) return 'is a folder, not a file';
  if (code === 'EACCES' || message.startsWith('EACCES')) return 'not allowed to read it';
  return `cannot be read (${message})`;
}

/**
 * Reads a command's whole input, from FILE or stdin, or says in the shared form why there is none:
 * a missing or unreadable file, or an input with nothing but white space in it (exit 2), or bytes
 * that are not UTF-8, named by their offset and line (exit 1: the input is there but not usable).
 *
 * @param command - the subcommand, for the message
 * @param file - FILE, or undefined for stdin
 * @param io - the process streams
 * @param expected - what the input should hold, for the message
 * @returns the text, or the exit code after the message was printed
 */
export async function readInput(command: string, file: string | undefined, io: CliIo, expected: string): Promise<{ text: string } | { exit: number }> {
  const source = file ?? 'stdin';
  let content: string | Uint8Array;
  try {
    content = file === undefined ? await readAll(io.stdin) : await io.readFile(file);
  } catch (error) {
    io.stderr(inputProblem(command, source, readFailure(error), expected));
    return { exit: EXIT.noInput };
  }
  const decoded = typeof content === 'string' ? { text: content } : decodeUtf8(content);
  if ('invalidAt' in decoded) {
    const at = decoded.invalidAt;
    io.stderr(inputProblem(command, source, `not valid UTF-8 at byte ${at} (line ${lineOfByte(content as Uint8Array, at)})`, `${expected} in UTF-8`));
    return { exit: EXIT.badData };
  }
  const { text } = decoded;
  if (text.trim() === '') {
    io.stderr(inputProblem(command, source, 'empty', expected));
    return { exit: EXIT.noInput };
  }
  return { text };
}

/** The whole stream as bytes, decoded later in one piece so that a bad byte's offset is known. */
async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    chunks.push(bytes);
    length += bytes.length;
  }
  const all = new Uint8Array(length);
  let at = 0;
  for (const bytes of chunks) {
    all.set(bytes, at);
    at += bytes.length;
  }
  return all;
}
