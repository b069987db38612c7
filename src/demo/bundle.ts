import { baselineCountUrls } from '../zendesk/history/endpoints';
import { parseSearchQuery } from './api/search-query';
import type { ApiComment, ApiOrganization, ApiTicket, ApiTicketMetricSet, ApiUser, DemoAccount, RequesterKey } from './types';

/** A bundle ticket: the ticket as served with `include=comment_count`, and its metric set joined on as the loader does. */
export type BundleTicket = ApiTicket & { comment_count: number; metric_set: ApiTicketMetricSet | null };

/**
 * One requester's history in Zendesk's API shapes, as `customer-fit score` reads it:
 * the user, their organization, their tickets and the comments by ticket id.
 */
export interface HistoryBundle {
  user: ApiUser;
  organization: ApiOrganization | null;
  tickets: BundleTicket[];
  comments: Record<string, ApiComment[]>;
  /** The instant the history was read at (the account's now), ISO 8601. */
  now: string;
  /** The account's counts over the last 90 days, as the sidebar asks Search for them. */
  baseline: { tickets: number; requesters: number; windowDays: number };
}

const BASELINE_DAYS = 90;

export interface BundleOptions {
  /**
   * Include tickets Zendesk has archived (closed over 120 days). Default true, the whole history;
   * false gives what a loader sees from a ticket list that leaves archived tickets out.
   */
  includeArchived?: boolean;
}

/** The history bundle of one demo requester. */
export function toHistoryBundle(account: DemoAccount, key: RequesterKey, options: BundleOptions = {}): HistoryBundle {
  const requester = account.requesters[key];
  const user = account.users.find((u) => u.id === requester.userId);
  if (!user) throw new Error(`demo requester ${key} has no user`);
  const archived = new Set(account.archivedTicketIds);
  const includeArchived = options.includeArchived ?? true;
  const tickets = account.tickets
    .filter((t) => t.requester_id === user.id && (includeArchived || !archived.has(t.id)))
    .map((t) => ({
      ...t,
      comment_count: account.comments[String(t.id)]?.length ?? 0,
      metric_set: account.metricSets[String(t.id)] ?? null,
    }));
  const comments: Record<string, ApiComment[]> = {};
  for (const t of tickets) comments[String(t.id)] = account.comments[String(t.id)] ?? [];
  const organization =
    user.organization_id === null ? null : (account.organizations.find((o) => o.id === user.organization_id) ?? null);
  return { user, organization, tickets, comments, now: account.now, baseline: accountBaseline(account) };
}

/** The two search counts the sidebar's loader asks for, answered from the account as its mock API would. */
function accountBaseline(account: DemoAccount): HistoryBundle['baseline'] {
  const nowMs = Date.parse(account.now);
  const count = <T>(records: T[], url: string): number => {
    const query = new URL(url, 'https://account.invalid').searchParams.get('query') ?? '';
    const { filters } = parseSearchQuery(query, (id) => account.users.find((u) => u.id === id)?.email);
    return records.filter((r) => filters.every((f) => f(r as never, nowMs))).length;
  };
  const urls = baselineCountUrls(nowMs, BASELINE_DAYS);
  return { tickets: count(account.tickets, urls.tickets), requesters: Math.max(1, count(account.users, urls.requesters)), windowDays: BASELINE_DAYS };
}
