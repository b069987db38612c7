import { withoutFormatting } from '../../core/text/invisible';
import type { TicketCoverage } from '../../zendesk/history/coverage';
import type { Translator } from '../i18n/translate';

/** What the heading knows of the load. */
export interface HeadingState {
  /** Nothing could be read. */
  failed: boolean;
  /** Tickets the rating shown rests on; null before the first rating. */
  ratedTickets: number | null;
  /** The loader's coverage; null before its first update. */
  coverage: TicketCoverage | null;
  /** The load has ended. */
  done: boolean;
}

/** Before anything is read: the name alone. */
export const NOTHING_READ: HeadingState = { failed: false, ratedTickets: null, coverage: null, done: false };

/**
 * The sidebar's first line: the customer's name and how many tickets they have, never more than is
 * known. The name is the customer's own text, so invisible formatting goes: an override would show
 * "‮nimda‬" as "admin".
 *
 * @param name - the requester's name as Zendesk gives it
 * @param state - what is known of the load
 * @param i18n - the agent's translator
 * @returns "Pat · 1,500 tickets"; "Pat · at least 100 tickets" while the total is unknown; "Pat ·
 *   1,000 of 1,500 tickets read" when the finished load read too little of a known total; the name
 *   alone before anything is known or when nothing could be read
 * @example requesterHeading('\u202enimda\u202c', NOTHING_READ, en) // => 'nimda'
 * @example requesterHeading('Pat', { failed: false, ratedTickets: 100, coverage: { read: 100, total: null, provisional: true }, done: true }, en) // => 'Pat · at least 100 tickets'
 */
export function requesterHeading(name: string, state: HeadingState, i18n: Translator): string {
  const shown = withoutFormatting(name);
  const { coverage } = state;
  if (state.failed || (!coverage && state.ratedTickets === null)) return shown;
  if (!coverage) return i18n.t('ui.requester', { name: shown, count: state.ratedTickets! });
  if (coverage.total === null) return state.ratedTickets === null ? shown : i18n.t('ui.requesterAtLeast', { name: shown, count: coverage.read });
  if (coverage.provisional && state.done) return i18n.t('ui.requesterPartly', { name: shown, count: coverage.read, total: coverage.total });
  return i18n.t('ui.requester', { name: shown, count: coverage.total });
}
