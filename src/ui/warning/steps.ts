import { noteTicketFor, type ActionStep } from '../../core/warnings';
import type { LoadUpdate } from '../../zendesk/history/load-history';

/** The key of a step's name: its button, the form's title and the form's own button say the same. */
export function stepName(step: ActionStep): string {
  if (step === 'concern') return 'ui.action.concern.open';
  if (step === 'clear' || step === 'closeConcerns') return `ui.action.${step}.open`;
  return `ui.action.strike.open${step === 'strike1' ? 1 : step === 'strike2' ? 2 : 3}`;
}

export function stepExplain(step: ActionStep): string {
  if (step === 'concern' || step === 'clear' || step === 'closeConcerns') return `ui.action.${step}.explain`;
  return 'ui.action.strike.explain';
}

/**
 * The ticket a step's note goes on: the open ticket in the ticket sidebar; on the profile, the
 * customer's latest ticket that still takes a note. 'none' when they have no such ticket, null
 * while that is not known yet.
 */
export type NoteTicket = { id: number; here: boolean } | 'none' | null;

export function noteTicket(ticketId: number | null, fromProfile: boolean, update: LoadUpdate | null): NoteTicket {
  if (!fromProfile) return ticketId === null ? null : { id: ticketId, here: true };
  const tickets = update?.history?.tickets;
  const id = tickets ? noteTicketFor(tickets) : null;
  if (id !== null) return { id, here: false };
  return tickets && update?.done && !update.fromCache ? 'none' : null;
}
