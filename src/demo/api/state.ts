import { DISMISSALS_FIELD } from '../../core/dismissals/field';
import { WARNING_FIELDS, LEVEL_TAGS } from '../../core/warnings/fields';
import type { ApiOrganization, ApiTicket, ApiUser, DemoAccount } from '../types';

/**
 * The live, mutable view of a demo account the mock API serves from: lookups by id, plus what
 * Zendesk knows about the account's custom user fields (which keys exist, which are drop-downs whose
 * option values are also user tags).
 */
export interface ApiState {
  account: DemoAccount;
  users: Map<number, ApiUser>;
  organizations: Map<number, ApiOrganization>;
  tickets: Map<number, ApiTicket>;
  archived: Set<number>;
  /**
   * Whether `GET /users/{id}/tickets/requested` lists archived tickets. Zendesk's Tickets reference
   * names only `/tickets`, `/organizations/{id}/tickets` and `/tickets/recent` as leaving archived
   * tickets out (https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#list-tickets),
   * so true by default; false plays the older behavior where every list left them out.
   */
  requestedListIncludesArchived: boolean;
  /** User field keys the account has; `PUT /users/{id}` ignores others, as Zendesk does. */
  userFieldKeys: Set<string>;
  /** Drop-down user fields: key to option values (which Zendesk also sets as user tags). */
  dropdownUserFields: Map<string, string[]>;
  nextCommentId: number;
  nextAuditId: number;
  clock: () => Date;
}

export interface StateOptions {
  /** When false, the account lacks the app's own user fields, as before the app is installed. */
  appFieldsInstalled?: boolean;
  requestedListIncludesArchived?: boolean;
  clock?: () => Date;
}

/** Indexes an account for serving. The account object itself is mutated by writes. */
export function createState(account: DemoAccount, options: StateOptions = {}): ApiState {
  const keys = new Set<string>([account.fields.overdueDaysUserFieldKey]);
  const dropdowns = new Map<string, string[]>();
  if (options.appFieldsInstalled !== false) {
    for (const key of Object.values(WARNING_FIELDS)) keys.add(key);
    keys.add(DISMISSALS_FIELD);
    dropdowns.set(WARNING_FIELDS.level, Object.values(LEVEL_TAGS));
  }
  let maxComment = 0;
  for (const list of Object.values(account.comments)) {
    for (const c of list) maxComment = Math.max(maxComment, c.id, c.audit_id);
  }
  return {
    account,
    users: new Map(account.users.map((u) => [u.id, u])),
    organizations: new Map(account.organizations.map((o) => [o.id, o])),
    tickets: new Map(account.tickets.map((t) => [t.id, t])),
    archived: new Set(account.archivedTicketIds),
    requestedListIncludesArchived: options.requestedListIncludesArchived ?? true,
    userFieldKeys: keys,
    dropdownUserFields: dropdowns,
    nextCommentId: maxComment + 11,
    nextAuditId: maxComment + 12,
    clock: options.clock ?? (() => new Date()),
  };
}
