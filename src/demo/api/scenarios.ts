import type { ApiComment, ApiTicket } from '../types';
import type { ApiState } from './state';

/** Account states the preview can switch on next to the faults, each undone when switched off. */
export type Scenario =
  /**
   * The heavy requester also has {@link ARCHIVED_BEYOND_SEARCH} archived tickets from a year earlier,
   * and the requested-tickets list leaves archived tickets out (the older reading of Zendesk's
   * Tickets reference). Search pages only 1,000 of them; the rest take the export.
   */
  'archived-beyond-search';

/** How many archived tickets the `archived-beyond-search` scenario gives the heavy requester: more than Search's 1,000. */
export const ARCHIVED_BEYOND_SEARCH = 1_100;

const YEAR_MS = 365 * 86_400_000;

function shifted(iso: string, byMs: number): string {
  return new Date(Date.parse(iso) - byMs).toISOString().replace('.000Z', 'Z');
}

/**
 * Applies a scenario to the live state the mock API serves.
 *
 * @param state - the mock API's state (mutated)
 * @param scenario - which one
 * @returns a function that puts the state back as it was
 * @example
 * const undo = applyScenario(state, 'archived-beyond-search');
 * undo(); // the account is as before
 */
export function applyScenario(state: ApiState, scenario: Scenario): () => void {
  switch (scenario) {
    case 'archived-beyond-search':
      return addArchivedYear(state);
  }
}

/**
 * Copies the heavy requester's closed tickets (and their threads) a year back under new ids, as
 * archived tickets, and has the requested list leave archived tickets out.
 */
function addArchivedYear(state: ApiState): () => void {
  const account = state.account;
  const heavyId = account.requesters.heavy.userId;
  const sources = account.tickets.filter((t) => t.requester_id === heavyId && t.status === 'closed').slice(0, ARCHIVED_BEYOND_SEARCH);
  let nextId = Math.max(...account.tickets.map((t) => t.id)) + 1;
  let nextComment = Math.max(state.nextCommentId, state.nextAuditId) + 10;
  const added: ApiTicket[] = [];
  for (const source of sources) {
    const id = nextId++;
    const ticket: ApiTicket = {
      ...structuredClone(source),
      id,
      url: source.url.replace(/\d+\.json$/, `${id}.json`),
      created_at: shifted(source.created_at, YEAR_MS),
      updated_at: shifted(source.updated_at, YEAR_MS),
    };
    added.push(ticket);
    account.comments[String(id)] = (account.comments[String(source.id)] ?? []).map(
      (comment): ApiComment => ({ ...structuredClone(comment), id: nextComment++, audit_id: nextComment++, created_at: shifted(comment.created_at, YEAR_MS) }),
    );
  }
  const wasIncluded = state.requestedListIncludesArchived;
  account.tickets.push(...added);
  for (const ticket of added) {
    state.tickets.set(ticket.id, ticket);
    state.archived.add(ticket.id);
  }
  state.requestedListIncludesArchived = false;
  state.nextCommentId = nextComment + 11;
  state.nextAuditId = nextComment + 12;
  return () => {
    const ids = new Set(added.map((t) => t.id));
    const kept = account.tickets.filter((t) => !ids.has(t.id));
    account.tickets.splice(0, account.tickets.length, ...kept);
    for (const id of ids) {
      state.tickets.delete(id);
      state.archived.delete(id);
      delete account.comments[String(id)];
    }
    // The comment counters stay ahead: a comment written meanwhile keeps its id.
    state.requestedListIncludesArchived = wasIncluded;
  };
}
