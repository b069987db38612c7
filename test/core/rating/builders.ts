import { addDays, subDays } from 'date-fns';
import type { CustomerHistory, HistoryComment, HistoryTicket } from '../../../src/core/history';

/** The moment every built history is rated at. */
export const NOW = new Date('2026-11-23T12:00:00Z');
export const USER_ID = 501;
const AGENT_ID = 9001;

/** A message in a built ticket: the customer's words by default, or an agent's reply. */
export interface MessageSpec {
  text: string;
  /** Days before NOW. */
  daysAgo: number;
  by?: 'customer' | 'agent';
  public?: boolean;
}

/** A ticket to build, with its messages; unset fields get quiet defaults. */
export interface TicketSpec {
  daysAgo: number;
  subject?: string;
  messages?: (MessageSpec | string)[];
  channel?: string;
  tags?: string[];
  satisfaction?: 'good' | 'bad' | { score: 'good' | 'bad'; comment: string };
  replies?: number;
  reopens?: number;
  customFields?: { id: number; value: unknown }[];
}

let nextId = 1000;

/**
 * A history of one requester with the given tickets. Plain string messages are the customer's,
 * written on the ticket's first day.
 */
export function history(
  tickets: TicketSpec[],
  options: { userCreatedDaysAgo?: number; userFields?: Record<string, unknown>; orgFields?: Record<string, unknown> } = {},
): CustomerHistory {
  const built: HistoryTicket[] = [];
  const comments: Record<string, HistoryComment[]> = {};
  for (const spec of tickets) {
    const id = nextId++;
    const created = subDays(NOW, spec.daysAgo);
    const list: HistoryComment[] = [];
    for (const m of spec.messages ?? []) {
      const message: MessageSpec = typeof m === 'string' ? { text: m, daysAgo: spec.daysAgo } : m;
      list.push({
        id: nextId++,
        author_id: message.by === 'agent' ? AGENT_ID : USER_ID,
        public: message.public ?? true,
        created_at: subDays(NOW, message.daysAgo).toISOString(),
        body: message.text,
      });
    }
    const satisfaction = spec.satisfaction === undefined ? null : typeof spec.satisfaction === 'string' ? { score: spec.satisfaction } : spec.satisfaction;
    built.push({
      id,
      subject: spec.subject ?? `Ticket ${id}`,
      status: 'solved',
      created_at: created.toISOString(),
      updated_at: addDays(created, 1).toISOString(),
      requester_id: USER_ID,
      via: { channel: spec.channel ?? 'email' },
      tags: spec.tags ?? [],
      satisfaction_rating: satisfaction,
      custom_fields: spec.customFields ?? [],
      comment_count: list.length,
      metric_set: { replies: spec.replies ?? 1, reopens: spec.reopens ?? 0 },
    });
    comments[String(id)] = list;
  }
  return {
    user: {
      id: USER_ID,
      name: 'Casey Customer',
      created_at: subDays(NOW, options.userCreatedDaysAgo ?? 900).toISOString(),
      organization_id: options.orgFields ? 77 : null,
      user_fields: options.userFields ?? {},
    },
    organization: options.orgFields ? { id: 77, name: 'Casey Co', organization_fields: options.orgFields } : null,
    tickets: built,
    comments,
  };
}

/** `count` quiet tickets, one every `everyDays` days, from `startDaysAgo` back. */
export function quietTickets(count: number, startDaysAgo: number, everyDays: number): TicketSpec[] {
  return Array.from({ length: count }, (_, i) => ({ daysAgo: startDaysAgo + i * everyDays, messages: ['How do I add a user to the account?'] }));
}
