import { classify } from '../core/signals/index';
import { EXIT, inputProblem, readFailure, type CliIo, type Command } from './io';

const USAGE = 'Usage: customer-fit classify [FILE]\nReads NDJSON lines {"id": "...", "text": "..."} (stdin without FILE) and prints one line per input:\n{"id": "...", "signals": [{"signal", "start", "end", "excerpt"}]}\n';

/** One output line's signal, spans indexing the input text. */
interface OutputSignal {
  signal: string;
  start: number;
  end: number;
  excerpt: string;
}

/** Reads the input as lines, from a file or stdin, without holding more than one chunk's remainder. */
async function* lines(source: AsyncIterable<string | Uint8Array> | string): AsyncGenerator<string> {
  if (typeof source === 'string') {
    yield* source.split(/\r?\n/);
    return;
  }
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of source) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let nl = rest.indexOf('\n');
    while (nl >= 0) {
      yield rest.slice(0, nl).replace(/\r$/, '');
      rest = rest.slice(nl + 1);
      nl = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest) yield rest.replace(/\r$/, '');
}

/**
 * Parses one input line into an id and a text, or explains what is wrong with it.
 *
 * @param line - one NDJSON line
 * @returns the record, or an error message
 * @example parseLine('{"id":"a","text":"hi"}') // => { id: 'a', text: 'hi' }
 */
export function parseLine(line: string): { id: string; text: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object {"id": ..., "text": ...}' };
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' && typeof id !== 'number') return { error: '"id" must be a string or a number' };
  if (typeof record.text !== 'string') return { error: '"text" must be a string' };
  return { id: String(id), text: record.text };
}

/**
 * `customer-fit classify [FILE]`: prints the signals found in each NDJSON line. A bad line is
 * reported on stderr with its line number; the other lines are still classified, and the exit
 * code is 1.
 *
 * @param args - the optional FILE
 * @param io - the process streams
 * @returns 0 when every line was read, 1 when some were bad, 2 on a usage error or when there is no input (a missing or empty file or stdin)
 * @example await run([], io) // with stdin '{"id":"1","text":"I will sue"}' prints {"id":"1","signals":[...]}
 */
export const run: Command = async (args: string[], io: CliIo): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
    io.stderr(`customer-fit classify: unexpected arguments ${JSON.stringify(args)}.\n${USAGE}`);
    return 2;
  }
  const EXPECTED = 'NDJSON lines {"id": "...", "text": "..."}';
  let source: AsyncIterable<string | Uint8Array> | string = io.stdin;
  if (args[0]) {
    try {
      source = await io.readFile(args[0]);
    } catch (error) {
      io.stderr(inputProblem('classify', args[0], readFailure(error), EXPECTED));
      return EXIT.noInput;
    }
  }
  let bad = 0;
  let number = 0;
  let records = 0;
  for await (const line of lines(source)) {
    number++;
    if (line.trim() === '') continue;
    records++;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      bad++;
      io.stderr(`customer-fit classify: line ${number}: ${parsed.error}\n`);
      continue;
    }
    const signals: OutputSignal[] = classify(parsed.text).map((hit) => ({
      signal: hit.signal,
      start: hit.start,
      end: hit.end,
      excerpt: parsed.text.slice(hit.start, hit.end),
    }));
    io.stdout(JSON.stringify({ id: parsed.id, signals }) + '\n');
  }
  if (records === 0) {
    io.stderr(inputProblem('classify', args[0] ?? 'stdin', 'empty', EXPECTED));
    return EXIT.noInput;
  }
  return bad ? EXIT.badData : EXIT.ok;
};
