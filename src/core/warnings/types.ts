import type { Band, FactorId } from '../rating/types';

/**
 * The warning flag's data model. Everything here is plain data: it is read from and written to the
 * requester's Zendesk user record (see `fields.ts`) and composed into internal notes (see `note.ts`).
 */

/** 0 no warning, 1 strike 1, 2 strike 2, 3 final notice. */
export type WarningLevel = 0 | 1 | 2 | 3;

/** What a recorded step did. */
export type WarningActionKind = 'concern' | 'strike' | 'clear';

/** The person who acted: an agent or a lead, as Zendesk knows them. */
export interface Actor {
  id: number;
  name: string;
}

/**
 * The parts of ZAF's `currentUser` that decide who is a team lead: the Zendesk role ("admin",
 * "agent", or a custom role's name on some accounts), the custom role id when known, and the groups.
 */
export interface CurrentUserLike {
  id: number;
  name: string;
  role: string;
  /** Custom role id (Enterprise custom roles), when the caller has it. */
  customRoleId?: number | null;
  /** The same, under the name the sidebar's signed-in agent record uses for it. */
  roleId?: number | null;
  groups?: { id: number; name?: string }[];
}

/** The settings the warning flag reads; the app's settings map onto this (see `settings.ts`). */
export interface WarningSettings {
  /** Zendesk roles whose members are team leads, lower case; "admin" by default. */
  leadRoles: string[];
  /** Custom role ids whose members are team leads. */
  leadCustomRoleIds: number[];
  /** Group ids whose members are team leads. */
  leadGroupIds: number[];
  /** A warning expires this many days after its last strike; the next strike starts again at 1. */
  warningExpiryDays: number;
  /** What the team agreed to do once a final notice is given; shown on the banner and in the note. */
  finalNoticeText: string;
}

/** One piece of evidence a person chose to support a concern or strike. */
export interface ChosenEvidence {
  factorId: FactorId;
  /** What it shows, in words, for the note (the factor's English name); the id when absent. */
  name?: string;
  ticketId: number;
  commentId: number | null;
  /** ISO date-time of what the evidence points at. */
  date: string;
  /** Customer text (untrusted) or a description; always quoted as data in notes. */
  excerpt: string;
}

/** The fit rating at the moment of the decision, recorded with it. */
export interface RatingSnapshot {
  score: number | null;
  band: Band;
  /** The factors the rating's summary named, most important first. */
  summary: FactorId[];
}

/** The latest warning step, as stored in the requester's record field. */
export interface WarningRecord {
  /** Format version of the stored record. */
  v: 1;
  /** The operation that wrote it; the same id is embedded in the ticket note. */
  op: string;
  action: 'strike' | 'clear';
  /** The level after this step. */
  level: WarningLevel;
  /** The level before this step. */
  from: WarningLevel;
  by: Actor;
  /** ISO date-time of the decision. */
  at: string;
  reason: string;
  ticketId: number;
  /** The internal note's comment id; null only while the note's id is not known yet. */
  commentId: number | null;
  /** Ops of the concerns this step acknowledged. */
  acknowledged: string[];
  /**
   * Ops of every concern closed by this step or the steps before it (the newest 200), so a concern
   * written back by a write that read the customer before it was closed stays closed. Absent on
   * records written before the app kept it.
   */
  closed?: string[];
  /**
   * From when `closed` is complete (ISO): concerns raised before it count as closed, as they did
   * before the list was kept; null when it is complete from the start.
   */
  closedFrom?: string | null;
  /**
   * Ops of the steps recorded before this one, oldest first (the newest 50), so a step that another
   * lead's step followed still counts as recorded, and a step whose note exists but is in neither
   * the record nor this list shows as replaced. Absent on records written before the app kept it.
   */
  follows?: string[];
  /** From when `follows` is complete (ISO): steps noted before it are not judged; null from the start. */
  followsFrom?: string | null;
}

/** An open concern raised by any agent, as stored in the requester's concerns field. */
export interface ConcernRecord {
  op: string;
  by: Actor;
  at: string;
  reason: string;
  ticketId: number;
  commentId: number | null;
  /** True when read back from its note because the concerns field had lost it. */
  recovered?: boolean;
}

/** The requester's user record, in the parts the warning flag reads. */
export interface WarningUser {
  id: number;
  name?: string;
  tags?: string[];
  user_fields?: Record<string, unknown> | null;
}

/**
 * One decision, fully described, ready to be written. Built by `planConcern`, `planStrike` or
 * `planClear`; the same object (same `op`) is handed again to retry a write that failed part way.
 */
export interface WarningAction {
  op: string;
  kind: WarningActionKind;
  /** The requester the decision is about. */
  userId: number;
  userName: string;
  /** The ticket the note goes on. */
  ticketId: number;
  by: Actor;
  at: string;
  reason: string;
  evidence: ChosenEvidence[];
  rating: RatingSnapshot | null;
  /** The effective level the actor saw and moves from; the write refuses if it has changed. */
  expectedFrom: WarningLevel;
  /** The level after the step (equal to `expectedFrom` for a concern). */
  to: WarningLevel;
  /** Concern ops a strike or clear acknowledges (closes). */
  acknowledges: string[];
  /** Text the team agreed for a final notice, copied into the final notice's note. */
  finalNoticeText: string | null;
  /** The account's address, e.g. "https://acme.zendesk.com", for links in the note; null for none. */
  accountUrl: string | null;
}

/** What can be wrong with the warning fields as stored (edited by hand, say), for the UI to word. */
export const WARNING_PROBLEM_CODES = [
  'levelUnknown',
  'dateInvalid',
  'recordUnreadable',
  'concernUnreadable',
  'concernsUnreadable',
  'levelMismatch',
  'undated',
  'tagOnly',
] as const;

export type WarningProblemCode = (typeof WARNING_PROBLEM_CODES)[number];

/** A problem with the stored warning: its code, and the sentence in English for logs and the CLI. */
export interface WarningProblem {
  code: WarningProblemCode;
  message: string;
}
