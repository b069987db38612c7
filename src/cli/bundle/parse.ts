import type { CustomerHistory } from '../../core/history';
import { jsonFaultAt } from '../json-fault';
import { linesOf, pathText, unsafeIds, type PathText } from '../json-source';
import { believe } from './believe';
import { bundleSchema } from './schema';

/** A bundle read: what to rate, and what was left out (`line 12, tickets[3]: …`). */
export interface ReadBundle {
  history: CustomerHistory;
  now: Date;
  settings: Record<string, unknown>;
  warnings: string[];
}

const MAX_ERRORS = 10;

/**
 * Reads a bundle's text into a history, the rating's `now` and settings, or explains what is wrong.
 * Each problem names its field by path and, where it can, its line: `line 12, tickets[3].id: …`.
 * What stops the rating is an error: not JSON, a field of the wrong type, an id beyond
 * Number.MAX_SAFE_INTEGER (JSON.parse would round it to another id), a `now` or a user's
 * `created_at` that is not a strict ISO 8601 date-time. What the rating can do without is left out
 * with a warning (see ./believe.ts).
 *
 * @param text - the bundle's JSON
 * @param clock - the current time, used when the bundle has no `now`
 * @returns the parts to rate with the warnings, or the errors
 * @example parseBundle('{"user": {}}', () => new Date()) // => { errors: ['line 1, user.id: Invalid input: expected number, received undefined', ...] }
 */
export function parseBundle(text: string, clock: () => Date): ReadBundle | { errors: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { errors: [notJson(text, (error as Error).message)] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: ['expected a JSON object {"user", "organization", "tickets", "comments", ...}'] };
  }
  const problems: { path: PathText; message: string }[] = unsafeIds(text).map(({ path, source }) => ({
    path,
    message: `${source} is larger than ${Number.MAX_SAFE_INTEGER}, the largest id this command keeps exactly`,
  }));
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success) {
    // An id too long is said once, with its digits as written, not again as the number zod saw.
    const said = new Set(problems.map((p) => p.path));
    for (const issue of parsed.error.issues) {
      if (said.has(pathText(issue.path))) continue;
      problems.push({ path: pathText(issue.path), message: issue.code === 'invalid_key' ? 'is not a ticket id (comments are keyed by ticket id)' : issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) {
    const errors = located(text, problems.slice(0, MAX_ERRORS));
    if (problems.length > MAX_ERRORS) errors.push(`... and ${problems.length - MAX_ERRORS} more`);
    return { errors };
  }
  const bundle = parsed.data;
  const { tickets, comments, dropped } = believe(bundle, value as Record<string, unknown>);
  const history: CustomerHistory = {
    user: bundle.user,
    organization: bundle.organization ?? null,
    tickets,
    comments,
    baseline: bundle.baseline ?? null,
  };
  return { history, now: bundle.now ? new Date(bundle.now) : clock(), settings: bundle.settings ?? {}, warnings: located(text, dropped) };
}

/**
 * `line 12, tickets[3].id: message`; a field that is missing takes the line of the nearest part
 * that is there, and a problem the walk could not place has no line.
 */
function located(text: string, problems: readonly { path: PathText; message: string }[]): string[] {
  const chains = problems.map((p) => ancestry(p.path));
  const lines = linesOf(text, chains.flat());
  return problems.map(({ path, message }, i) => {
    const line = chains[i]!.map((p) => lines.get(p)).find((l) => l !== undefined);
    return `${line === undefined ? '' : `line ${line}, `}${path}: ${message}`;
  });
}

/** `tickets[3].id`, `tickets[3]`, `tickets`: a path and the parts that hold it, nearest first. */
function ancestry(path: PathText): PathText[] {
  const chain: PathText[] = [path];
  for (;;) {
    const parent = chain.at(-1)!.replace(/(?:\.[^.[\]]*|\[\d+\])$/, '');
    if (parent === chain.at(-1) || parent === '') return chain;
    chain.push(parent);
  }
}

/**
 * Where and why a text is not JSON: `line 5, column 5: not valid JSON: unexpected ","`, or
 * JSON.parse's own words when the fault cannot be placed.
 */
function notJson(text: string, message: string): string {
  const at = jsonFaultAt(text);
  if (at === null) return `not valid JSON (${message.replace(/\s+/g, ' ')})`;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const what = at >= text.length ? 'the text ends too early' : `unexpected ${JSON.stringify(String.fromCodePoint(text.codePointAt(at)!))}`;
  return `line ${line}, column ${at - before.lastIndexOf('\n')}: not valid JSON: ${what}`;
}
