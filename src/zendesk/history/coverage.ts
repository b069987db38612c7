/**
 * How much of a requester's history the loader holds, as pure functions of what Zendesk told it, so
 * that the sidebar never says more than was read.
 */

/**
 * How much of the requester's history a snapshot holds: "at least 100 tickets" when the total is
 * unknown, and a band marked provisional.
 */
export interface TicketCoverage {
  /** Tickets in the history. */
  read: number;
  /**
   * The requester's tickets as far as Zendesk told (those that could not be read included); null
   * when the list stopped before its end and nothing said how many there are. While a cold load
   * pages through the list it is null too: judge coverage on the last update.
   */
  total: number | null;
  /** The history is too small a part of the requester's to rate for certain: the total is unknown, or under {@link PROVISIONAL_SHARE} of it was read. */
  provisional: boolean;
}

/** The share of the requester's tickets below which a rating is provisional. */
export const PROVISIONAL_SHARE = 0.9;

/** What the loader was told of the requester's ticket count. */
export interface CountFacts {
  /** The list's length once it ended (or the cached total on a re-open); null before. */
  listed: number | null;
  /** Archived tickets Search counted beyond the list, while they are being read; null otherwise. */
  archivedCounted: number | null;
  /** A page of the list failed, so it stopped before its end. */
  listCut: boolean;
  /** A page of the archived search or export failed. */
  archivedCut: boolean;
  /** A re-open from the cache, whose list only checks what changed. */
  warm: boolean;
}

/**
 * The requester's ticket count as far as Zendesk told; null while it is unknown.
 *
 * @param facts - what the loader was told
 * @returns the list's length plus the archived tickets Search counted beyond it; on a re-open whose
 *   check failed, the cached total; null when the list stopped early on a cold load or the archived
 *   search failed before it said how many
 * @example knownTotal({ listed: null, archivedCounted: null, listCut: true, archivedCut: false, warm: false }) // => null
 * @example knownTotal({ listed: 1500, archivedCounted: 1100, listCut: false, archivedCut: true, warm: false }) // => 2600
 */
export function knownTotal(facts: CountFacts): number | null {
  if (facts.listCut) return facts.warm ? facts.listed : null;
  if (facts.listed === null) return null;
  if (facts.archivedCounted !== null) return facts.listed + facts.archivedCounted;
  return facts.archivedCut ? null : facts.listed;
}

/**
 * How many tickets a list cut short left out: only when Zendesk told how many there are. A re-open's
 * check cannot know how many new tickets it missed.
 *
 * @param facts - what the loader was told
 * @param held - tickets read, and those listed that could not be read
 * @returns the number missing (at least 1), or null when unknown
 * @example missingTickets({ listed: 1500, archivedCounted: 1100, listCut: false, archivedCut: true, warm: false }, 2500) // => 100
 * @example missingTickets({ listed: null, archivedCounted: null, listCut: true, archivedCut: false, warm: false }, 100) // => null
 */
export function missingTickets(facts: CountFacts, held: number): number | null {
  const total = knownTotal(facts);
  if (total === null || (facts.listCut && facts.warm)) return null;
  return Math.max(1, total - held);
}

/**
 * The coverage of a history of `read` tickets.
 *
 * @param read - tickets in the history
 * @param total - the known total, or null
 * @returns read, the total (never below read) and whether a rating on it is provisional
 * @example coverageOf(100, null) // => { read: 100, total: null, provisional: true }
 * @example coverageOf(1486, 1500) // => { read: 1486, total: 1500, provisional: false }
 */
export function coverageOf(read: number, total: number | null): TicketCoverage {
  const shown = total === null ? null : Math.max(total, read);
  return Object.freeze({ read, total: shown, provisional: shown === null || read < PROVISIONAL_SHARE * shown });
}
