import { ADVANCED_SETTING, SETTING_DEFINITIONS } from '../../core/settings';
import { closest } from '../closest';
import { isoDateTimeMessage, isoDateTimeProblem } from '../iso-date';
import type { PathText } from '../json-source';
import { BUNDLE_PARTS, type HistoryBundle } from './schema';

/** Something in a bundle that the rating leaves out, at the field that says why. */
export interface Dropped {
  path: PathText;
  message: string;
}

type Ticket = HistoryBundle['tickets'][number];
type Comment = HistoryBundle['comments'][string][number];

const SETTING_KEYS = [...Object.keys(SETTING_DEFINITIONS), ADVANCED_SETTING.name];

/**
 * What of a well-shaped bundle the rating may believe, and what it leaves out: tickets of another
 * requester, tickets and comments listed twice (the first copy counts) or dated with something
 * that is not an ISO 8601 date-time, comments of a ticket the bundle does not hold, and parts or
 * settings that do not exist (they would otherwise be ignored without a word, a misspelled
 * `"setings"` taking every setting with it).
 *
 * @param bundle - the bundle, as the schema parsed it
 * @param raw - the bundle as JSON.parse read it, for the names of its parts
 * @returns the tickets and comments to rate, and one entry per thing left out, in the order of the bundle
 * @example believe(bundleWithTicketTwice, raw).dropped // => [{ path: 'tickets[7]', message: 'ticket 4433 is also tickets[1]; this copy is dropped.' }]
 */
export function believe(bundle: HistoryBundle, raw: Record<string, unknown>): { tickets: Ticket[]; comments: Record<string, Comment[]>; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  for (const part of Object.keys(raw)) {
    if (!BUNDLE_PARTS.includes(part)) dropped.push({ path: part, message: `a bundle has no such part; ignored. Did you mean ${closest(part, BUNDLE_PARTS)}?` });
  }
  for (const key of Object.keys(bundle.settings ?? {})) {
    if (!SETTING_KEYS.includes(key)) dropped.push({ path: `settings.${key}`, message: `there is no such setting; ignored. Did you mean ${closest(key, SETTING_KEYS)}?` });
  }
  const { tickets, dropped: ticketsDropped, left } = believeTickets(bundle);
  const comments = believeComments(bundle.comments, new Set(tickets.map((t) => String(t.id))), left);
  return { tickets, comments: comments.kept, dropped: [...dropped, ...ticketsDropped, ...comments.dropped] };
}

function believeTickets(bundle: HistoryBundle): { tickets: Ticket[]; dropped: Dropped[]; left: Set<string> } {
  const userId = bundle.user.id;
  // Why each ticket is left out, decided before the words, which depend on whether another copy stays.
  const verdicts = bundle.tickets.map((ticket, i): { path: PathText; why: 'requester' | 'date' | 'copy'; message: string } | null => {
    if (ticket.requester_id !== userId) {
      return { path: `tickets[${i}].requester_id`, why: 'requester', message: `ticket ${ticket.id} was asked by requester ${ticket.requester_id}, not by user ${userId}` };
    }
    for (const field of ['created_at', 'updated_at'] as const) {
      if (isoDateTimeProblem(ticket[field]) !== null) return { path: `tickets[${i}].${field}`, why: 'date', message: isoDateTimeMessage(ticket[field]) };
    }
    return null;
  });
  const first = new Map<number, number>();
  bundle.tickets.forEach((ticket, i) => {
    if (verdicts[i]) return;
    const at = first.get(ticket.id);
    if (at === undefined) first.set(ticket.id, i);
    else verdicts[i] = { path: `tickets[${i}]`, why: 'copy', message: `ticket ${ticket.id} is also tickets[${at}]` };
  });
  const kept = new Set([...first.keys()].map(String));
  const left = new Set<string>();
  const dropped: Dropped[] = [];
  bundle.tickets.forEach((ticket, i) => {
    const verdict = verdicts[i];
    if (!verdict) return;
    if (verdict.why === 'copy') {
      dropped.push({ path: verdict.path, message: `${verdict.message}; this copy is dropped.` });
      return;
    }
    const key = String(ticket.id);
    // Its comments go with it, unless another copy of the ticket stays.
    const count = kept.has(key) ? 0 : (bundle.comments[key]?.length ?? 0);
    if (!kept.has(key)) left.add(key);
    const what = verdict.why === 'requester' ? 'the ticket' : `ticket ${ticket.id}`;
    const goes = count === 0 ? `${what} is dropped` : `${what} and its ${count} comment${count === 1 ? '' : 's'} are dropped`;
    dropped.push({ path: verdict.path, message: `${verdict.message}; ${goes}.` });
  });
  return { tickets: bundle.tickets.filter((_, i) => !verdicts[i]), dropped, left };
}

function believeComments(
  comments: Record<string, Comment[]>,
  tickets: ReadonlySet<string>,
  left: ReadonlySet<string>,
): { kept: Record<string, Comment[]>; dropped: Dropped[] } {
  const kept: Record<string, Comment[]> = {};
  const dropped: Dropped[] = [];
  const first = new Map<number, PathText>();
  for (const [key, thread] of Object.entries(comments)) {
    if (!tickets.has(key)) {
      // A ticket left out has said so for its comments.
      if (!left.has(key) && thread.length > 0) {
        const n = thread.length;
        dropped.push({ path: `comments.${key}`, message: `there is no ticket ${key} in tickets; its ${n === 1 ? 'comment is' : `${n} comments are`} dropped.` });
      }
      continue;
    }
    kept[key] = thread.filter((comment, i) => {
      const path = `comments.${key}[${i}]`;
      if (isoDateTimeProblem(comment.created_at) !== null) {
        dropped.push({ path: `${path}.created_at`, message: `${isoDateTimeMessage(comment.created_at)}; comment ${comment.id} is dropped.` });
        return false;
      }
      const at = first.get(comment.id);
      if (at !== undefined) {
        dropped.push({ path, message: `comment ${comment.id} is also ${at}; this copy is dropped.` });
        return false;
      }
      first.set(comment.id, path);
      return true;
    });
  }
  return { kept, dropped };
}
