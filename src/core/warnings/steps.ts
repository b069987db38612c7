import type { WarningState } from './state';
import type { WarningActionKind } from './types';

/** The step a form records, so its title and button can name it. */
export type ActionStep = 'concern' | 'strike1' | 'strike2' | 'finalNotice' | 'clear' | 'closeConcerns';

/**
 * Which step an action would record on a customer in this state, or null when it has none to
 * record (no strike after a final notice in force; nothing to clear or close).
 *
 * @param kind - what the person asked for
 * @param state - the customer's warning state as the person sees it
 * @returns the step to name in the form
 * @example actionStep('clear', stateWithOnlyConcerns) // => 'closeConcerns'
 */
export function actionStep(kind: WarningActionKind, state: WarningState): ActionStep | null {
  if (kind === 'concern') return 'concern';
  if (kind === 'strike') {
    return state.nextStrike === null ? null : state.nextStrike === 3 ? 'finalNotice' : (`strike${state.nextStrike}` as ActionStep);
  }
  if (state.level > 0) return 'clear';
  return state.openConcerns.length > 0 ? 'closeConcerns' : null;
}

/** The action a step records. */
export function stepKind(step: ActionStep): WarningActionKind {
  if (step === 'concern') return 'concern';
  return step === 'clear' || step === 'closeConcerns' ? 'clear' : 'strike';
}

/**
 * The ticket a step taken outside a ticket (on the customer's profile) puts its note on: their most
 * recently updated ticket that still takes a note, so the team finds it where they are working.
 * Zendesk takes no new comment on a closed ticket.
 *
 * @param tickets - the customer's tickets
 * @returns the ticket id, or null when every ticket is closed or there is none
 * @example noteTicketFor([{ id: 1, status: 'open', updated_at: '2026-01-02T00:00:00Z' }]) // => 1
 */
export function noteTicketFor(tickets: readonly { id: number; status: string; updated_at: string }[]): number | null {
  let best: { id: number; at: number } | null = null;
  for (const ticket of tickets) {
    if (ticket.status === 'closed') continue;
    const at = Date.parse(ticket.updated_at);
    if (!best || at > best.at || (at === best.at && ticket.id > best.id)) best = { id: ticket.id, at };
  }
  return best?.id ?? null;
}
