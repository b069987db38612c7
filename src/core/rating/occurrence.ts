import type { SignalHit } from '../signals';

/**
 * One time a factor's sign occurred: where, when, how much it weighs after time decay, and what to show
 * as evidence. Factors are built from these so that every point can be traced to its occurrences.
 */
export interface Occurrence {
  ticketId: number;
  /** The comment it was seen in; null for a ticket-level event (a rating, a tag, a metric). */
  commentId: number | null;
  date: Date;
  /** Time-decay weight, 0..1. */
  weight: number;
  /** How strong this occurrence is before decay: 1 for a plain one, more for an aggravated one. */
  strength: number;
  source: EvidenceSource;
}

/**
 * What the evidence shows: a span of the customer's text, or a short description of a ticket-level event.
 * A span found by a signal keeps its hit, whose message the evidence names; the message is written
 * out only for the evidence shown, not for each of the thousands of occurrences.
 */
export type EvidenceSource =
  | { kind: 'text'; text: string; start: number; end: number; hit?: Pick<SignalHit, 'messageId' | 'data' | 'confidence' | 'focus'> }
  | { kind: 'note'; excerpt: string; figures?: Record<string, number | string> };

/** How a repeated sign adds up (see docs/rating.md, "Patterns"). */
export interface PatternRule {
  /** Each further occurrence on the same ticket counts this fraction of the one before it. */
  repeatDecay: number;
  /** Each further ticket raises the total by this fraction... */
  spreadBonus: number;
  /** ...up to this many tickets. */
  spreadMaxTickets: number;
}

/**
 * How much a sign weighs as a pattern: on each ticket its occurrences count with diminishing weight
 * (strongest first), the tickets add up, and spread over several tickets earns a bonus. So one late
 * payment is not a pattern, and the same flags across five tickets weigh more than five on one.
 *
 * @param occurrences - the sign's occurrences in the window
 * @param rule - the repeat and spread settings
 * @returns the pattern's strength in "fresh single occurrences" (0 when there are none)
 * @example patternStrength([{ ticketId: 1, weight: 1, strength: 1 }, { ticketId: 1, weight: 1, strength: 1 }], { repeatDecay: 0.5, spreadBonus: 0.25, spreadMaxTickets: 5 }) // => 1.5
 * @example patternStrength([{ ticketId: 1, weight: 1, strength: 1 }, { ticketId: 2, weight: 1, strength: 1 }], { repeatDecay: 0.5, spreadBonus: 0.25, spreadMaxTickets: 5 }) // => 2.5
 */
export function patternStrength(
  occurrences: readonly Pick<Occurrence, 'ticketId' | 'weight' | 'strength'>[],
  rule: PatternRule,
): number {
  const byTicket = new Map<number, number[]>();
  for (const o of occurrences) {
    const value = o.weight * o.strength;
    if (value <= 0) continue;
    const list = byTicket.get(o.ticketId);
    if (list) list.push(value);
    else byTicket.set(o.ticketId, [value]);
  }
  if (byTicket.size === 0) return 0;
  let total = 0;
  for (const values of byTicket.values()) {
    values.sort((a, b) => b - a);
    let factor = 1;
    for (const value of values) {
      total += value * factor;
      factor *= rule.repeatDecay;
    }
  }
  const spread = Math.min(byTicket.size, rule.spreadMaxTickets) - 1;
  return total * (1 + rule.spreadBonus * spread);
}
