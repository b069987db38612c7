import type { DraftOrganization, DraftPerson, DraftTicket } from '../draft';
import type { Random } from '../random';

/** Agent indexes into the demo's agents. */
export const ANA = 0;
export const MARCUS = 1;
export const PRIYA = 2;
export const TOM = 3;

/** What one persona adds to the account. */
export interface PersonaDraft {
  people: DraftPerson[];
  organizations: DraftOrganization[];
  tickets: DraftTicket[];
}

export type PersonaBuilder = (rng: Random) => PersonaDraft;
