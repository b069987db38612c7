import { createDemoAccount } from '../demo/account';
import { toHistoryBundle } from '../demo/bundle';
import { REQUESTER_KEYS, type RequesterKey } from '../demo/types';
import type { Command } from './io';
import { isoDateTimeMessage, isoDateTimeProblem } from './iso-date';

const USAGE = `Usage: customer-fit demo-bundle <requester> [--seed N] [--now ISO-DATE] [--active-only]
       customer-fit demo-bundle --list

Prints a demo requester's history as a JSON bundle for "customer-fit score".
  --seed N        the demo account's seed (default: the built-in one)
  --now DATE      the instant the account is generated for, e.g. 2026-11-23T10:00:00Z (default: now)
  --active-only   leave out tickets Zendesk has archived (closed over 120 days ago)
`;

function isRequesterKey(value: string): value is RequesterKey {
  return (REQUESTER_KEYS as readonly string[]).includes(value);
}

/** `customer-fit demo-bundle <requester>`: prints the requester's history bundle as JSON. */
export const run: Command = async (args, io) => {
  let seed: number | undefined;
  let now = new Date();
  let list = false;
  let activeOnly = false;
  let key: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--list') list = true;
    else if (arg === '--active-only') activeOnly = true;
    else if (arg === '--help' || arg === '-h') {
      io.stdout(USAGE);
      return 0;
    } else if (arg === '--seed' || arg === '--now') {
      const value = args[i + 1];
      i += 1;
      if (value === undefined) {
        io.stderr(`customer-fit demo-bundle: ${arg} needs a value.\n`);
        return 2;
      }
      if (arg === '--seed') {
        seed = Number(value);
        if (!Number.isInteger(seed)) {
          io.stderr(`customer-fit demo-bundle: --seed must be an integer, got "${value}".\n`);
          return 2;
        }
      } else {
        // As strict as a bundle's now, which `score` reads: "2" is not February 2001.
        if (isoDateTimeProblem(value) !== null) {
          io.stderr(`customer-fit demo-bundle: --now ${isoDateTimeMessage(value)}.\n`);
          return 2;
        }
        now = new Date(value);
      }
    } else if (arg.startsWith('-')) {
      io.stderr(`customer-fit demo-bundle: unknown option "${arg}".\n${USAGE}`);
      return 2;
    } else key = arg;
  }
  const account = createDemoAccount({ seed, now });
  if (list) {
    const width = Math.max(...REQUESTER_KEYS.map((k) => k.length));
    for (const k of REQUESTER_KEYS) io.stdout(`${k.padEnd(width)}  ${account.requesters[k].summary}\n`);
    return 0;
  }
  if (key === undefined) {
    io.stderr(USAGE);
    return 2;
  }
  if (!isRequesterKey(key)) {
    io.stderr(`customer-fit demo-bundle: no demo requester "${key}". Known: ${REQUESTER_KEYS.join(', ')}.\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(toHistoryBundle(account, key, { includeArchived: !activeOnly }), null, 2)}\n`);
  return 0;
};
