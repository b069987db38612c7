import { correctionRows, parseDismissals } from '../core/dismissals';
import { createReader, levelOf } from '../core/rating';
import { parseSettings } from '../core/settings';
import { EXIT, readInput, type CliIo, type Command } from './io';
import { incompleteWarning, readModel } from './model';
import { parseBundle } from './bundle/parse';

const USAGE = `Usage: customer-fit corrections [FILE...]
Reads history bundles (JSON, one customer each; stdin without FILE), as "customer-fit score" does,
and prints the quotes the team dismissed on those customers as labelled examples, one JSON line
each, in the format of training/written/*.jsonl: {"text", "labels": {"<signal>": 0}, "note"}.
Only messages where every hit of a signal was dismissed become rows; other signals stay unlabelled.
Save the output as training/written/<name>.jsonl and run "npm run train" to retrain on it.
Nothing is sent anywhere: the rows go to stdout.
`;

/**
 * `customer-fit corrections [FILE...]`: the account's dismissals as training rows.
 *
 * @param args - the bundle files (none: one bundle on stdin)
 * @param io - the process streams
 * @returns 0 when written (also with no dismissals), 1 when a bundle is not usable, 2 when there is no input
 * @example await run(['customer.json'], io) // prints {"text":"…","labels":{"abuse":0},"note":"team correction, not abuse: …"}
 */
export const run: Command = async (args: string[], io: CliIo): Promise<number> => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) {
    io.stderr(`customer-fit corrections: unknown option "${unknown}".\n${USAGE}`);
    return EXIT.noInput;
  }
  const loaded = await (io.loadModel ?? readModel)();
  if (loaded.problem) io.stderr(incompleteWarning('corrections', loaded.problem));
  const reader = createReader(loaded.model);
  let rows = 0;
  let exit: number = EXIT.ok;
  for (const file of args.length > 0 ? args : [undefined]) {
    const read = await readInput('corrections', file, io, 'a history bundle (JSON)');
    if ('exit' in read) return read.exit;
    const input = parseBundle(read.text, () => new Date());
    if ('errors' in input) {
      io.stderr(`customer-fit corrections: ${file ?? 'stdin'} is not a usable history bundle:\n${input.errors.map((e) => `  ${e}`).join('\n')}\n`);
      exit = EXIT.badData;
      continue;
    }
    const dismissals = parseDismissals(input.history.user.user_fields);
    for (const problem of dismissals.problems) io.stderr(`customer-fit corrections: ${file ?? 'stdin'}: ${problem}\n`);
    const level = levelOf(parseSettings(input.settings).settings);
    for (const row of correctionRows(input.history, dismissals.stored.dismissed, reader, level)) {
      io.stdout(`${JSON.stringify(row)}\n`);
      rows++;
    }
  }
  io.stderr(`customer-fit corrections: ${rows} labelled ${rows === 1 ? 'example' : 'examples'}.\n`);
  return exit;
};
