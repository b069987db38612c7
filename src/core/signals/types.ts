import type { SettingDefinition } from '../settings/kinds';
import type { ComplaintScore } from './complaint/model';

/** The ids of the signals, one module each under src/core/signals/. */
export const SIGNAL_IDS = [
  'complaint',
  'review-threat',
  'legal-threat',
  'escalation-demand',
  'late-payment',
  'past-vendor-blame',
  'abuse',
  'profanity',
  'expertise-disrespect',
  'repeat-issue',
  'gratitude',
] as const;

export type SignalId = (typeof SIGNAL_IDS)[number];

/** The sensitivity levels of the learned detectors, from fewest false alarms to fewest misses. */
export const LEVELS = ['precise', 'balanced', 'sensitive'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * One place where a signal was found. `start`/`end` index the text given to `classify`
 * (UTF-16 code units, end exclusive), so a caller can highlight the span in the original.
 */
export interface SignalHit {
  signal: SignalId;
  start: number;
  end: number;
  /** The id of the message in the signal's `meta.messages` that describes this hit. */
  messageId: string;
  /** Values for the message's `{{placeholders}}`. */
  data?: Record<string, string>;
  /**
   * For a hit of a learned detector (`messageId` 'model'): how sure it is, from 0 to 1. A pattern's
   * hit has none: a pattern is sure or silent.
   */
  confidence?: number;
  /** For a learned detector's hit: the words inside the span that weighed most, in order. */
  focus?: { start: number; end: number }[];
}

/** What a signal is, for the docs and the UI: like an ESLint rule's `meta`. */
export interface SignalMeta {
  id: SignalId;
  /** 'warning' signals lower the fit; 'good' ones raise it. */
  kind: 'warning' | 'good';
  /** Whether it turns a complaint in the same message from feedback into hostility. */
  hostile: boolean;
  /** The setting that weighs one fresh occurrence: default, bounds, label and help in each language. */
  weight: SettingDefinition<number>;
  /** One line: what the signal catches. */
  description: string;
  /** Sentences for the UI by message id, with `{{placeholders}}` filled from a hit's `data`. */
  messages: Record<string, string>;
}

/** What a detector reads and how it reports, in the coordinates of the prepared text. */
export interface DetectContext {
  /** The customer's own words: lowercase, look-alikes folded, quotes and signatures blanked. */
  text: string;
  /** The complaint model's score of `text`, from the word pass that also checked its language. */
  complaint: ComplaintScore;
  /** Reports a hit over [start, end) of `text`. */
  report(start: number, end: number, messageId: string, data?: Record<string, string>): void;
}

/** A flagged example: the message, and the part of it the hit must cover. */
export interface FlaggedExample {
  text: string;
  /** A substring of `text` that a reported span must overlap. */
  excerpt: string;
}

/** A signal's example table: messages it must flag (with the span) and messages it must not. */
export interface SignalExamples {
  flagged: FlaggedExample[];
  notFlagged: string[];
}

/** One signal: an id with metadata and a detector (its example table is exported beside it). */
export interface SignalModule {
  meta: SignalMeta;
  /** Finds the signal in one prepared message; reports ids and data, never sentences. */
  detect(context: DetectContext): void;
}
