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
}
