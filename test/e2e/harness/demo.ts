import { createDemoAccount, type DemoAccount, type RequesterKey } from '../../../src/demo';
import type { PreviewAccount } from '../../../src/preview/host/account';
import { loadAccount } from '../../../src/preview/host/account-source';

/**
 * The same account the preview page builds, built here in Node so tests know what the sidebar
 * should show. Both use the real date, so relative ages agree within a test run.
 */
export function demoAccount(): PreviewAccount {
  return loadAccount(new Date());
}

/** The generated account's raw records (tickets, comments, archive), for facts the preview view lacks. */
export function rawDemoAccount(): DemoAccount {
  return createDemoAccount({ now: new Date() });
}

export interface RequesterFacts {
  key: RequesterKey;
  name: string;
  /** All their tickets, archived ones included: what the sidebar says it read. */
  ticketCount: number;
  primaryTicketId: number;
}

export function requesterFacts(demo: DemoAccount = rawDemoAccount()): RequesterFacts[] {
  return Object.values(demo.requesters).map((requester) => ({
    key: requester.key,
    name: demo.users.find((user) => user.id === requester.userId)?.name ?? '',
    ticketCount: demo.tickets.filter((ticket) => ticket.requester_id === requester.userId).length,
    primaryTicketId: requester.primaryTicketId,
  }));
}
