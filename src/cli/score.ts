import { createReader, rate } from '../core/rating';
import type { Factor, FitRating, SettingProblem } from '../core/rating/types';
import { parseSettings } from '../core/settings';
import { parseBundle } from './bundle/parse';
import { EXIT, readInput, type CliIo, type Command } from './io';
import { incompleteWarning, readModel } from './model';
import { jsonForTerminal, oneLine, oneLineMarked } from './terminal';

const USAGE = `Usage: customer-fit score [FILE] [--format json|text]
Reads a history bundle (JSON; stdin without FILE) and prints the requester's fit rating.
A bundle is {"user", "organization", "tickets", "comments": {"<ticket id>": [...]},
"now"?: "<ISO date>", "settings"?: {...}, "baseline"?: {"tickets", "requesters", "windowDays"}}
in Zendesk API shapes; other fields of those shapes are ignored. Without "now", the rating is as of the current time.
Exit 1, and no rating, for a bundle it cannot rate (not JSON or UTF-8, a field of the wrong type, a bad "now",
an id beyond 2^53 - 1); a warning on stderr for each thing it leaves out (a ticket or comment listed twice or with
a date that is not ISO 8601, another requester's ticket, comments of a ticket not in the bundle, unknown settings).
`;

export { bundleSchema, type HistoryBundleInput } from './bundle/schema';
export { parseBundle } from './bundle/parse';

/** What `score` prints as JSON: the rating, and any setting that was not usable. */
export type ScoreOutput = FitRating & { problems: SettingProblem[] };

/**
 * `customer-fit score [FILE] [--format json|text]`: rates the requester of a history bundle.
 *
 * @param args - the optional FILE and --format
 * @param io - the process streams
 * @param clock - the current time (for a bundle without `now`)
 * @returns 0 when rated, 1 when the bundle is not usable, 2 on a usage error or when there is no input (a missing or empty file or stdin)
 * @example await run(['bundle.json', '--format', 'text'], io) // prints "Requester 42: 88/100, good fit" and the factors
 */
export const run: Command = async (args: string[], io: CliIo): Promise<number> => runScore(args, io, () => new Date());

/**
 * `run` with the clock passed in, for tests.
 *
 * @param args - the optional FILE and --format
 * @param io - the process streams
 * @param clock - the current time
 * @returns the exit code
 * @example await runScore([], io, () => new Date('2026-11-23T10:00:00Z')) // => 0, the rating as of that time when the bundle has no now
 */
