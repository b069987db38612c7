import type { ApiTicket, ApiUser } from '../types';

/**
 * The part of Zendesk's search syntax
 * (https://support.zendesk.com/hc/en-us/articles/4408886879258) the app uses:
 * `type:ticket|user`, `created>2026-01-01` / `created<...` / `created:...` (also `updated`, and
 * relative values such as `30days`), `role:end-user`, `tags:x` (repeated tags are ORed), `status:open`
 * or `status<solved`,
 * `requester:<id or email>`, and bare words matched against subject/description or name/email.
 * Dates are read as UTC days: `>D` is after day D, `<D` before day D, `:D` on day D.
 */

export interface ParsedQuery {
  type: 'ticket' | 'user' | 'organization' | null;
  filters: ((record: ApiTicket | ApiUser, nowMs: number) => boolean)[];
}

const DAY_MS = 86_400_000;
const STATUS_ORDER = ['new', 'open', 'pending', 'hold', 'solved', 'closed'];
const RELATIVE_UNITS: Record<string, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: DAY_MS,
  weeks: 7 * DAY_MS,
  months: 30 * DAY_MS,
  years: 365 * DAY_MS,
};

function tokenize(query: string): string[] {
  const tokens: string[] = [];
  const re = /(\S+?:"[^"]*"|"[^"]*"|\S+)/g;
  for (const match of query.matchAll(re)) tokens.push(match[0]);
  return tokens;
}

function unquote(value: string): string {
  return value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}

/** A day boundary (ms) for a date value: `2026-01-01`, or relative `30days` (counted back from now). */
function dayStart(value: string, nowMs: number): number | null {
  const relative = /^(\d+)(minutes|hours|days|weeks|months|years)$/.exec(value);
  if (relative) return nowMs - Number(relative[1]) * (RELATIVE_UNITS[relative[2] ?? 'days'] ?? DAY_MS);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(ms) ? null : ms;
}

function dateFilter(field: 'created_at' | 'updated_at', op: string, value: string) {
  const isRelative = !/^\d{4}-/.test(value);
  return (record: ApiTicket | ApiUser, nowMs: number): boolean => {
    const start = dayStart(value, nowMs);
    if (start === null) return false;
    const at = Date.parse(record[field]);
    if (isRelative) return op === '<' ? at < start : at >= start;
    if (op === '>') return at >= start + DAY_MS;
    if (op === '<') return at < start;
    if (op === '>=') return at >= start;
    if (op === '<=') return at < start + DAY_MS;
    return at >= start && at < start + DAY_MS;
  };
}

/** Parses a search query; unknown keywords match nothing, as an unknown field would in Zendesk. */
export function parseSearchQuery(query: string, emailOf: (userId: number) => string | undefined): ParsedQuery {
  const parsed: ParsedQuery = { type: null, filters: [] };
  const tagValues: string[] = [];
  for (const token of tokenize(query)) {
    const m = /^([a-z_]+)(>=|<=|:|>|<)(.+)$/.exec(token);
    if (!m) {
      const word = unquote(token).toLowerCase();
      parsed.filters.push((r) =>
        'subject' in r
          ? `${r.subject} ${r.description}`.toLowerCase().includes(word)
          : `${r.name} ${r.email}`.toLowerCase().includes(word),
      );
      continue;
    }
    const [, key = '', op = ':', rawValue = ''] = m;
    const value = unquote(rawValue);
    switch (key) {
      case 'type':
        parsed.type = value === 'ticket' || value === 'user' || value === 'organization' ? value : null;
        if (parsed.type === null) parsed.filters.push(() => false);
        break;
      case 'created':
        parsed.filters.push(dateFilter('created_at', op, value));
        break;
      case 'updated':
        parsed.filters.push(dateFilter('updated_at', op, value));
        break;
      case 'role':
        parsed.filters.push((r) => 'role' in r && r.role === value);
        break;
      case 'tags':
      case 'tag':
        tagValues.push(value);
        break;
      case 'status': {
        // Statuses are ordered, so `status<solved` means new, open, pending or on hold.
        const rank = STATUS_ORDER.indexOf(value);
        parsed.filters.push((r) => {
          if (!('status' in r)) return false;
          const at = STATUS_ORDER.indexOf(r.status);
          if (op === '<') return at < rank;
          if (op === '>') return at > rank;
          if (op === '<=') return at <= rank;
          if (op === '>=') return at >= rank;
          return r.status === value;
        });
        break;
      }
      case 'requester':
      case 'requester_id':
        parsed.filters.push(
          (r) => 'requester_id' in r && (String(r.requester_id) === value || emailOf(r.requester_id) === value),
        );
        break;
      default:
        parsed.filters.push(() => false);
    }
  }
  if (tagValues.length > 0) parsed.filters.push((r) => tagValues.some((tag) => r.tags.includes(tag)));
  return parsed;
}
