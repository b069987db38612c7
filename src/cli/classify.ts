import { classify, LEVELS, type Detector, type Level } from '../core/signals/index';
import { EXIT, inputProblem, readFailure, type CliIo, type Command } from './io';
import { memberSource } from './json-source';
import { incompleteWarning, readModel } from './model';
import { jsonForTerminal } from './terminal';
import { decodeUtf8 } from './utf8';

const USAGE =
  'Usage: customer-fit classify [FILE] [--sensitivity precise|balanced|sensitive]\n' +
  'Reads NDJSON lines {"id": "...", "text": "..."} (stdin without FILE) and prints one line per input:\n' +
  '{"id": "...", "signals": [{"signal", "start", "end", "excerpt", "confidence"?}]}\n' +
  '"confidence" (0 to 1) marks a hit of the learned detectors; a pattern\'s hit has none. Default sensitivity: balanced.\n';

/** One output line's signal, spans indexing the input text. */
interface OutputSignal {
  signal: string;
  start: number;
  end: number;
  excerpt: string;
  confidence?: number;
}

/** The FILE and the level from the arguments, or what is wrong with them. */
function parseArgs(args: string[]): { file: string | null; level: Level } | { error: string } {
  let file: string | null = null;
  let level: Level = 'balanced';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '--sensitivity') value = args[++i];
    else if (arg.startsWith('--sensitivity=')) value = arg.slice('--sensitivity='.length);
    else if (!arg.startsWith('-') && file === null) {
      file = arg;
      continue;
    } else return { error: `unexpected argument ${JSON.stringify(arg)}.` };
    if (!(LEVELS as readonly string[]).includes(value ?? '')) return { error: `--sensitivity must be precise, balanced or sensitive, not ${JSON.stringify(value ?? '')}.` };
    level = value as Level;
  }
  return { file, level };
}

/** One input line: its text, or the offset in the whole input of its first byte that is not UTF-8. */
type Line = { text: string } | { invalidAt: number };

/** One line's bytes (without its newline; a CR before it is dropped), decoded; `at` is its offset in the input. */
function decodeLine(bytes: Uint8Array, at: number): Line {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  const decoded = decodeUtf8(bytes.subarray(0, end));
  return 'text' in decoded ? decoded : { invalidAt: at + decoded.invalidAt };
}

/**
 * Reads the input as lines, from a file or stdin, without holding more than one chunk's remainder.
 * Lines are split on bytes (a newline byte is never part of a longer UTF-8 sequence) and each is
 * decoded on its own, so a bad byte spoils its line only.
 */
async function* lines(source: AsyncIterable<string | Uint8Array> | string | Uint8Array): AsyncGenerator<Line> {
  const encoder = new TextEncoder();
  const chunks = typeof source === 'string' || source instanceof Uint8Array ? [source] : source;
  let rest: Uint8Array = new Uint8Array(0);
  // The input's offset of rest[0].
  let offset = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    const joined = new Uint8Array(rest.length + bytes.length);
    joined.set(rest);
    joined.set(bytes, rest.length);
    let start = 0;
    let nl = joined.indexOf(10);
    while (nl >= 0) {
      yield decodeLine(joined.subarray(start, nl), offset + start);
      start = nl + 1;
      nl = joined.indexOf(10, start);
    }
    rest = joined.slice(start);
    offset += start;
  }
  if (rest.length) yield decodeLine(rest, offset);
}

/**
 * Parses one input line into an id and a text, or explains what is wrong with it. A numeric id is
 * kept as written, as a string: JSON.parse would read 12345678901234567890 as 12345678901234567000.
 *
 * @param line - one NDJSON line
 * @returns the record, or an error message
 * @example parseLine('{"id":"a","text":"hi"}') // => { id: 'a', text: 'hi' }
 * @example parseLine('{"id":12345678901234567890,"text":"hi"}') // => { id: '12345678901234567890', text: 'hi' }
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
  return { id: typeof id === 'string' ? id : (memberSource(line, 'id') ?? String(id)), text: record.text };
}

/**
 * `customer-fit classify [FILE]`: prints the signals found in each NDJSON line. A bad line is
 * reported on stderr with its line number; the other lines are still classified, and the exit
 * code is 1.
 *
 * @param args - the optional FILE and --sensitivity
 * @param io - the process streams
 * @returns 0 when every line was read, 1 when some were bad, 2 on a usage error or when there is no input (a missing or empty file or stdin)
 * @example await run([], io) // with stdin '{"id":"1","text":"I will sue"}' prints {"id":"1","signals":[...]}
 */
export const run: Command = async (args: string[], io: CliIo): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if ('error' in options) {
    io.stderr(`customer-fit classify: ${options.error}\n${USAGE}`);
    return 2;
  }
  const EXPECTED = 'NDJSON lines {"id": "...", "text": "..."}';
  let source: AsyncIterable<string | Uint8Array> | string | Uint8Array = io.stdin;
  if (options.file) {
    try {
      source = await io.readFile(options.file);
    } catch (error) {
      io.stderr(inputProblem('classify', options.file, readFailure(error), EXPECTED));
      return EXIT.noInput;
    }
  }
  const loaded = await (io.loadModel ?? readModel)();
  if (loaded.problem) io.stderr(incompleteWarning('classify', loaded.problem));
  const detector: Detector = { model: loaded.model, level: options.level };
  let bad = 0;
  let number = 0;
  let records = 0;
  for await (const read of lines(source)) {
    number++;
    if ('invalidAt' in read) {
      records++;
      bad++;
      io.stderr(`customer-fit classify: line ${number}: not valid UTF-8 at byte ${read.invalidAt}; the line is skipped.\n`);
      continue;
    }
    const line = read.text;
    if (line.trim() === '') continue;
    records++;
    const parsed = parseLine(line);
    if ('error' in parsed) {
      bad++;
      io.stderr(`customer-fit classify: line ${number}: ${parsed.error}\n`);
      continue;
    }
    const signals: OutputSignal[] = classify(parsed.text, detector).map((hit) => ({
      signal: hit.signal,
      start: hit.start,
      end: hit.end,
      excerpt: parsed.text.slice(hit.start, hit.end),
      ...(hit.confidence === undefined ? {} : { confidence: hit.confidence }),
    }));
    io.stdout(`${jsonForTerminal({ id: parsed.id, signals })}\n`);
  }
  if (records === 0) {
    io.stderr(inputProblem('classify', args[0] ?? 'stdin', 'empty', EXPECTED));
    return EXIT.noInput;
  }
  return bad ? EXIT.badData : EXIT.ok;
};
