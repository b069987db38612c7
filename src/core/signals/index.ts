import { prepare, toOriginal, type PreparedText } from '../text/prepare';
import { abuse } from './rules/abuse';
import { complaint } from './rules/complaint';
import { escalationDemand } from './rules/escalation-demand';
import { expertiseDisrespect } from './rules/expertise-disrespect';
import { gratitude } from './rules/gratitude';
import { latePayment } from './rules/late-payment';
import { legalThreat } from './rules/legal-threat';
import { pastVendorBlame } from './rules/past-vendor-blame';
import { profanity } from './rules/profanity';
import { repeatIssue } from './rules/repeat-issue';
import { reviewThreat } from './rules/review-threat';
import { scoreComplaint, type ComplaintScore } from './complaint/model';
import type { LearnedModel } from './learned/model';
import type { DetectContext, Level, SignalHit, SignalId, SignalModule } from './types';

export { LEVELS, SIGNAL_IDS } from './types';
export type { Level, SignalHit, SignalId, SignalMeta, SignalModule } from './types';
// The learned detectors' code is not re-exported here: it is loaded with the weights
// (learned/load.ts), so that what every rating imports stays small.
export type { LearnedModel, ModelFile } from './learned/model';

/**
 * What reads a message beside the patterns: the learned detectors and the sensitivity level whose
 * thresholds they use. Without a model (`null`), only the patterns read.
 */
export interface Detector {
  model: LearnedModel | null;
  level: Level;
}

/** The patterns alone: what runs when no weights could be loaded. */
export const PATTERNS_ONLY: Detector = Object.freeze({ model: null, level: 'balanced' });

/** The registry of signal modules, one per id, in the order of `SIGNAL_IDS`. */
export const signals: readonly SignalModule[] = [
  complaint,
  reviewThreat,
  legalThreat,
  escalationDemand,
  latePayment,
  pastVendorBlame,
  abuse,
  profanity,
  expertiseDisrespect,
  repeatIssue,
  gratitude,
];

/** The context every detector of one message reports to: one object, reused across detectors. */
class Reporter implements DetectContext {
  readonly text: string;
  readonly complaint: ComplaintScore;
  signal: SignalId = 'complaint';
  lastEnd = -1;
  readonly #original: string;
  readonly #prepared: PreparedText;
  readonly #hits: SignalHit[];

  constructor(original: string, prepared: PreparedText, score: ComplaintScore, hits: SignalHit[]) {
    this.text = prepared.text;
    this.complaint = score;
    this.#original = original;
    this.#prepared = prepared;
    this.#hits = hits;
  }

  report(start: number, end: number, messageId: string, data?: Record<string, string>): void {
    if (end <= start || start < 0 || end > this.text.length) return;
    const [s, e] = toOriginal(this.#prepared, start, end);
    if (e > this.#original.length) return;
    // Overlapping reports of one signal are one piece of evidence.
    if (s < this.lastEnd) return;
    this.lastEnd = e;
    const signal = this.signal;
    this.#hits.push(data ? { signal, start: s, end: e, messageId, data } : { signal, start: s, end: e, messageId });
  }
}

/** The module of one signal. */
export const signalById: Readonly<Record<SignalId, SignalModule>> = Object.fromEntries(signals.map((s) => [s.meta.id, s])) as Record<SignalId, SignalModule>;

/**
 * Finds the warning signs (and good signs) in one customer message. Only the customer's own
 * new words count: quoted mail, signatures and disclaimers are skipped, HTML is read as its
 * visible text, and a message in a language the detectors do not cover yields nothing.
 *
 * @param text - one Zendesk comment, HTML or plain text
 * @param detector - the learned detectors and level to use beside the patterns (patterns only by default)
 * @returns the hits in order of position, each with a span indexing `text`
 * @example classify('I will sue you') // => [{ signal: 'legal-threat', start: 2, end: 10, messageId: 'threat', data: { phrase: 'will sue' } }]
 */
export function classify(text: string, detector: Detector = PATTERNS_ONLY): SignalHit[] {
  return classifyPrepared(text, prepare(text), signals, detector);
}

/**
 * Runs the signal modules (all, or some for tests and the bench) over an already prepared message,
 * for a caller that reads the prepared text for something else too.
 *
 * @param original - the original text (for nothing but length checks)
 * @param prepared - `prepare(original)`
 * @param modules - the modules to run; all of them by default
 * @param detector - the learned detectors beside the patterns (patterns only by default)
 * @returns the hits, spans in the original text
 * @example classifyPrepared('sue', prepare('sue'), [legalThreat]) // => [{ signal: 'legal-threat', ... }]
 */
export function classifyPrepared(original: string, prepared: PreparedText, modules: readonly SignalModule[] = signals, detector: Detector = PATTERNS_ONLY): SignalHit[] {
  const hits: SignalHit[] = [];
  // The word pass scores the complaint model and counts function words at once.
  const score = scoreComplaint(prepared.text);
  const { stats } = score;
  if (stats.words === 0 || (stats.other > 0 && stats.english < stats.other)) return hits;
  const context = new Reporter(original, prepared, score, hits);
  for (const module of modules) {
    context.signal = module.meta.id;
    context.lastEnd = -1;
    module.detect(context);
  }
  if (detector.model) hits.push(...detector.model.hits(prepared, hits, detector.level));
  if (hits.length < 2) return hits;
  return hits.toSorted((a, b) => a.start - b.start || a.end - b.end);
}
