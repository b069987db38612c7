import type { AppliedDismissal } from '../dismissals/types';
import type { SignalId } from '../signals/types';

export type Band = 'good' | 'watch' | 'poor' | 'insufficient';

/** Factors beyond the text signals. Text-signal factors use the signal's id. */
export const HISTORY_FACTOR_IDS = [
  'ticket-volume',
  'phone-calls',
  'agent-replies',
  'chasing',
  'reopens',
  'agent-time',
  'bad-satisfaction',
  'good-satisfaction',
  'billing-tags',
  'overdue-field',
  'cost-over-value',
  'tenure',
] as const;

export type HistoryFactorId = (typeof HISTORY_FACTOR_IDS)[number];

export type FactorId = SignalId | HistoryFactorId;

/** One piece of evidence: where it was seen and the customer's own words, with the span to highlight. */
export interface Evidence {
  ticketId: number;
  /** null for evidence that is not a comment (a satisfaction rating, a tag, a field). */
  commentId: number | null;
  /** ISO date-time of the comment or event. */
  date: string;
  /** A short excerpt of the customer's text (or a description for non-text evidence). */
  excerpt: string;
  /** The span of `excerpt` to highlight, end exclusive; null when nothing is highlighted. */
  highlight: { start: number; end: number } | null;
  /** The weight of this piece after time decay (0..1), strongest first. */
  weight: number;
  /**
   * For text-signal evidence: the id of the signal's message that describes this hit (see the
   * signal's `meta.messages`) and the values for its placeholders.
   */
  message?: { id: string; data: Record<string, string> };
  /**
   * For evidence a learned detector found: how sure it is (0..1), and the words of the excerpt that
   * weighed most, as spans of `excerpt` inside `highlight`. Pattern evidence has neither.
   */
  confidence?: number;
  focus?: { start: number; end: number }[];
  /**
   * For a quote of the customer's words a signal found: the fingerprint of the highlighted words,
   * which names the quote when an agent dismisses it (see src/core/dismissals).
   */
  quote?: string;
  /**
   * For ticket-level evidence, the ticket's own figure behind it, for the sidebar to phrase in the
   * agent's language: `replies`, `reopens`, `minutes`, `tags`, or for a satisfaction rating
   * `rating` (`good`/`bad`) and `commented` (`yes` when the excerpt is the customer's rating comment).
   */
  figures?: Record<string, number | string>;
}

export interface Factor {
  id: FactorId;
  /** warning factors lower the score, good ones raise it. */
  kind: 'warning' | 'good';
  /** Signed points this factor moved the score by (negative lowers it), rounded to one decimal. */
  points: number;
  /** How many times it occurred in the window. */
  count: number;
  /** On how many distinct tickets. */
  tickets: number;
  /** ISO date of the latest occurrence, or null. */
  lastSeen: string | null;
  /** Strongest first; capped by the rating (see settings). */
  evidence: Evidence[];
  /** Figures for the factor's sentence in the UI, e.g. { perMonth: 4.2, baseline: 0.8 }. */
  data: Record<string, number | string>;
}

export interface TrendMonth {
  /** yyyy-MM */
  month: string;
  tickets: number;
  /** Tickets that month carrying at least one warning factor. */
  flagged: number;
}

export interface CostAgainstValue {
  supportCost: number;
  value: number;
  currency: string;
  /** Minutes of agent time the cost is based on. */
  minutes: number;
  /** 'time-field' when a time-tracking field gave the minutes, 'replies' when estimated from replies. */
  basis: 'time-field' | 'replies';
  underwater: boolean;
}

export interface SettingProblem {
  /** The setting's key, as in the manifest. */
  setting: string;
  message: string;
}

export interface FitRating {
  requesterId: number;
  /** 0 (poor fit) to 100 (good fit); null when the band is insufficient. */
  score: number | null;
  band: Band;
  /** Every factor that moved the score, sorted by the size of its points, largest first. */
  factors: Factor[];
  /** The ids of the factors the one-line summary names, most important first. */
  summary: FactorId[];
  trend: TrendMonth[];
  cost: CostAgainstValue | null;
  /**
   * Quotes agents dismissed that this history holds, newest dismissal first; they did not count.
   * `rate` always sets it; a rating built by hand may leave it out for none.
   */
  dismissed?: AppliedDismissal[];
  window: { from: string; to: string };
  /**
   * What was read: all tickets; those in the window; those whose comments were read in full, and
   * how many comments; those read from their opening message alone.
   */
  stats: { tickets: number; ticketsInWindow: number; ticketsRead: number; commentsRead: number; openingsRead: number };
}
