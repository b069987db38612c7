import type { TicketCoverage } from '../../zendesk/history/coverage';
import type { Translator } from '../i18n/translate';

/** What the heading knows of the load. */
export interface RequesterLineState {
  /** Nothing could be read. */
  failed: boolean;
  /** Tickets the rating shown rests on; null before the first rating. */
  ratedTickets: number | null;
  /** The loader's coverage; null before its first update. */
  coverage: TicketCoverage | null;
  /** The load has ended. */
  done: boolean;
}

/**
 * The customer's name and how many tickets they have, never more than is known.
 *
 * @param name - the customer's name, without invisible formatting
 * @param state - what is known of the load
 * @param i18n - the agent's translator
 * @returns "Pat · 1,500 tickets"; "Pat · at least 100 tickets" while the total is unknown; "Pat · 1,000
 *   of 1,500 tickets read" when the finished load read too little of a known total; the name alone
 *   before anything is known
 * @example requesterLine('Pat', { failed: false, ratedTickets: 100, coverage: { read: 100, total: null, provisional: true }, done: true }, en) // => 'Pat · at least 100 tickets'
 */
export function requesterLine(name: string, state: RequesterLineState, i18n: Translator): string {
  const { coverage } = state;
  if (state.failed || (!coverage && state.ratedTickets === null)) return name;
  if (!coverage) return i18n.t('ui.requester', { name, count: state.ratedTickets! });
  if (coverage.total === null) return state.ratedTickets === null ? name : i18n.t('ui.requesterAtLeast', { name, count: coverage.read });
  if (coverage.provisional && state.done) return i18n.t('ui.requesterPartly', { name, count: coverage.read, total: coverage.total });
  return i18n.t('ui.requester', { name, count: coverage.total });
}
