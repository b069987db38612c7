// The history the scoring bench rates: the demo account's heaviest requester, grown to the size
// the speed target names, with the settings that turn on every factor.
import type { CustomerHistory, HistoryComment } from '../../src/core/history';
import { parseSettings, type Settings } from '../../src/core/settings';
import { createDemoAccount, DEMO_FIELDS, toHistoryBundle } from '../../src/demo';

/** The demo account's day, the moment every bench rating is made at. */
export const NOW = new Date('2026-11-23T10:00:00Z');
/** How many comments the bench history has. */
export const COMMENTS = 20_000;

/**
 * The heavy demo requester's 1,500 tickets, with their comments repeated (new ids, later dates,
 * the customer's and the agents' in their original proportion) until there are 20,000.
 *
 * @returns the history, with an account baseline of 12 tickets per requester over two years
 * @example Object.values(benchHistory().comments).flat().length // => 20000
 */
export function benchHistory(): CustomerHistory {
  const account = createDemoAccount({ now: NOW });
  const bundle = toHistoryBundle(account, 'heavy');
  const pool: HistoryComment[] = Object.values(bundle.comments).flat();
  const comments: Record<string, HistoryComment[]> = {};
  let total = 0;
  for (const t of bundle.tickets) {
    const own = bundle.comments[String(t.id)] ?? [];
    comments[String(t.id)] = [...own];
    total += own.length;
  }
  let next = 0;
  let id = 9_000_000_000_000;
  while (total < COMMENTS) {
    for (const t of bundle.tickets) {
      if (total >= COMMENTS) break;
      const source = pool[next++ % pool.length]!;
      const created = comments[String(t.id)]!.at(-1)?.created_at ?? t.created_at;
      comments[String(t.id)]!.push({ ...source, id: id++, created_at: created });
      total++;
    }
  }
  return { user: bundle.user, organization: bundle.organization, tickets: bundle.tickets, comments, baseline: { tickets: 96_000, requesters: 8_000, windowDays: 730 } };
}

/**
 * The settings of the bench rating: agent time from the demo's time field, and the customer's
 * value from their organization's MRR, so the cost factors are computed too.
 *
 * @returns parsed settings
 * @example benchSettings().agent_hourly_cost // => 15
 */
export function benchSettings(): Settings {
  return parseSettings({
    time_field_id: String(DEMO_FIELDS.timeSpentTicketFieldId),
    time_field_seconds: false,
    agent_hourly_cost: 15,
    value_field: `organization.${DEMO_FIELDS.mrrOrganizationFieldKey}`,
    value_is_monthly: true,
  }).settings;
}