export async function runScore(args: string[], io: CliIo, clock: () => Date): Promise<number> {
  const options = parseArgs(args);
  if ('help' in options) {
    io.stdout(USAGE);
    return 0;
  }
  if ('error' in options) {
    io.stderr(`customer-fit score: ${options.error}\n${USAGE}`);
    return 2;
  }
  const read = await readInput('score', options.file ?? undefined, io, 'a history bundle (JSON)');
  if ('exit' in read) return read.exit;
  const source = options.file ?? 'stdin';
  const input = parseBundle(read.text, clock);
  if ('errors' in input) {
    io.stderr(`customer-fit score: ${source} is not a usable history bundle:\n${input.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return EXIT.badData;
  }
  for (const warning of input.warnings.slice(0, MAX_WARNINGS)) io.stderr(`customer-fit score: warning: ${source} ${warning}\n`);
  if (input.warnings.length > MAX_WARNINGS) io.stderr(`customer-fit score: warning: ${source}: ... and ${input.warnings.length - MAX_WARNINGS} more things left out.\n`);
  const { settings, problems } = parseSettings(input.settings);
  for (const problem of problems) io.stderr(`customer-fit score: setting ${problem.message}\n`);
  const loaded = await (io.loadModel ?? readModel)();
  if (loaded.problem) io.stderr(incompleteWarning('score', loaded.problem));
  const rating = rate(input.history, settings, input.now, createReader(loaded.model));
  if (options.format === 'text') io.stdout(formatText(rating, problems, input.history.user.name));
  else io.stdout(`${jsonForTerminal({ ...rating, problems } satisfies ScoreOutput, 2)}\n`);
  return 0;
}

/** Enough to see what is wrong with a bundle without burying the rating. */
const MAX_WARNINGS = 20;

function parseArgs(args: string[]): { file: string | null; format: 'json' | 'text' } | { error: string } | { help: true } {
  let file: string | null = null;
  let format: 'json' | 'text' = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') return { help: true };
    let value: string | undefined;
    if (arg === '--format') value = args[++i];
    else if (arg.startsWith('--format=')) value = arg.slice('--format='.length);
    else if (arg.startsWith('-') && arg !== '-') return { error: `unknown option ${arg}.` };
    else if (file === null) {
      file = arg === '-' ? null : arg;
      continue;
    } else return { error: `unexpected argument ${JSON.stringify(arg)}: give at most one FILE.` };
    if (value !== 'json' && value !== 'text') return { error: `--format must be json or text, not ${JSON.stringify(value ?? '')}.` };
    format = value;
  }
  return { file, format };
}


const BAND_TEXT: Record<FitRating['band'], string> = {
  good: 'good fit',
  watch: 'watch',
  poor: 'poor fit',
  insufficient: 'not enough history to rate',
};

/**
 * The rating as a person reads it: the score and band, what it is mainly about, the cost, each
 * factor with its evidence (the highlighted words between « and »), the trend and any setting problem.
 * Every line is passed through `oneLine`: escape sequences, control and format characters from the
 * bundle are not printed.
 *
 * @param rating - the rating
 * @param problems - settings that fell back to their defaults
 * @param name - the requester's name, shown before their id
 * @returns the text, ending in a newline
 * @example formatText(rating, [], 'Gary Holt') // => 'Gary Holt (requester 42): 88/100, good fit\n...'
 */
export function formatText(rating: FitRating, problems: readonly SettingProblem[], name = ''): string {
  const lines: string[] = [];
  const score = rating.score === null ? 'no score' : `${rating.score}/100`;
  const shown = plain(name);
  const who = shown ? `${shown} (requester ${rating.requesterId})` : `Requester ${rating.requesterId}`;
  lines.push(`${who}: ${score}, ${BAND_TEXT[rating.band]}`);
  if (rating.summary.length) lines.push(`Mainly: ${rating.summary.join(', ')}`);
  const s = rating.stats;
  lines.push(
    `Window ${rating.window.from.slice(0, 10)} to ${rating.window.to.slice(0, 10)}: ${s.ticketsInWindow} of ${s.tickets} tickets; comments read on ${s.ticketsRead} tickets (${s.commentsRead} comments), the opening message alone on ${s.openingsRead}`,
  );
  if (rating.cost) {
    const c = rating.cost;
    const basis = c.basis === 'time-field' ? 'tracked time' : 'estimated from replies';
    lines.push(
      `Cost: ${money(c.supportCost)} ${c.currency} of support (${c.minutes} minutes, ${basis}) against ${money(c.value)} ${c.currency} of value${c.underwater ? ': costs more than they bring' : ''}`,
    );
  }
  lines.push('');
  if (rating.factors.length === 0) lines.push('No factor moved the score.');
  else lines.push('Factors:');
  for (const factor of rating.factors) lines.push(...factorLines(factor));
  const active = rating.trend.filter((m) => m.tickets > 0);
  if (active.length) {
    lines.push('', 'Tickets per month (with warning signs):');
    lines.push(`  ${active.map((m) => `${m.month} ${m.tickets}${m.flagged ? ` (${m.flagged})` : ''}`).join(', ')}`);
  }
  if (problems.length) {
    lines.push('', 'Settings that fell back to their defaults:');
    for (const p of problems) lines.push(`  ${p.message}`);
  }
  // The customer's text is in most lines (quotes, tags, the currency of the settings): each line is
  // shown, never acted on, by the terminal.
  return `${lines.map(oneLine).join('\n')}\n`;
}

function factorLines(factor: Factor): string[] {
  const points = `${factor.points > 0 ? '+' : ''}${factor.points.toFixed(1)}`.padStart(6);
  const times = factor.count === 1 ? 'once' : `${factor.count} times`;
  const where = factor.tickets ? ` on ${factor.tickets} ticket${factor.tickets === 1 ? '' : 's'}` : '';
  const last = factor.lastSeen ? `, last ${factor.lastSeen.slice(0, 10)}` : '';
  const data = Object.entries(factor.data)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const lines = [`${points}  ${factor.id}: ${times}${where}${last}${data ? ` (${data})` : ''}`];
  for (const e of factor.evidence) {
    const quote = e.highlight ? oneLineMarked(e.excerpt, e.highlight.start, e.highlight.end, '«', '»') : oneLine(e.excerpt);
    const figures = e.figures ? ` (${Object.entries(e.figures).map(([k, v]) => `${k} ${v}`).join(', ')})` : '';
    lines.push(`          #${e.ticketId} ${e.date.slice(0, 10)}: ${quote}${figures}`);
  }
  return lines;
}

function money(amount: number): string {
  return amount.toFixed(2);
}

/** A name on one line, without escape sequences, control or direction characters: it is the customer's own text. */
function plain(text: string): string {
  return oneLine(text).replace(/\s+/g, ' ').trim();
}
